package org.factline.observation;

/** The orders in which observations are listed; each maps to an indexed or cheap ORDER BY. */
public enum FactSort {
    PERIOD("o.period_start"),
    VALUE("o.obs_value"),
    INDICATOR("s.indicator_code"),
    GEOGRAPHY("s.geography_code"),
    VINTAGE("o.vintage");

    /** The column, of the observation ({@code o}) or of its series ({@code s}). */
    final String column;
    final boolean ofSeries;

    FactSort(String column) {
        this.column = column;
        this.ofSeries = column.startsWith("s.");
    }
}
