package org.factline.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.factline.chart.ChartSpec;
import org.factline.chart.TimeSeriesChart;
import org.factline.dashboard.DashboardService;
import org.factline.measure.Period;
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
 * {@code height}.
 */
@RestController
@RequestMapping("/api/charts")
class ChartsController {

    static final MediaType SVG = MediaType.parseMediaType("image/svg+xml");
    private static final int MIN_WIDTH = 200;
    private static final int MAX_WIDTH = 4000;
    private static final int MIN_HEIGHT = 150;
    private static final int MAX_HEIGHT = 3000;

    private final DashboardService dashboard;

    ChartsController(DashboardService dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/{indicator}/{geo}.svg")
    ResponseEntity<byte[]> svg(@PathVariable String indicator, @PathVariable String geo,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(defaultValue = "960") int width, @RequestParam(defaultValue = "440") int height) {
        ChartSpec spec = spec(indicator, geo, from, to, width, height);
        return ResponseEntity.ok().contentType(SVG).cacheControl(CacheControl.noCache())
                .body(TimeSeriesChart.svg(spec, width, height).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/{indicator}/{geo}.png")
    ResponseEntity<byte[]> png(@PathVariable String indicator, @PathVariable String geo,
                               @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                               @RequestParam(defaultValue = "960") int width, @RequestParam(defaultValue = "440") int height) {
        ChartSpec spec = spec(indicator, geo, from, to, width, height);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache())
                .body(TimeSeriesChart.png(spec, width, height));
    }

    private ChartSpec spec(String indicator, String geo, String from, String to, int width, int height) {
        if (width < MIN_WIDTH || width > MAX_WIDTH || height < MIN_HEIGHT || height > MAX_HEIGHT) {
            throw new IllegalArgumentException("width must be " + MIN_WIDTH + "-" + MAX_WIDTH + " and height "
                    + MIN_HEIGHT + "-" + MAX_HEIGHT + " pixels, not " + width + "x" + height);
        }
        List<String> geos = Arrays.stream(geo.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return dashboard.chart(indicator, geos, from == null || from.isBlank() ? null : Period.parse(from),
                to == null || to.isBlank() ? null : Period.parse(to));
    }
}
