/**
 * Matching the figures of articles to the catalog's series, linking the sure ones and queueing the rest for review;
 * owns the {@code figure_decision} table.
 */
@ApplicationModule(displayName = "Matching", allowedDependencies = {"audit", "citation", "claim", "extraction", "geography", "indicator", "linking", "measure", "observation", "source", "problem", "revision", "shell"})
package org.factline.matching;

import org.springframework.modulith.ApplicationModule;
