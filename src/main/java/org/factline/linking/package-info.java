/**
 * Entering articles and turning their figures into facts with citations; owns no table.
 */
@ApplicationModule(displayName = "Linking", allowedDependencies = {"audit", "citation", "extraction", "geography", "indicator", "measure", "observation", "source", "problem"})
package org.factline.linking;

import org.springframework.modulith.ApplicationModule;
