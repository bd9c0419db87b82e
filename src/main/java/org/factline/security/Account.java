package org.factline.security;

import java.time.Instant;

/** An editor's or admin's account, without its password. */
public record Account(long id, String username, Role role, boolean enabled, Instant createdAt) {
}
