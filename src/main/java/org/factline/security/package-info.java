/**
 * Editor and admin accounts, sign-in and the Accounts page; owns the {@code account} table.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"problem"})
package org.factline.security;

import org.springframework.modulith.ApplicationModule;
