package org.factline.indicator;

import org.factline.measure.Frequency;

/**
 * What is measured: GDP growth (annual %), NY.GDP.MKTP.KD.ZG, with its definition, the organisation that publishes
 * it and the catalog's topic ("Economic Policy & Debt: National accounts: Growth rates"), where known.
 */
public record Indicator(String code, String name, String unit, Frequency frequency, String description,
                        String sourceOrganization, String topic) {

    /** An indicator the catalog files under no topic. */
    public Indicator(String code, String name, String unit, Frequency frequency, String description,
                     String sourceOrganization) {
        this(code, name, unit, frequency, description, sourceOrganization, null);
    }
}
