/**
 * The HTTP API: JSON, CSV, charts and problem details; owns no table.
 */
@ApplicationModule(displayName = "API", allowedDependencies = {"chart", "citation", "claim", "dashboard", "explore", "extraction", "importer", "linking", "matching", "measure", "observation", "source", "shell", "problem", "revision"})
package org.factline.api;

import org.springframework.modulith.ApplicationModule;
