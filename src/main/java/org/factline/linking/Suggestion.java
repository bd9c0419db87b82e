package org.factline.linking;

import org.factline.observation.ObservationStatus;

/** What the text and the stored series suggest for a candidate; any field may be null. */
public record Suggestion(String indicatorCode, String geographyCode, String period, ObservationStatus status) {
}
