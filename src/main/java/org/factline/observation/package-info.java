/**
 * Facts (indicator x geography x period -> value, by source and vintage), the one rule for official values, and the series summaries; owns {@code observation} and {@code series_summary}.
 */
@ApplicationModule(displayName = "Observation", allowedDependencies = {"measure", "indicator", "source", "problem", "revision"})
package org.factline.observation;

import org.springframework.modulith.ApplicationModule;
