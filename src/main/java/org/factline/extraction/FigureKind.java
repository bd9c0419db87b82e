package org.factline.extraction;

import java.util.Locale;
import org.factline.measure.Quantities;
import org.factline.measure.Units;

/** What a figure measures, read from its unit. */
public enum FigureKind {
    MONEY, PERCENT, COUNT, QUANTITY, INDEX, OTHER;

    /** The kind of a figure in this unit: a currency is money, "percent" and "percentage_point" are percent. */
    public static FigureKind ofUnit(String unit) {
        if (unit == null || unit.isBlank()) {
            return OTHER;
        }
        if (Units.isCurrency(unit)) {
            return MONEY;
        }
        if (Units.PERCENT.equals(unit) || Units.PERCENTAGE_POINT.equals(unit)) {
            return PERCENT;
        }
        if ("points".equals(unit)) {
            return INDEX;
        }
        if ("times".equals(unit)) {
            return OTHER; // a multiple: "14 times earnings"
        }
        String last = unit.substring(unit.lastIndexOf(' ') + 1);
        return Quantities.isUnit(last) ? QUANTITY : COUNT;
    }

    /** The kind as the JSON output writes it: "money". */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
