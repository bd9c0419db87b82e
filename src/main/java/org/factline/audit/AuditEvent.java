package org.factline.audit;

import java.time.Instant;

/**
 * One thing an editor or admin did, or one failed sign-in.
 *
 * @param actor   who: the account's name, {@link AuditLog#COMMAND_LINE} for a local command, or the name typed at a
 *                failed sign-in
 * @param action  what, one of {@link AuditLog}'s action names such as {@code import} or {@code link}
 * @param target  on what: a file, an article, a figure, an account
 * @param detail  the outcome in words, or null
 * @param address the client's address, or null outside a web request
 */
public record AuditEvent(long id, Instant at, String actor, String action, String target, String detail,
                         String address) {
}
