package org.factline.geography;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IsoCountriesTest {

    @Test
    void aCountryPaysInItsOwnCurrencyOrASharedOneAndAnAggregateInNone() {
        assertThat(IsoCountries.currency("KGZ")).contains("KGS");
        assertThat(IsoCountries.currency("deu")).contains("EUR");
        assertThat(IsoCountries.currency("ECU")).contains("USD");
        assertThat(IsoCountries.currency("WLD")).isEmpty();
        assertThat(IsoCountries.currency(null)).isEmpty();
    }

    @Test
    void aCurrencyNamesItsCountryOnlyWhenNoOtherPaysInIt() {
        assertThat(IsoCountries.soleUserOf("KGS")).contains("KGZ");
        assertThat(IsoCountries.soleUserOf("BRL")).contains("BRA");
        assertThat(IsoCountries.soleUserOf("EUR")).isEmpty();
        assertThat(IsoCountries.soleUserOf("USD")).isEmpty();
        assertThat(IsoCountries.soleUserOf("XOF")).isEmpty();
    }
}
