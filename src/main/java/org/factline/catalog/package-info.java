/**
 * The indicator catalog: every indicator with its topic, definition and coverage, searched and filtered by topic,
 * and the Indicators page; owns no table.
 */
@ApplicationModule(displayName = "Catalog", allowedDependencies = {"indicator", "observation", "measure", "shell", "problem"})
package org.factline.catalog;

import org.springframework.modulith.ApplicationModule;
