package org.factline.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a {@link ChartSpec} with JFreeChart: official series as lines, cited figures as large orange diamonds
 * with their labels. A new chart is built for every render; nothing is shared between calls.
 */
public final class TimeSeriesChart {

    private static final Color[] LINE_COLOURS = {
        new Color(0x1f, 0x5f, 0xa8), new Color(0x2a, 0x9d, 0x8f), new Color(0x7b, 0x4f, 0x9d),
        new Color(0x55, 0x6b, 0x2f), new Color(0x8c, 0x56, 0x4b), new Color(0x3d, 0x3d, 0x3d)
    };
    private static final Color MARKER_COLOUR = new Color(0xe0, 0x5a, 0x00);
    private static final Font TICK_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    private static final Font LABEL_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
    private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 15);
    static final String MARKER_SERIES = "Cited in articles";

    private TimeSeriesChart() {
    }

    /**
     * The chart as a standalone SVG document. It has no DOCTYPE (SVG 2 has none), so XML parsers never go looking
     * for a DTD on the network.
     */
    public static String svg(ChartSpec spec, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        JFreeChart chart = build(spec);
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g2, new Rectangle(width, height), info);
        // A viewBox lets the page scale the chart to its box while the file keeps its pixel size.
        String svg = g2.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + svg.substring(0, svg.lastIndexOf("</svg>")) + tooltips(spec, chart.getXYPlot(), info) + "</svg>";
    }

    /**
     * A transparent circle over each cited figure carrying its label as an SVG {@code <title>}, which browsers show
     * on hover when the SVG is opened or embedded as a document.
     */
    private static String tooltips(ChartSpec spec, XYPlot plot, ChartRenderingInfo info) {
        java.awt.geom.Rectangle2D area = info.getPlotInfo().getDataArea();
        StringBuilder out = new StringBuilder();
        for (ChartMarker m : spec.markers()) {
            double x = plot.getDomainAxis().valueToJava2D(millis(m.date()), area, plot.getDomainAxisEdge());
            double y = plot.getRangeAxis().valueToJava2D(m.value(), area, plot.getRangeAxisEdge());
            out.append(String.format(java.util.Locale.ROOT,
                    "<g class=\"cited-figure\"><title>%s</title><circle cx=\"%.1f\" cy=\"%.1f\" r=\"10\" "
                            + "fill=\"#ffffff\" fill-opacity=\"0\"/></g>", xml(m.label()), x, y));
        }
        return out.toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /**
     * A sparkline: one series as a thin line without axes, legend or title, its last point marked, for a card.
     */
    public static String sparkline(java.util.List<ChartPoint> points, int width, int height) {
        XYSeries series = new XYSeries("s", true, false);
        points.forEach(p -> series.addOrUpdate(millis(p.date()), p.value()));
        DateAxis time = new DateAxis();
        time.setVisible(false);
        NumberAxis values = new NumberAxis();
        values.setVisible(false);
        values.setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, LINE_COLOURS[0]);
        renderer.setSeriesStroke(0, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), time, values, renderer);
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinesVisible(false);
        plot.setRangeGridlinesVisible(false);
        plot.setInsets(new RectangleInsets(3, 3, 3, 3));
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        if (!points.isEmpty()) {
            ChartPoint last = points.get(points.size() - 1);
            XYSeries end = new XYSeries("last");
            end.add(millis(last.date()), last.value());
            XYLineAndShapeRenderer dot = new XYLineAndShapeRenderer(false, true);
            dot.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
            dot.setSeriesPaint(0, LINE_COLOURS[0]);
            plot.setDataset(1, new XYSeriesCollection(end));
            plot.setRenderer(1, dot);
        }
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(null);
        chart.setPadding(RectangleInsets.ZERO_INSETS);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(width, height));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g2.getSVGElement();
    }

    /** The chart as a PNG image. */
    public static byte[] png(ChartSpec spec, int width, int height) {
        BufferedImage image = build(spec).createBufferedImage(width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static JFreeChart build(ChartSpec spec) {
        XYSeriesCollection lines = new XYSeriesCollection();
        for (ChartLine line : spec.lines()) {
            XYSeries series = new XYSeries(line.name(), true, false);
            line.points().forEach(p -> series.addOrUpdate(millis(p.date()), p.value()));
            lines.addSeries(series);
        }
        DateAxis time = new DateAxis(null);
        time.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        if (spec.yearly()) {
            time.setStandardTickUnits(yearTicks());
        }
        NumberAxis values = new NumberAxis(spec.valueAxisLabel());
        values.setAutoRangeIncludesZero(spec.zeroLine());
        for (var axis : new org.jfree.chart.axis.ValueAxis[] {time, values}) {
            axis.setTickLabelFont(TICK_FONT);
            axis.setLabelFont(LABEL_FONT);
            axis.setTickLabelPaint(new Color(0x33, 0x33, 0x33));
        }

        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < spec.lines().size(); i++) {
            lineRenderer.setSeriesPaint(i, LINE_COLOURS[i % LINE_COLOURS.length]);
            lineRenderer.setSeriesStroke(i, new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
        XYPlot plot = new XYPlot(lines, time, values, lineRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xe3, 0xe6, 0xea));
        plot.setRangeGridlinePaint(new Color(0xe3, 0xe6, 0xea));
        plot.setOutlineVisible(false);
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        if (spec.zeroLine()) {
            plot.addRangeMarker(new ValueMarker(0, new Color(0x88, 0x88, 0x88), new BasicStroke(1f)));
        }

        if (!spec.markers().isEmpty()) {
            XYSeries cited = new XYSeries(MARKER_SERIES, false, true);
            // Figures at the same point (two articles citing the same value) share one caption, so none is
            // drawn over another.
            java.util.Map<String, java.util.List<ChartMarker>> byPoint = new java.util.LinkedHashMap<>();
            for (ChartMarker m : spec.markers()) {
                cited.add(millis(m.date()), m.value());
                byPoint.computeIfAbsent(m.date() + "|" + m.value(), k -> new java.util.ArrayList<>()).add(m);
            }
            for (java.util.List<ChartMarker> same : byPoint.values()) {
                ChartMarker first = same.get(0);
                String caption = same.size() == 1 ? first.caption()
                        : first.caption() + " and " + (same.size() - 1) + " more";
                XYTextAnnotation label = new XYTextAnnotation(caption, millis(first.date()), first.value());
                label.setFont(LABEL_FONT);
                label.setPaint(MARKER_COLOUR.darker());
                label.setTextAnchor(TextAnchor.BOTTOM_RIGHT);
                plot.addAnnotation(label);
            }
            XYLineAndShapeRenderer markerRenderer = new XYLineAndShapeRenderer(false, true);
            markerRenderer.setSeriesShape(0, diamond(7));
            markerRenderer.setSeriesPaint(0, MARKER_COLOUR);
            markerRenderer.setSeriesOutlinePaint(0, Color.WHITE);
            markerRenderer.setUseOutlinePaint(true);
            markerRenderer.setDrawOutlines(true);
            plot.setDataset(1, new XYSeriesCollection(cited));
            plot.setRenderer(1, markerRenderer);
        }

        JFreeChart chart = new JFreeChart(spec.title(), TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(8, 8, 8, 16));
        LegendTitle legend = chart.getLegend();
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setItemFont(LABEL_FONT);
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
        return chart;
    }

    /** Whole years only, so an annual series is never labelled with months. */
    private static TickUnits yearTicks() {
        TickUnits units = new TickUnits();
        SimpleDateFormat year = new SimpleDateFormat("yyyy");
        year.setTimeZone(java.util.TimeZone.getTimeZone("UTC"));
        for (int n : new int[] {1, 2, 5, 10, 20, 50, 100}) {
            units.add(new DateTickUnit(DateTickUnitType.YEAR, n, year));
        }
        return units;
    }

    private static long millis(java.time.LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    private static java.awt.Shape diamond(double r) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(0, -r);
        p.lineTo(r, 0);
        p.lineTo(0, r);
        p.lineTo(-r, 0);
        p.closePath();
        return p;
    }
}
