package org.factline.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.factline.geography.Geography;
import org.factline.geography.GeographyKind;
import org.junit.jupiter.api.Test;

class PlacesTest {

    private static final Geography USA = new Geography("USA", "United States", GeographyKind.COUNTRY, null, null);
    private static final Geography BOL = new Geography("BOL", "Bolivia", GeographyKind.COUNTRY, null, null);
    private final Places places = new Places(List.of(USA, BOL), Map.of("USA", List.of("America")));

    @Test
    void southAndLatinAmericaAreNoMentionOfTheUnitedStates() {
        assertThat(places.in("Bolivia's inflation, one of the lowest in South America and Latin American markets, "
                + "Central America and North America too; Bolivia again.").mostMentioned()).isEqualTo(BOL);
        assertThat(places.in("America's economy grew; America again, and Bolivia.").mostMentioned()).isEqualTo(USA);
    }
}
