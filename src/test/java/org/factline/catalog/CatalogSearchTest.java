package org.factline.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factline.measure.Period;
import org.junit.jupiter.api.Test;

class CatalogSearchTest {

    static final CatalogEntry CPI = new CatalogEntry("FP.CPI.TOTL.ZG", "Inflation, consumer prices (annual %)",
            "Financial Sector: Exchange rates & prices", "percent", "Inflation as measured by the consumer price index",
            "IMF", 200, Period.year(2023));
    static final CatalogEntry DEFLATOR = new CatalogEntry("NY.GDP.DEFL.KD.ZG", "Inflation, GDP deflator (annual %)",
            "Economic Policy & Debt: National accounts: Growth rates", "percent", "Inflation as measured by the annual "
            + "growth rate of the GDP implicit deflator", "World Bank", 210, Period.year(2023));
    static final CatalogEntry GROWTH = new CatalogEntry("NY.GDP.MKTP.KD.ZG", "GDP growth (annual %)",
            "Economic Policy & Debt: National accounts: Growth rates", "percent", "Annual percentage growth rate of GDP "
            + "at market prices; unlike inflation measures it is real", "World Bank", 266, Period.year(2023));
    static final CatalogEntry REMITTANCES = new CatalogEntry("BX.TRF.PWKR.DT.GD.ZS",
            "Personal remittances, received (% of GDP)", "Economic Policy & Debt: Balance of payments", "percent",
            "Personal remittances comprise personal transfers", "World Bank", 0, null);
    static final List<CatalogEntry> ALL = List.of(GROWTH, REMITTANCES, CPI, DEFLATOR);

    @Test
    void aWordInTheNameRanksAboveTheSameWordInADefinition() {
        assertThat(CatalogSearch.rank(ALL, "inflation", null)).containsExactly(DEFLATOR, CPI, GROWTH);
    }

    @Test
    void everyWordMustMatchSomewhere() {
        assertThat(CatalogSearch.rank(ALL, "inflation consumer", null)).containsExactly(CPI);
        assertThat(CatalogSearch.rank(ALL, "inflation bananas", null)).isEmpty();
    }

    @Test
    void aCodeFindsItsIndicatorFirst() {
        assertThat(CatalogSearch.rank(ALL, "ny.gdp.mktp.kd.zg", null).get(0)).isEqualTo(GROWTH);
        assertThat(CatalogSearch.rank(ALL, "BX.TRF", null)).containsExactly(REMITTANCES);
    }

    @Test
    void topicAreasFilterAndCountWhatTheQueryMatches() {
        assertThat(CatalogSearch.facets(ALL, "inflation")).containsExactly(
                java.util.Map.entry("Economic Policy & Debt", 2), java.util.Map.entry("Financial Sector", 1));
        assertThat(CatalogSearch.rank(ALL, "inflation", "Financial Sector")).containsExactly(CPI);
        assertThat(CatalogSearch.rank(ALL, "", null)).hasSize(4).first().isEqualTo(GROWTH);
        assertThat(CatalogSearch.area(null)).isEqualTo("Other");
    }
}
