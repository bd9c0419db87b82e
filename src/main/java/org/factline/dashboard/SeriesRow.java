package org.factline.dashboard;

import org.factline.observation.Observation;
import org.factline.source.Source;

/** One observation of a series page's table, with where it comes from and how often it is cited. */
public record SeriesRow(Observation observation, String geographyName, Source source, int citations) {
}
