package org.factline.source;

/** An article entered or edited: published in the transaction that saved it, whatever saved it. */
public record ArticleSaved(long sourceId) {
}
