package org.factline.citation;

/** A citation of the article was added or removed: published in the transaction that did it. */
public record CitationsChanged(long sourceId) {
}
