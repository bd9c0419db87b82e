package org.factline.security;

/** What an account may do. Readers browse anonymously and need no account. */
public enum Role {
    /** Enters articles, links and edits citations, imports and undoes imports. */
    EDITOR,
    /** Everything an editor does, and manages accounts; sees the metrics. */
    ADMIN
}
