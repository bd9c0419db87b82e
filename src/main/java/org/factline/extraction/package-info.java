/**
 * Finding figures in article text, and the {@code extract} command: plain Java.
 */
@ApplicationModule(displayName = "Extraction", allowedDependencies = {"measure"})
package org.factline.extraction;

import org.springframework.modulith.ApplicationModule;
