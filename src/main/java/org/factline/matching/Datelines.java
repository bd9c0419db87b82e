package org.factline.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place an article is filed from, by its dateline: a city in capitals at the start of a paragraph, then perhaps
 * the agency and the date, then a dash ("MOSCOW, 24 February 2021 —", "NAIROBI (Reuters) -"). The city stands for
 * the economy {@code matching/dateline-cities.csv} gives it. Only the first two paragraphs are read: a dateline
 * opens the story.
 */
final class Datelines {

    private static final Pattern DATELINE = Pattern.compile("^\\s*(\\p{Lu}[\\p{Lu} .'’-]{1,30}\\p{Lu})"
            + "(?:\\s*\\([^)\\n]{1,40}\\))?(?:\\s*,[^—–\\n]{1,40}?)?\\s*[—–-]{1,2}\\s");

    private final Map<String, String> cities;

    private Datelines(Map<String, String> cities) {
        this.cities = cities;
    }

    /** The cities Factline ships. */
    static Datelines shipped() {
        Map<String, String> cities = new HashMap<>();
        try (InputStream in = Datelines.class.getResourceAsStream("/matching/dateline-cities.csv")) {
            if (in == null) {
                throw new IllegalStateException("matching/dateline-cities.csv is missing from the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#") || line.equals("city,code")) {
                    continue;
                }
                int comma = line.lastIndexOf(',');
                cities.put(key(line.substring(0, comma)), line.substring(comma + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Datelines(Map.copyOf(cities));
    }

    /** A city as the list and a dateline both may write it: capitals, single spaces, accents or none ("BOGOTÁ"). */
    private static String key(String city) {
        return java.text.Normalizer.normalize(city, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
    }

    /** The code of the economy the text's dateline names, if it opens with one Factline knows. */
    Optional<String> economyOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] paragraphs = text.strip().split("\\n\\s*\\n", 3);
        for (int i = 0; i < Math.min(2, paragraphs.length); i++) {
            Matcher m = DATELINE.matcher(paragraphs[i]);
            if (m.find()) {
                return Optional.ofNullable(cities.get(key(m.group(1))));
            }
        }
        return Optional.empty();
    }
}
