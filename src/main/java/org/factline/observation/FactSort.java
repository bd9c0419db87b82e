package org.factline.observation;

/** The orders in which observations are listed; each maps to an indexed or cheap ORDER BY. */
public enum FactSort {
    PERIOD("o.period_start"),
    VALUE("o.obs_value"),
    INDICATOR("s.indicator_code"),
    GEOGRAPHY("s.geography_code"),
    VINTAGE("o.vintage");

    final String column;

    FactSort(String column) {
        this.column = column;
    }
}
