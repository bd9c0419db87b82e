package org.factline.catalog;

import org.factline.measure.Period;

/**
 * An indicator as the catalog lists it.
 *
 * @param geographies how many geographies have data for it (0: described, no data yet)
 * @param latest      the latest period with an official value in any geography, or null
 */
public record CatalogEntry(String code, String name, String topic, String unit, String definition, String source,
                           int geographies, Period latest) {
}
