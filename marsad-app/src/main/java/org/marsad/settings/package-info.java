/**
 * The application's own settings ({@code marsad.*}: data folder, upload limits, …), read
 * by every module. Open and free of dependencies, so that modules read them without
 * depending on the application's root package, which depends on modules to run commands.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.marsad.settings;
