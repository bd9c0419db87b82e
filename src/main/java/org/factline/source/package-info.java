/**
 * Datasets, releases and articles a figure comes from; owns the {@code source} table.
 */
@ApplicationModule(displayName = "Source", allowedDependencies = {"measure", "problem", "revision"})
package org.factline.source;

import org.springframework.modulith.ApplicationModule;
