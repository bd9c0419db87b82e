package org.factline.measure;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Units of physical measure that follow a number ("3.5 million tonnes", "2.4 GW", "40 billion cubic metres"),
 * as against the things a count counts (doses, jobs, barrels). A figure in one of these is a quantity.
 */
public final class Quantities {

    /** Abbreviations, kept in their usual case. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("MW", "MW"), Map.entry("GW", "GW"), Map.entry("KW", "kW"), Map.entry("TW", "TW"),
            Map.entry("MWH", "MWh"), Map.entry("GWH", "GWh"), Map.entry("KWH", "kWh"), Map.entry("TWH", "TWh"),
            Map.entry("BCM", "bcm"), Map.entry("KM", "km"), Map.entry("KG", "kg"), Map.entry("HA", "ha"),
            Map.entry("MT", "Mt"), Map.entry("BPD", "bpd"),
            // yields, per hectare or acre: "6.3 t/ha"
            Map.entry("T/HA", "t/ha"), Map.entry("KG/HA", "kg/ha"), Map.entry("BU/ACRE", "bu/acre"),
            Map.entry("BU/A", "bu/acre"),
            // commodity desks' tonnes and gas volumes: million and lakh metric tonnes, kilotonnes, million tonnes a
            // year, billion and trillion cubic feet, million cubic metres
            Map.entry("MMT", "MMT"), Map.entry("LMT", "LMT"), Map.entry("KT", "kt"), Map.entry("MTPA", "mtpa"),
            Map.entry("BCF", "bcf"), Map.entry("TCF", "tcf"), Map.entry("MCM", "mcm"),
            // gas a day: "2.5 bcf/d", "850 mmcf/d"
            Map.entry("BCF/D", "bcf/d"), Map.entry("MMCF/D", "mmcf/d"),
            // emissions in gigatonnes ("0.6 Gt of CO2"; megatonnes are the Mt above), and of every gas as CO2
            Map.entry("GT", "Gt"), Map.entry("GTCO2E", "GtCO2e"), Map.entry("MTCO2E", "MtCO2e"),
            Map.entry("GTCO2", "GtCO2"), Map.entry("MTCO2", "MtCO2"),
            // rainfall and lengths, speeds, and the hash rate of a crypto network ("615 EH/s")
            Map.entry("MM", "mm"), Map.entry("CM", "cm"), Map.entry("KM/H", "km/h"), Map.entry("EH/S", "EH/s"),
            Map.entry("TH/S", "TH/s"),
            // an engine's capacity: "1,600cc"
            Map.entry("CC", "cc"),
            // milk as New Zealand dairy companies collect it: kilograms of milk solids ("1,490 million kgMS")
            Map.entry("KGMS", "kgMS"));

    private static final Set<String> WORDS = Set.of(
            "tonnes", "tons", "tonne", "ton", "metres", "meters", "litres", "liters", "gallons", "hectares", "acres",
            "kilometres", "kilometers", "miles", "kilograms", "kilogrammes", "grams", "grammes", "kilolitres",
            "kiloliters", "hectolitres", "hectoliters", "ounces", "megawatts", "gigawatts", "kilowatts",
            "terawatt-hours", "gigawatt-hours", "megawatt-hours", "kilowatt-hours", "watts", "joules", "calories",
            "feet", "kilos", "carats", "bushels", "bushel", "horsepower", "gigatonnes", "gigatons", "megatonnes",
            "megatons", "megalitres", "megaliters", "gigalitres", "gigaliters",
            // gold as Vietnamese and Hong Kong dealers weigh it: "1,200 taels", "85.3 million dong a tael"
            "taels", "tael",
            // land as Thai reports measure it: "1.2 million rai of orchards" (a rai is 1,600 square metres)
            "rai");

    /** Tonnes as metals desks write them onto the number: "1,238t", "113t". */
    private static final String TONNES_WRITTEN_ON = "t";

    private Quantities() {
    }

    /** Whether the word, as written, is a unit of measure. */
    public static boolean isUnit(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return word.equals(TONNES_WRITTEN_ON)
                || ABBREVIATIONS.containsKey(word.toUpperCase(Locale.ROOT)) && !word.equals(lower)
                || ABBREVIATIONS.containsValue(word) || WORDS.contains(lower);
    }

    /** The unit in Factline's spelling: "GW", "kWh", "tonnes". */
    public static String normalise(String word) {
        if (word.equals(TONNES_WRITTEN_ON)) {
            return "tonnes";
        }
        String abbreviation = ABBREVIATIONS.get(word.toUpperCase(Locale.ROOT));
        return abbreviation != null && !WORDS.contains(word.toLowerCase(Locale.ROOT))
                ? abbreviation : word.toLowerCase(Locale.ROOT);
    }
}
