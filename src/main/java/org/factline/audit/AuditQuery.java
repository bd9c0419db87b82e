package org.factline.audit;

/**
 * A filter over the audit trail; a null or blank part matches everything.
 *
 * @param actor  exactly this actor
 * @param action exactly this action
 * @param text   words found in the target or the detail, case-insensitively
 */
public record AuditQuery(String actor, String action, String text) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null);
}
