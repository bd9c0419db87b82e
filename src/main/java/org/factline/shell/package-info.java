/**
 * The app layout, link helpers and error handling; knows no feature.
 */
@ApplicationModule(displayName = "Shell", allowedDependencies = {"problem"})
package org.factline.shell;

import org.springframework.modulith.ApplicationModule;
