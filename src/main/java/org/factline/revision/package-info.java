/**
 * The data's version: one number every committed change to what readers see moves on, for HTTP caching; owns the
 * {@code data_version} table.
 */
@ApplicationModule(displayName = "Revision", allowedDependencies = {})
package org.factline.revision;

import org.springframework.modulith.ApplicationModule;
