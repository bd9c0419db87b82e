/**
 * Editor and admin accounts, sign-in with its throttling and locks, and the Accounts page; owns the {@code account} and
 * {@code sign_in_guard} tables.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = {"audit", "problem"})
package org.factline.security;

import org.springframework.modulith.ApplicationModule;
