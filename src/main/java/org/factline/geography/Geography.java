package org.factline.geography;

/** A place a figure is about. */
public record Geography(String code, String name, GeographyKind kind, String region, String incomeGroup) {
}
