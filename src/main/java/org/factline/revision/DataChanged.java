package org.factline.revision;

/**
 * Published by every write readers can see (observations, citations, sources, the catalog, review decisions), in
 * the transaction that makes it: the data's version moves on when that transaction commits.
 *
 * @param what what changed, for logs: "observations", "citation", "source"…
 */
public record DataChanged(String what) {
}
