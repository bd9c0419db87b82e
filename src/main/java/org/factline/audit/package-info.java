/**
 * What editors and admins did (imports, undos, links, reviews, account changes) and failed sign-ins, written in
 * the transaction of the action itself and browsable by admins; owns the {@code audit_event} table.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {"measure"})
package org.factline.audit;

import org.springframework.modulith.ApplicationModule;
