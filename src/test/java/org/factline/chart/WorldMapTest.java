package org.factline.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class WorldMapTest {

    static MapSpec spec() {
        Map<String, MapSpec.Value> values = new LinkedHashMap<>();
        double[] growth = {-7.1, 3.7, -2.7, 4.0, 5.6, 2.2, -9.1, 1.0, 0.5, 6.3};
        String[] codes = {"KGZ", "KAZ", "RUS", "UZB", "TJK", "USA", "GBR", "DEU", "FRA", "CHN"};
        for (int i = 0; i < codes.length; i++) {
            values.put(codes[i], new MapSpec.Value(growth[i], codes[i] + " <b>&</b>: " + growth[i] + "%"));
        }
        return new MapSpec("GDP growth (annual %), 2020", "Official values, 2020 · World Bank", values,
                "/geographies/{code}");
    }

    @Test
    void countriesWithAValueAreFilledByClassTheOthersHatchedAndEveryTextIsEscaped() throws Exception {
        String svg = WorldMap.svg(spec());
        Files.createDirectories(Path.of("target/screenshots"));
        Files.writeString(Path.of("target/screenshots/world-map.svg"), svg);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(svg).contains("data-code=\"KGZ\"", "href=\"/geographies/KGZ\"", "KGZ &lt;b&gt;&amp;&lt;/b&gt;: -7.1%")
                .doesNotContain("<b>");
        assertThat(svg).containsPattern("fill=\"url\\(#nodata\\)\" data-code=\"BRA\"");
        assertThat(svg).containsPattern("fill=\"" + WorldMap.COLOURS[0] + "\" data-code=\"GBR\"");
        assertThat(svg).containsPattern("fill=\"" + WorldMap.COLOURS[4] + "\" data-code=\"CHN\"");
        assertThat(svg).contains("no data", "and above");
    }

    @Test
    void quantileBreaksCollapseWhenValuesRepeat() {
        assertThat(WorldMap.breaks(List.of(1.0, 2.0, 3.0, 4.0, 5.0))).containsExactly(2.0, 3.0, 4.0, 5.0);
        assertThat(WorldMap.breaks(List.of(7.0, 7.0, 7.0))).containsExactly(7.0);
        assertThat(WorldMap.breaks(List.of())).isEmpty();
        assertThat(WorldMap.classOf(1.0, new double[] {2, 3, 4, 5})).isZero();
        assertThat(WorldMap.classOf(5.0, new double[] {2, 3, 4, 5})).isEqualTo(4);
    }
}
