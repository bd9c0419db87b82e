package org.factline.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Charts are rendered without Spring: valid SVG and PNG, cited figures apart from the official lines. */
class TimeSeriesChartTest {

    static final ChartSpec SPEC = new ChartSpec("GDP growth (annual %)", "%",
            List.of(new ChartLine("Kyrgyz Republic (official)", List.of(
                    new ChartPoint(LocalDate.of(2019, 1, 1), 4.6), new ChartPoint(LocalDate.of(2020, 1, 1), -7.149),
                    new ChartPoint(LocalDate.of(2021, 1, 1), 5.5)))),
            List.of(new ChartMarker(LocalDate.of(2020, 1, 1), -8.6, "-8.6% preliminary (The Moscow Times & <Co>)")),
            true, true);

    @Test
    void svgIsAWellFormedDocumentWithTheLegendAndTheEscapedMarkerLabel() throws Exception {
        String svg = TimeSeriesChart.svg(SPEC, 800, 400);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("width")).isIn("800", "800.0");
        assertThat(doc.getDocumentElement().getTextContent())
                .contains("Kyrgyz Republic (official)", TimeSeriesChart.MARKER_SERIES,
                        "-8.6% preliminary (The Moscow Times & <Co>)", "2020");
        assertThat(svg).doesNotContain("<Co>");
        org.w3c.dom.NodeList titles = doc.getElementsByTagName("title");
        assertThat(titles.getLength()).isEqualTo(1);
        assertThat(titles.item(0).getTextContent()).isEqualTo("-8.6% preliminary (The Moscow Times & <Co>)");
        assertThat(((org.w3c.dom.Element) titles.item(0).getParentNode()).getAttribute("class"))
                .isEqualTo("cited-figure");
    }

    @Test
    void figuresAtOnePointShareOneCaptionAndKeepTheirOwnTooltips() throws Exception {
        ChartSpec two = new ChartSpec(SPEC.title(), SPEC.valueAxisLabel(), SPEC.lines(), List.of(
                new ChartMarker(LocalDate.of(2020, 1, 1), -8.6, "-8.6% preliminary (A) · check: differs", "-8.6% (A)"),
                new ChartMarker(LocalDate.of(2020, 1, 1), -8.6, "-8.6% preliminary (B) · check: differs", "-8.6% (B)")),
                true, true);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(TimeSeriesChart.svg(two, 800, 400))));
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains("-8.6% (A) and 1 more").doesNotContain("-8.6% (B)");
        org.w3c.dom.NodeList titles = doc.getElementsByTagName("title");
        assertThat(titles.getLength()).isEqualTo(2);
        assertThat(titles.item(1).getTextContent()).isEqualTo("-8.6% preliminary (B) · check: differs");
    }

    @Test
    void annualSeriesAreLabelledInYearsNotMonths() throws Exception {
        String text = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(TimeSeriesChart.svg(SPEC, 800, 400))))
                .getDocumentElement().getTextContent();
        assertThat(text).doesNotContainPattern("(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-20");
    }

    @Test
    void pngHasTheAskedSize() throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(TimeSeriesChart.png(SPEC, 640, 320)));
        assertThat(image.getWidth()).isEqualTo(640);
        assertThat(image.getHeight()).isEqualTo(320);
    }

    @Test
    void anEmptyChartStillRenders() {
        String svg = TimeSeriesChart.svg(new ChartSpec("Nothing yet", "", List.of(), List.of(), false, false), 400, 300);
        assertThat(svg).startsWith("<?xml").contains("Nothing yet");
    }
}
