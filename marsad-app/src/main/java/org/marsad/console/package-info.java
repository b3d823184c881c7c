/**
 * Console commands that modules offer to {@code ./marsad} ({@code keys}, {@code audit},
 * {@code backup}, {@code restore}): the command interface and the parsed command line.
 * Open, and free of dependencies, so that modules can offer commands without depending on
 * the application's root package (which itself depends on modules to run them).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.marsad.console;
