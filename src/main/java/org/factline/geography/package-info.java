/**
 * Countries, aggregates and blocs; owns the {@code geography} table.
 */
@ApplicationModule(displayName = "Geography", allowedDependencies = {"problem", "revision"})
package org.factline.geography;

import org.springframework.modulith.ApplicationModule;
