/**
 * Shared web layer: page layout, language choice (Arabic first, English), home page and
 * the problem-detail responses that every module's controllers use.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.marsad.web;
