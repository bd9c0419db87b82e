/**
 * JFreeChart and JFreeSVG rendering of plain records.
 */
@ApplicationModule(displayName = "Chart", allowedDependencies = {})
package org.factline.chart;

import org.springframework.modulith.ApplicationModule;
