package org.factline.indicator;

import org.factline.measure.Frequency;

/** What is measured: GDP growth (annual %), NY.GDP.MKTP.KD.ZG. */
public record Indicator(String code, String name, String unit, Frequency frequency, String description,
                        String sourceOrganization) {
}
