/**
 * Observations as articles state them; owns the {@code citation} table.
 */
@ApplicationModule(displayName = "Citation", allowedDependencies = {"measure", "observation", "source", "problem", "revision", "geography"})
package org.factline.citation;

import org.springframework.modulith.ApplicationModule;
