/**
 * Reading provider files, the import pipeline, the {@code import} command, the seed loader and the Imports page; owns {@code import_batch} and {@code seed_log}.
 */
@ApplicationModule(displayName = "Importer", allowedDependencies = {"audit", "citation", "geography", "indicator", "measure", "observation", "source", "problem"})
package org.factline.importer;

import org.springframework.modulith.ApplicationModule;
