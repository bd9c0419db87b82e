package org.factline.chart;

import java.util.Map;

/**
 * What a world map shows: one indicator's values for one period, by ISO alpha-3 code, each with the label its
 * tooltip gives ("Kyrgyz Republic: 9.0%").
 *
 * @param link where a country links to, with {@code {code}} for its code ("/geographies/{code}"), or null
 */
public record MapSpec(String title, String subtitle, Map<String, Value> values, String link) {

    /** A country's value and how it reads. */
    public record Value(double value, String label) {
    }
}
