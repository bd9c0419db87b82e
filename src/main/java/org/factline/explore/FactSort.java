package org.factline.explore;

/** The columns the Facts explorer sorts by; each maps to an indexed or cheap ORDER BY. */
public enum FactSort {
    PERIOD("o.period_start"),
    VALUE("o.obs_value"),
    INDICATOR("o.indicator_code"),
    GEOGRAPHY("o.geography_code"),
    VINTAGE("o.vintage");

    final String column;

    FactSort(String column) {
        this.column = column;
    }
}
