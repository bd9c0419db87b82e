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
    private static final Geography ALB = new Geography("ALB", "Albania", GeographyKind.COUNTRY, null, null);
    private static final Geography SRB = new Geography("SRB", "Serbia", GeographyKind.COUNTRY, null, null);
    private static final Geography KEN = new Geography("KEN", "Kenya", GeographyKind.COUNTRY, null, null);
    private static final Geography UGA = new Geography("UGA", "Uganda", GeographyKind.COUNTRY, null, null);
    private final Places places = new Places(List.of(USA, BOL, ALB, SRB, KEN, UGA), Map.of("USA", List.of("America")));

    @Test
    void southAndLatinAmericaAreNoMentionOfTheUnitedStates() {
        assertThat(places.in("Bolivia's inflation, one of the lowest in South America and Latin American markets, "
                + "Central America and North America too; Bolivia again.").mostMentioned()).isEqualTo(BOL);
        assertThat(places.in("America's economy grew; America again, and Bolivia.").mostMentioned()).isEqualTo(USA);
        assertThat(places.in("Bolivia, one of the fastest-growing economies in the Americas.").mostMentioned())
                .isEqualTo(BOL);
        Places withUs = new Places(List.of(USA, BOL), Map.of("USA", List.of("America", "US")));
        assertThat(withUs.in("The US economy grew, and the US again; Bolivia too.").mostMentioned()).isEqualTo(USA);
        assertThat(withUs.in("The boliviano, 6.96 per US dollar, and reserves in US dollars: Bolivia's.")
                .mostMentioned()).isEqualTo(BOL);
    }

    @Test
    void aPlaceNamedAfterAFigureAsTheSubjectOfTheNextIsTheNextOnes() {
        String s = "Albania led the region: its GDP rose 3.4%, while Serbia's grew 2.5%.";
        assertThat(nearest(s, "3.4%")).isEqualTo(ALB);
        assertThat(nearest(s, "2.5%")).isEqualTo(SRB);
        String t = "Growth was 3% in Kenya and 5% in Uganda.";
        assertThat(nearest(t, "3%")).isEqualTo(KEN);
        assertThat(nearest(t, "5%")).isEqualTo(UGA);
    }

    @Test
    void aCountryOfOneWordIsNamedByItsAdjectiveToo() {
        String s = "Ugandan consumer prices rose 5.4% on average, against 7.7% in Kenya.";
        assertThat(nearest(s, "5.4%")).isEqualTo(UGA);
        assertThat(nearest(s, "7.7%")).isEqualTo(KEN);
        assertThat(places.in("The Kenyan shilling fell; Kenyans paid more.").mostMentioned()).isEqualTo(KEN);
        // Lower case, or shorter than five letters, it names nothing.
        assertThat(places.in("kenyan tea").mostMentioned()).isNull();
        // An adjective that does not start with its country's name is one of the country's other names.
        Geography tha = new Geography("THA", "Thailand", GeographyKind.COUNTRY, null, null);
        Places withThai = new Places(List.of(KEN, tha), Map.of("THA", List.of("Thai")));
        assertThat(withThai.in("Thai consumer prices rose 1.2%.").mostMentioned()).isEqualTo(tha);
    }

    @Test
    void theWorldsLowestIsAComparisonNotThePlaceOfTheFigure() {
        Geography wld = new Geography("WLD", "World", GeographyKind.AGGREGATE, null, null);
        Places withWorld = new Places(List.of(KEN, wld), Map.of());
        String s = "Kenya's jobless rate is among the world's lowest, at 0.7%.";
        int at = s.indexOf("0.7%");
        assertThat(withWorld.in(s).nearest(s, 0, at, at + 4)).isEqualTo(KEN);
        String t = "The world's economy grew 3.1%.";
        assertThat(withWorld.in(t).mostMentioned()).isEqualTo(wld);
        assertThat(withWorld.in("The world's interest rates rose.").mostMentioned()).isEqualTo(wld);
    }

    @Test
    void aLongerNameHoldsNoShorterOneWithinIt() {
        Geography cod = new Geography("COD", "Congo, Dem. Rep.", GeographyKind.COUNTRY, null, null);
        Geography cog = new Geography("COG", "Congo, Rep.", GeographyKind.COUNTRY, null, null);
        Places congos = new Places(List.of(cod, cog), Map.of("COD", List.of("Democratic Republic of Congo"),
                "COG", List.of("Republic of Congo")));
        assertThat(congos.in("The Democratic Republic of Congo grew 8.6%.").mostMentioned()).isEqualTo(cod);
        assertThat(congos.in("The Republic of Congo grew 1.9%.").mostMentioned()).isEqualTo(cog);
        assertThat(congos.in("The Democratic Republic of Congo and the Republic of Congo, then the Republic of Congo.")
                .mostMentioned()).isEqualTo(cog);
    }

    @Test
    void aSentenceThatPointsBackIsAboutThePlaceItsParagraphNamedLast() {
        // Through the matcher: see FigureMatcherTest; here the paragraph's last place, before the sentence.
        String p = "Norway, cushioned by its oil, grew 0.5%. Its output fell to $486 billion.";
        Places.Mentions m = new Places(List.of(KEN, UGA, new Geography("NOR", "Norway", GeographyKind.COUNTRY, null,
                null)), Map.of()).in(p);
        assertThat(m.lastBetween(0, p.indexOf("Its"), false).code()).isEqualTo("NOR");
        assertThat(m.lastBetween(p.indexOf("Its"), p.length(), false)).isNull();
        // "the island" points back to a country, past the group named after it
        Geography emu = new Geography("EMU", "Euro area", GeographyKind.AGGREGATE, null, null);
        Geography mlt = new Geography("MLT", "Malta", GeographyKind.COUNTRY, null, null);
        String q = "Malta grew 5.6%, as did the Euro area. The island of 553,000 people.";
        Places.Mentions n = new Places(List.of(emu, mlt), Map.of()).in(q);
        assertThat(n.lastBetween(0, q.indexOf("The island"), false)).isEqualTo(emu);
        assertThat(n.lastBetween(0, q.indexOf("The island"), true)).isEqualTo(mlt);
    }

    @Test
    void aBodyNamedForAPlaceIsNoMentionOfItAndAPlaceInTheNextClauseIsThatClauses() {
        Geography wld = new Geography("WLD", "World", GeographyKind.AGGREGATE, null, null);
        Geography eaeu = new Geography("EAEU", "Eurasian Economic Union", GeographyKind.BLOC, null, null);
        Geography aus = new Geography("AUS", "Australia", GeographyKind.COUNTRY, null, null);
        Geography nzl = new Geography("NZL", "New Zealand", GeographyKind.COUNTRY, null, null);
        Places p = new Places(List.of(wld, eaeu, aus, nzl), Map.of());
        assertThat(p.in("Growth was 3%, by the World Bank's measure.").mostMentioned()).isNull();
        assertThat(p.in("The World Trade Organization and the world economy.").mostMentioned()).isEqualTo(wld);
        assertThat(p.in("A loan from the Eurasian Development Bank.").mostMentioned()).isNull();
        assertThat(p.in("Trade within the Eurasian Economic Union grew.").mostMentioned()).isEqualTo(eaeu);
        String s = "Australian unemployment averaged 3.7%; in New Zealand it has risen to 4.3%.";
        int at = s.indexOf("3.7%");
        assertThat(p.in(s).nearest(s, 0, at, at + 4)).isEqualTo(aus);
        String t = "Unemployment was 3.7% in New Zealand and 4.3% in Australia.";
        assertThat(p.in(t).nearest(t, 0, t.indexOf("3.7%"), t.indexOf("3.7%") + 4)).isEqualTo(nzl);
    }

    @Test
    void aGivenOtherNameOutranksAnotherPlacesFirstWord() {
        Geography fra = new Geography("FRA", "France", GeographyKind.COUNTRY, null, null);
        Geography pyf = new Geography("PYF", "French Polynesia", GeographyKind.COUNTRY, null, null);
        Geography ala = new Geography("ALA", "Alaska Islands", GeographyKind.COUNTRY, null, null);
        Geography als = new Geography("ALS", "Alaska Range", GeographyKind.COUNTRY, null, null);
        Places p = new Places(List.of(fra, pyf, ala, als), Map.of("FRA", List.of("French")));
        assertThat(p.in("French unemployment held at 7.3%.").mostMentioned()).isEqualTo(fra);
        assertThat(p.in("French Polynesia's tourism grew.").mostMentioned()).isEqualTo(pyf);
        // A first word two places share, and no one was given, still names neither.
        assertThat(p.in("Alaska's prices rose.").mostMentioned()).isNull();
    }

    @Test
    void theLettersOfADollarSignAreNoPlace() {
        Places p = new Places(List.of(USA, BOL), Map.of("USA", List.of("US")));
        String s = "Bolivia grew 2.6%, to a GDP of US$14.3 billion.";
        int at = s.indexOf("US$14.3 billion");
        assertThat(p.in(s).nearest(s, 0, at, at + "US$14.3 billion".length())).isEqualTo(BOL);
        assertThat(p.in("US output rose, US prices too, and Bolivia's.").mostMentioned()).isEqualTo(USA);
    }

    @Test
    void aGroupAFigureIsTheMostOrLeastOfIsNoPlaceOfIt() {
        Geography emu = new Geography("EMU", "Euro area", GeographyKind.AGGREGATE, null, null);
        Geography mlt = new Geography("MLT", "Malta", GeographyKind.COUNTRY, null, null);
        Places p = new Places(List.of(emu, mlt), Map.of());
        assertThat(p.in("Malta grew 8.1%, the fastest pace in the euro area.").mostMentioned()).isEqualTo(mlt);
        assertThat(p.in("Growth in the euro area was 0.4%; the latest data in the euro area show 5.4%.")
                .mostMentioned()).isEqualTo(emu);
    }

    @Test
    void aCurrencyThatAnotherPlaceIsTiedToPricedInOrUsesIsNoMentionOfItsCountry() {
        Geography zaf = new Geography("ZAF", "South Africa", GeographyKind.COUNTRY, null, null);
        Geography lso = new Geography("LSO", "Lesotho", GeographyKind.COUNTRY, null, null);
        Places p = new Places(List.of(zaf, lso), Map.of("ZAF", List.of("South African")));
        assertThat(p.in("The loti, pegged one-to-one to the South African rand, averaged 18.45.").mostMentioned())
                .isNull();
        assertThat(p.in("The lilangeni is tied to the South African rand.").mostMentioned()).isNull();
        assertThat(p.in("Lesotho, which uses the South African rand, grew.").mostMentioned()).isEqualTo(lso);
        assertThat(p.in("The South African rand fell, and Lesotho grew.").mostMentioned()).isEqualTo(zaf);
    }

    @Test
    void aNameIsFoundWithItsAccentsAsTheWorldBankWritesItWithout() {
        Geography stp = new Geography("STP", "Sao Tome and Principe", GeographyKind.COUNTRY, null, null);
        Geography civ = new Geography("CIV", "Cote d'Ivoire", GeographyKind.COUNTRY, null, null);
        Places p = new Places(List.of(stp, civ), Map.of());
        assertThat(p.in("In São Tomé and Príncipe, inflation rose.").mostMentioned()).isEqualTo(stp);
        assertThat(p.in("Côte d'Ivoire grew; Côte d'Ivoire again, and São Tomé.").mostMentioned()).isEqualTo(civ);
        assertThat(Places.fold("São Tomé, Côte, naïve")).isEqualTo("Sao Tome, Cote, naive");
    }

    @Test
    void aPlacePastACommaAfterTheFigureComesAfterTheSubjectBeforeIt() {
        assertThat(nearest("Serbia, the region's largest economy at $75 billion, grew 2.5%, with remittances from the "
                + "United States worth a tenth of output.", "2.5%")).isEqualTo(SRB);
        // with none before it, it still names the figure's place
        assertThat(nearest("Growth was 2.5%, mostly in Serbia.", "2.5%")).isEqualTo(SRB);
    }

    @Test
    void aPlaceInAnAsideBeforeTheFigureComesAfterTheSubjectAndIsNoAnaphorsPlace() {
        String s = "Albania, which depends on Serbian loans and markets, grew 3.9% last year.";
        assertThat(nearest(s, "3.9%")).isEqualTo(ALB);
        // a figure in the aside is the aside's place's
        String t = "Albania, where Serbia's banks lent 2.1% more, grew 3.9%.";
        assertThat(nearest(t, "2.1%")).isEqualTo(SRB);
        String u = "Albania, a candidate to join Serbia's customs union, grew. Its population fell.";
        assertThat(places.in(u).lastBetween(0, u.indexOf("Its"), false)).isEqualTo(ALB);
    }

    @Test
    void aggregatesWithAnAmpersandAreFoundAsPapersWriteThem() {
        Geography eas = new Geography("EAS", "East Asia & Pacific", GeographyKind.AGGREGATE, null, null);
        Geography lmy = new Geography("LMY", "Low & middle income", GeographyKind.AGGREGATE, null, null);
        Geography mic = new Geography("MIC", "Middle income", GeographyKind.AGGREGATE, null, null);
        Places groups = new Places(List.of(eas, lmy, mic), Map.of());
        assertThat(groups.in("East Asia and the Pacific grew 4.1%.").mostMentioned()).isEqualTo(eas);
        assertThat(groups.in("Low- and middle-income countries did better.").mostMentioned()).isEqualTo(lmy);
        assertThat(groups.in("Middle-income countries did better.").mostMentioned()).isEqualTo(mic);
    }

    @Test
    void aDatelineCountsTwiceForTheArticlesEconomy() {
        Places.Mentions named = places.in("Albania's economy grew. Serbia's too; Serbian banks and Serbians lent.");
        assertThat(named.mostMentioned()).isEqualTo(SRB);
        assertThat(named.with(ALB).mostMentioned()).isEqualTo(ALB);
    }

    @Test
    void figuresListedRespectivelyAreThoseOfThePlacesListedInTheirOrder() {
        String s = "Kenya and Uganda each grew a little over 5%: 5.2% and 5.4% respectively.";
        assertThat(nearest(s, "5.2%")).isEqualTo(KEN);
        assertThat(nearest(s, "5.4%")).isEqualTo(UGA);
        String t = "Albania, Serbia and Kenya grew 3.4%, 2.5% and 5.4%, respectively, last year.";
        assertThat(nearest(t, "3.4%")).isEqualTo(ALB);
        assertThat(nearest(t, "2.5%")).isEqualTo(SRB);
        assertThat(nearest(t, "5.4%")).isEqualTo(KEN);
        // As many figures as places, or the nearest place as before.
        String u = "Kenya and Uganda grew 5.2%, 5.4% and 6% respectively.";
        assertThat(nearest(u, "5.2%")).isEqualTo(UGA);
    }

    @Test
    void aTradePartnerIsNoPlaceAFigureIsAbout() {
        String s = "Kenya grew 5.6% on record tea exports to Uganda, up from 4.9%, and imports from the United States "
                + "fell.";
        assertThat(nearest(s, "4.9%")).isEqualTo(KEN);
        assertThat(places.in(s).mostMentioned()).isEqualTo(KEN);
        assertThat(nearest("Uganda's exports rose 4.9%.", "4.9%")).isEqualTo(UGA);
        assertThat(nearest("Remittances to Uganda rose 4.9%, and exports from Kenya 3%.", "4.9%")).isEqualTo(UGA);
    }

    private Geography nearest(String sentence, String figure) {
        int at = sentence.indexOf(figure);
        return places.in(sentence).nearest(sentence, 0, at, at + figure.length());
    }
}
