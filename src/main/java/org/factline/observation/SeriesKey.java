package org.factline.observation;

/** One source's series: an indicator for a geography as one dataset or article gives it. */
public record SeriesKey(String indicatorCode, String geographyCode, long sourceId) {

    /** The series whatever the source. */
    public SeriesSummaries.Series series() {
        return new SeriesSummaries.Series(indicatorCode, geographyCode);
    }
}
