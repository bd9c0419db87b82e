package org.factline.source;

/** The kinds of source a figure can come from. */
public enum SourceKind {
    /** A statistical dataset, such as a World Bank WDI download. */
    DATASET,
    /** An official release: a statistics office's press release or bulletin. */
    RELEASE,
    /** A news article that states figures. */
    ARTICLE
}
