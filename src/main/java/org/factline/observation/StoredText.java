package org.factline.observation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.factline.measure.Frequency;
import org.factline.measure.Period;
import org.factline.measure.PlainDecimal;

/**
 * A series' stored values as PostgreSQL aggregates them for a re-import
 * ({@link ObservationRepository#VINTAGES_AS_TEXT}): one text per series instead of a row per value, which the driver
 * would decode column by column. Each value is its period and vintage as days since 1970 with the frequency between
 * them, then its scale and the decimal ({@code 18628 A 19723 2 1.50}); values are separated by commas.
 */
final class StoredText {

    private StoredText() {
    }

    static List<Vintages.Value> values(String text) {
        List<Vintages.Value> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int afterPeriod = text.indexOf(' ', i);
            Frequency frequency = Frequency.fromCode(text.charAt(afterPeriod + 1));
            int afterVintage = text.indexOf(' ', afterPeriod + 3);
            int afterScale = text.indexOf(' ', afterVintage + 1);
            int end = text.indexOf(',', afterScale + 1);
            end = end < 0 ? text.length() : end;
            LocalDate period = LocalDate.ofEpochDay(Long.parseLong(text, i, afterPeriod, 10));
            LocalDate vintage = LocalDate.ofEpochDay(Long.parseLong(text, afterPeriod + 3, afterVintage, 10));
            int scale = Integer.parseInt(text, afterVintage + 1, afterScale, 10);
            BigDecimal value = PlainDecimal.parse(text, afterScale + 1, end);
            out.add(new Vintages.Value(new Period(period, frequency), vintage,
                    value.scale() == scale ? value : value.setScale(scale, RoundingMode.UNNECESSARY)));
            i = end + 1;
        }
        return out;
    }
}
