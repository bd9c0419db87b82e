/**
 * The overview and the indicator page: series at a glance, tables, charts and transforms; owns no table.
 */
@ApplicationModule(displayName = "Dashboard", allowedDependencies = {"chart", "citation", "claim", "geography", "indicator", "measure", "observation", "shell", "source", "problem"})
package org.factline.dashboard;

import org.springframework.modulith.ApplicationModule;
