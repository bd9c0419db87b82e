/**
 * Checks every cited figure against the official data, and the Claims page; owns no table.
 */
@ApplicationModule(displayName = "Claim", allowedDependencies = {"measure", "citation", "observation", "source", "indicator", "geography", "problem", "shell"})
package org.factline.claim;

import org.springframework.modulith.ApplicationModule;
