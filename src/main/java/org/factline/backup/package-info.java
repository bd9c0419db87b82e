/**
 * The {@code export} and {@code restore} commands: every table of the schema, read from the database itself.
 */
@ApplicationModule(displayName = "Backup", allowedDependencies = {"problem"})
package org.factline.backup;

import org.springframework.modulith.ApplicationModule;
