package org.factline.observation;

/** The orders in which observations are listed; each maps to an indexed or cheap ORDER BY. */
public enum FactSort {
    PERIOD("period_start"),
    VALUE("obs_value"),
    INDICATOR("indicator_code"),
    GEOGRAPHY("geography_code"),
    VINTAGE("vintage");

    final String column;

    FactSort(String column) {
        this.column = column;
    }
}
