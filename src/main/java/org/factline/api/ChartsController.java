package org.factline.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.factline.chart.ChartSpec;
import org.factline.chart.TimeSeriesChart;
import org.factline.chart.WorldMap;
import org.factline.dashboard.DashboardService;
import org.factline.dashboard.MapService;
import org.factline.dashboard.Transform;
import org.factline.measure.Period;
import org.factline.problem.InvalidInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Charts over HTTP, for embedding and checking: {@code GET /api/charts/{indicator}/{geo}.svg} and {@code .png},
 * {@code geo} one code or several separated by commas, query {@code from}, {@code to}, {@code width},
 * {@code height} and {@code transform} (level, change, pct, yoy); world maps, {@code GET /api/maps/{indicator}.svg}.
 */
@RestController
@RequestMapping("/api")
class ChartsController {

    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    private static final int MIN_WIDTH = 200;
    private static final int MAX_WIDTH = 4000;
    private static final int MIN_HEIGHT = 150;
    private static final int MAX_HEIGHT = 3000;

    private final DashboardService dashboard;
    private final MapService maps;
    private final long cacheNanos;
    private final Map<String, Rendered> rendered = new ConcurrentHashMap<>();

    /**
     * @param cacheSeconds how long a rendered chart is served again before it is drawn anew (0: never): charts
     *                     from this API may lag a change of the data by that long; the pages draw theirs fresh
     */
    ChartsController(DashboardService dashboard, MapService maps,
                     @Value("${factline.charts.cache-seconds:5}") int cacheSeconds) {
        this.dashboard = dashboard;
        this.maps = maps;
        this.cacheNanos = cacheSeconds * 1_000_000_000L;
    }

    private record Rendered(byte[] body, long expires) {
    }

    /** The chart for these parameters, drawn at most once per cache period; errors are never cached. */
    private byte[] cached(String key, Supplier<byte[]> draw) {
        long now = System.nanoTime();
        Rendered r = rendered.get(key);
        if (r != null && r.expires() - now > 0) {
            return r.body();
        }
        byte[] body = draw.get();
        if (cacheNanos > 0) {
            if (rendered.size() >= 1_000) {
                rendered.clear();
            }
            rendered.put(key, new Rendered(body, now + cacheNanos));
        }
        return body;
    }

    @GetMapping("/charts/{indicator}/{geo}.svg")
    ResponseEntity<byte[]> svg(@PathVariable String indicator, @PathVariable String geo,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(defaultValue = "960") int width, @RequestParam(defaultValue = "440") int height,
                               @RequestParam(required = false) String transform) {
        return chart("svg", SVG, indicator, geo, from, to, width, height, transform,
                spec -> TimeSeriesChart.svg(spec, width, height).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/charts/{indicator}/{geo}.png")
    ResponseEntity<byte[]> png(@PathVariable String indicator, @PathVariable String geo,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(defaultValue = "960") int width, @RequestParam(defaultValue = "440") int height,
                               @RequestParam(required = false) String transform) {
        return chart("png", MediaType.IMAGE_PNG, indicator, geo, from, to, width, height, transform,
                spec -> TimeSeriesChart.png(spec, width, height));
    }

    /** A chart in one format, drawn at most once per cache period for the same parameters. */
    private ResponseEntity<byte[]> chart(String format, MediaType type, String indicator, String geo, String from,
                                         String to, int width, int height, String transform,
                                         java.util.function.Function<ChartSpec, byte[]> draw) {
        String key = String.join("|", format, indicator, geo, from, to, String.valueOf(width), String.valueOf(height),
                transform);
        byte[] body = cached(key, () -> draw.apply(spec(indicator, geo, from, to, width, height, transform)));
        return ResponseEntity.ok().contentType(type).cacheControl(CacheControl.noCache()).body(body);
    }

    /**
     * {@code GET /api/maps/{indicator}.svg?period=2020}: a world choropleth of the indicator's official values for
     * one period (by default the latest most economies report).
     */
    @GetMapping("/maps/{indicator}.svg")
    ResponseEntity<byte[]> map(@PathVariable String indicator, @RequestParam(required = false) String period) {
        Period p;
        try {
            p = period == null || period.isBlank() ? null : Period.parse(period);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("Parameter 'period': " + e.getMessage());
        }
        byte[] body = cached(String.join("|", "map", indicator, String.valueOf(period)),
                () -> WorldMap.svg(maps.map(indicator, p).spec()).getBytes(StandardCharsets.UTF_8));
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noCache()).body(body);
    }

    /** {@code GET /api/sparklines/{indicator}/{geo}.svg}: the last 30 official values as a small line. */
    @GetMapping("/sparklines/{indicator}/{geo}.svg")
    ResponseEntity<byte[]> sparkline(@PathVariable String indicator, @PathVariable String geo,
                                     @RequestParam(defaultValue = "140") int width,
                                     @RequestParam(defaultValue = "36") int height) {
        if (width < 20 || width > 800 || height < 10 || height > 400) {
            throw new InvalidInput("A sparkline is 20-800 by 10-400 pixels, not " + width + "x" + height);
        }
        String svg = TimeSeriesChart.sparkline(dashboard.sparkline(indicator, geo, 30), width, height);
        return ResponseEntity.ok().contentType(SVG)
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)))
                .body(svg.getBytes(StandardCharsets.UTF_8));
    }

    private ChartSpec spec(String indicator, String geo, String from, String to, int width, int height,
                           String transform) {
        if (width < MIN_WIDTH || width > MAX_WIDTH || height < MIN_HEIGHT || height > MAX_HEIGHT) {
            throw new InvalidInput("width must be " + MIN_WIDTH + "-" + MAX_WIDTH + " and height "
                    + MIN_HEIGHT + "-" + MAX_HEIGHT + " pixels, not " + width + "x" + height);
        }
        List<String> geos = Arrays.stream(geo.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return dashboard.chart(indicator, geos, from == null || from.isBlank() ? null : Period.parse(from),
                to == null || to.isBlank() ? null : Period.parse(to), Transform.fromParam(transform));
    }
}
