/**
 * Periods, units, scale words, reading and formatting figures: plain Java.
 */
@ApplicationModule(displayName = "Measure", allowedDependencies = {})
package org.factline.measure;

import org.springframework.modulith.ApplicationModule;
