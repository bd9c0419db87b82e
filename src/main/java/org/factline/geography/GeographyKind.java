package org.factline.geography;

/** What a geography code stands for. */
public enum GeographyKind {
    /** A country or territory, by its ISO 3166 alpha-3 code. */
    COUNTRY,
    /** A statistical aggregate such as a World Bank region or income group (WLD, ECA, LMC). */
    AGGREGATE,
    /** A political or economic bloc, such as the Eurasian Economic Union (EAEU). */
    BLOC
}
