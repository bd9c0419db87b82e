/**
 * The Facts explorer, the sources and article pages, the fact and geography pages; owns no table.
 */
@ApplicationModule(displayName = "Explore", allowedDependencies = {"citation", "claim", "extraction", "geography", "indicator", "linking", "measure", "observation", "shell", "source", "problem"})
package org.factline.explore;

import org.springframework.modulith.ApplicationModule;
