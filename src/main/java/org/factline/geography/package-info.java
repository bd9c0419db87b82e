/**
 * Countries, aggregates and blocs; owns the {@code geography} table.
 */
@ApplicationModule(displayName = "Geography", allowedDependencies = {"problem"})
package org.factline.geography;

import org.springframework.modulith.ApplicationModule;
