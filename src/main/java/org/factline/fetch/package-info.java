/**
 * Providers' APIs (the World Bank's API v2, FRED), each answer imported like any file: preview, the provider's
 * last-updated date as the vintage, undo, history; owns no table.
 */
@ApplicationModule(displayName = "Fetch", allowedDependencies = {"importer", "indicator", "measure", "problem"})
package org.factline.fetch;

import org.springframework.modulith.ApplicationModule;
