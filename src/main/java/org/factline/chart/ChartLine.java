package org.factline.chart;

import java.util.List;

/** A series drawn as a line: an official series of one geography. */
public record ChartLine(String name, List<ChartPoint> points) {

    public ChartLine {
        points = List.copyOf(points);
    }
}
