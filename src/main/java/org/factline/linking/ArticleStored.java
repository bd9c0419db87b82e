package org.factline.linking;

/** An article entered by the intake, with its text: published in the transaction that stored it. */
public record ArticleStored(long sourceId) {
}
