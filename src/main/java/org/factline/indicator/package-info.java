/**
 * What is measured: code, name, unit, frequency, definition; owns the {@code indicator} table.
 */
@ApplicationModule(displayName = "Indicator", allowedDependencies = {"measure", "problem", "revision"})
package org.factline.indicator;

import org.springframework.modulith.ApplicationModule;
