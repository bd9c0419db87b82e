package org.factline.chart;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A world choropleth as SVG: each country filled by the class its value falls in (five quantile classes, the
 * legend gives their bounds), countries without a value hatched, each with a tooltip and a link. The shapes are
 * Natural Earth's 1:110m countries (public domain, from the world-atlas package) in an equirectangular projection,
 * shipped as {@code maps/countries-110m.tsv}. Plain Java; all text is escaped.
 */
public final class WorldMap {

    /** Sequential blues, light to dark: readable in print and for the common colour-vision deficiencies. */
    static final String[] COLOURS = {"#deebf7", "#9ecae1", "#6baed6", "#3182bd", "#08519c"};
    static final int WIDTH = 1000;
    static final int MAP_TOP = 10;
    static final int MAP_HEIGHT = 430;
    private static volatile List<Shape> shapes;

    private WorldMap() {
    }

    /** A country's outline: its code, its name in Natural Earth, its SVG path on a 1000 x 500 plate carrée. */
    record Shape(String iso3, String name, String path) {
    }

    public static String svg(MapSpec spec) {
        List<Double> sorted = spec.values().values().stream().map(MapSpec.Value::value).sorted().toList();
        double[] breaks = breaks(sorted);
        StringBuilder svg = new StringBuilder(160_000);
        int height = MAP_TOP + MAP_HEIGHT + 80;
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" ")
                .append("viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" role=\"img\" aria-label=\"").append(escape(spec.title()))
                .append("\">\n<title>").append(escape(spec.title())).append("</title>\n")
                .append("<defs><pattern id=\"nodata\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f4f4f4\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#bbbbbb\" stroke-width=\"2\"/></pattern>")
                .append("</defs>\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n")
                // The plate carrée's rows from 84 N to 58 S: the inhabited world, no Antarctica.
                .append("<g transform=\"translate(0,").append(MAP_TOP).append(") scale(1,")
                .append(String.format(Locale.ROOT, "%.4f", MAP_HEIGHT / 400.0)).append(") translate(0,-16)\" ")
                .append("stroke=\"#ffffff\" stroke-width=\"0.4\">\n");
        for (Shape s : shapes()) {
            MapSpec.Value v = spec.values().get(s.iso3());
            String fill = v == null ? "url(#nodata)" : COLOURS[classOf(v.value(), breaks)];
            String tip = v == null ? s.name() + ": no data" : v.label();
            boolean linked = spec.link() != null;
            if (linked) {
                svg.append("<a href=\"").append(escape(spec.link().replace("{code}", s.iso3())))
                        .append("\" target=\"_top\">");
            }
            svg.append("<path d=\"").append(s.path()).append("\" fill=\"").append(fill).append("\" data-code=\"")
                    .append(s.iso3()).append("\"><title>").append(escape(tip)).append("</title></path>");
            svg.append(linked ? "</a>\n" : "\n");
        }
        svg.append("</g>\n");
        legend(svg, spec, breaks, MAP_TOP + MAP_HEIGHT + 12);
        return svg.append("</svg>\n").toString();
    }

    /** Up to four inner bounds of five quantile classes; fewer when the values are few or equal. */
    static double[] breaks(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return new double[0];
        }
        List<Double> out = new ArrayList<>();
        for (int k = 1; k < COLOURS.length; k++) {
            double b = sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(k * sorted.size() / (double) COLOURS.length)));
            if (out.isEmpty() || b > out.get(out.size() - 1)) {
                out.add(b);
            }
        }
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The class of a value: how many bounds it reaches. */
    static int classOf(double value, double[] breaks) {
        int c = 0;
        while (c < breaks.length && value >= breaks[c]) {
            c++;
        }
        return Math.min(c, COLOURS.length - 1);
    }

    private static void legend(StringBuilder svg, MapSpec spec, double[] breaks, int top) {
        svg.append("<g font-size=\"18\" fill=\"#222222\">\n<text x=\"10\" y=\"").append(top + 16).append("\">")
                .append(escape(spec.subtitle())).append("</text>\n");
        int x = 10;
        int y = top + 32;
        int classes = spec.values().isEmpty() ? 0 : breaks.length + 1;
        for (int c = 0; c < classes; c++) {
            String from = c == 0 ? "below " + number(breaks.length == 0 ? Double.NaN : breaks[0])
                    : c == classes - 1 ? number(breaks[c - 1]) + " and above"
                    : number(breaks[c - 1]) + " to " + number(breaks[c]);
            if (breaks.length == 0) {
                from = "all values";
            }
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"24\" height=\"18\" fill=\"")
                    .append(COLOURS[c]).append("\" stroke=\"#999999\" stroke-width=\"0.5\"/><text x=\"").append(x + 30)
                    .append("\" y=\"").append(y + 15).append("\">").append(escape(from)).append("</text>\n");
            x += 46 + 10 * from.length();
        }
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y)
                .append("\" width=\"24\" height=\"18\" fill=\"url(#nodata)\" stroke=\"#999999\" stroke-width=\"0.5\"/>")
                .append("<text x=\"").append(x + 30).append("\" y=\"").append(y + 15).append("\">no data</text>\n</g>\n");
    }

    private static String number(double v) {
        if (Double.isNaN(v)) {
            return "";
        }
        double a = Math.abs(v);
        return a >= 1e9 ? String.format(Locale.ROOT, "%.1f bn", v / 1e9)
                : a >= 1e6 ? String.format(Locale.ROOT, "%.1f m", v / 1e6)
                : a >= 1000 ? String.format(Locale.ROOT, "%,.0f", v)
                : String.format(Locale.ROOT, "%.1f", v);
    }

    static List<Shape> shapes() {
        List<Shape> s = shapes;
        if (s == null) {
            s = load();
            shapes = s;
        }
        return s;
    }

    private static List<Shape> load() {
        InputStream in = WorldMap.class.getClassLoader().getResourceAsStream("seed-data/maps/countries-110m.tsv");
        if (in == null) {
            throw new IllegalStateException("seed-data/maps/countries-110m.tsv is not on the classpath");
        }
        List<Shape> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.readLine();
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split("\t", 3);
                if (f.length == 3) {
                    out.add(new Shape(f[0], f[1], f[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
