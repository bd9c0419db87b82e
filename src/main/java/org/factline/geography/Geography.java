package org.factline.geography;

import java.util.ArrayList;
import java.util.List;

/** A place a figure is about. */
public record Geography(String code, String name, GeographyKind kind, String region, String incomeGroup) {

    /**
     * The names a text may call this place by: its name, and for a country or bloc the first word of a long name
     * ("Kyrgyz Republic" also as "Kyrgyz…", "Russian Federation" also as "Russia…").
     */
    public List<String> namesInText() {
        return namesInText(List.of());
    }

    /** {@link #namesInText()} and the other names given ("Turkey", "Vietnam"), each also by its first long word. */
    public List<String> namesInText(List<String> otherNames) {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(otherNames);
        if (kind != GeographyKind.AGGREGATE) {
            String first = name.split("[ ,]")[0];
            if (first.length() >= 5 && !first.equals(name)) {
                names.add(first);
                if (first.endsWith("ian")) {
                    names.add(first.substring(0, first.length() - 1));
                }
            }
        }
        return names;
    }
}
