/**
 * The user errors every module may raise, mapped once for the API (problem details) and once for the pages.
 */
@ApplicationModule(displayName = "Problems", allowedDependencies = {})
package org.factline.problem;

import org.springframework.modulith.ApplicationModule;
