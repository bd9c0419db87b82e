package org.factline.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which country's currency a text means by a sign or noun several countries share: "Rs" and "rupees" are India's in
 * an Indian paper and Pakistan's in a Pakistani one, "dirhams" the Emirates' or Morocco's, "lira" Turkey's or
 * Lebanon's. The country the text names most among those that use it decides; the first listed when it names none.
 * The bare "$" has a rule of its own ({@link #dollarOf}).
 */
final class LocalCurrency {

    private record Country(Pattern name, String code) {
    }

    private static Country country(String names, String code) {
        return new Country(Pattern.compile("\\b(?:" + names + ")"), code);
    }

    private static final String CFA_WEST = "Senegal|Ivory Coast|Côte d'Ivoire|Cote d'Ivoire|Mali\\b|Burkina|"
            + "Niger(?!ia)|Benin|Togo|Dakar|Abidjan|Bamako";
    private static final String CFA_CENTRAL = "Cameroon|Gabon|Chad|Central African Republic|Equatorial Guinea|"
            + "Congo-Brazzaville|Republic of (?:the )?Congo|Douala|Yaoundé|Libreville";

    /** For each currency a shared sign or noun is read as alone: the countries that use it, that one's first. */
    private static final Map<String, List<Country>> SHARED = Map.ofEntries(
            // Cities as a dateline writes them too ("ISLAMABAD —"), in any case.
            Map.entry("INR", List.of(country("India|(?i:Delhi|Mumbai|Bengaluru|Bangalore|Chennai|Kolkata)", "INR"),
                    country("Pakistan|(?i:Islamabad|Karachi|Lahore)", "PKR"), country("Sri Lanka|(?i:Colombo)", "LKR"),
                    country("Nepal|(?i:Kathmandu)", "NPR"), country("Mauriti|Port Louis", "MUR"),
                    country("Seychell", "SCR"))),
            Map.entry("MXN", List.of(country("Mexic", "MXN"), country("Argentin|(?i:Buenos Aires)", "ARS"), country("Chile|(?i:Santiago)", "CLP"),
                    country("Colombia|(?i:Bogot)", "COP"), country("Philippin|Filipino|Pilipinas|(?i:Manila)", "PHP"),
                    country("Uruguay|(?i:Montevideo)", "UYU"),
                    country("Dominican Republic|(?i:Santo Domingo)", "DOP"), country("Cuba|(?i:Havana)", "CUP"))),
            Map.entry("KES", List.of(country("Kenya|Nairobi", "KES"), country("Uganda|Kampala", "UGX"),
                    country("Tanzania|Dar es Salaam|Dodoma", "TZS"), country("Somali|Mogadishu", "SOS"))),
            Map.entry("AED", List.of(country("Emirat|UAE|Dubai|Abu Dhabi", "AED"),
                    country("Morocc|Rabat|Casablanca", "MAD"))),
            Map.entry("TRY", List.of(country("Turk|Türk|Ankara|Istanbul", "TRY"), country("Leban|Beirut", "LBP"),
                    country("Syria|Damascus", "SYP"))),
            Map.entry("GBP", List.of(country("Brit|UK\\b|U\\.K\\.|England|London|Scotland|Wales", "GBP"),
                    country("Egypt|Cairo", "EGP"), country("Leban|Beirut", "LBP"), country("Sudan|Khartoum", "SDG"),
                    country("Syria|Damascus", "SYP"))),
            Map.entry("CHF", List.of(country("Swiss|Switzerland|Zurich|Geneva", "CHF"), country(CFA_WEST, "XOF"),
                    country(CFA_CENTRAL, "XAF"), country("Rwanda|Kigali", "RWF"), country("Burundi", "BIF"),
                    country("Conakry", "GNF"), country("Djibouti", "DJF"))),
            Map.entry("XOF", List.of(country(CFA_WEST, "XOF"), country(CFA_CENTRAL, "XAF"))),
            Map.entry("KWD", List.of(country("Kuwait", "KWD"), country("Bahrain|(?i:Manama)", "BHD"), country("Jordan|Amman", "JOD"),
                    country("Iraq|Baghdad", "IQD"), country("Algeria|Algiers", "DZD"), country("Tunisia|Tunis\\b", "TND"),
                    country("Libya|Tripoli", "LYD"), country("Serbia|Belgrade", "RSD"))),
            Map.entry("SAR", List.of(country("Saudi|Riyadh|Jeddah", "SAR"), country("Qatar|Doha", "QAR"),
                    country("Oman|Muscat", "OMR"), country("Yemen|Sanaa|Aden", "YER"), country("Seychell", "SCR"))),
            Map.entry("IRR", List.of(country("Iran|Tehran", "IRR"), country("Oman|Muscat", "OMR"),
                    country("Yemen|Sanaa|Aden", "YER"))),
            Map.entry("SEK", List.of(country("Swed|(?i:Stockholm)", "SEK"), country("Iceland|(?i:Reykjavik)", "ISK"),
                    country("Norw|(?i:Oslo)", "NOK"), country("Denmark|Danish|(?i:Copenhagen)", "DKK"),
                    country("Czech|(?i:Prague)", "CZK"))),
            Map.entry("AZN", List.of(country("Azerbaijan|Azeri|(?i:Baku)", "AZN"),
                    country("Turkmen|(?i:Ashgabat)", "TMT"))),
            Map.entry("ETB", List.of(country("Ethiopia|(?i:Addis Ababa)", "ETB"), country("Belarus|(?i:Minsk)", "BYN"))),
            Map.entry("NOK", List.of(country("Norw|Oslo", "NOK"), country("Denmark|Danish|Copenhagen", "DKK"))),
            Map.entry("PHP", List.of(country("Philippin|Filipino|Pilipinas|(?i:Manila)", "PHP"),
                    country("Botswana|(?i:Gaborone)", "BWP"))),
            Map.entry("ZMW", List.of(country("Zambia|Lusaka", "ZMW"), country("Malawi|Lilongwe", "MWK"),
                    country("Myanmar|Burm|Yangon|Naypyidaw", "MMK"), country("Papua New Guinea|Port Moresby", "PGK"))),
            Map.entry("RON", List.of(country("Romania|(?i:Bucharest)", "RON"), country("Moldov|(?i:Chisinau|Chișinău)",
                    "MDL"))),
            Map.entry("BND", List.of(country("Brunei|(?i:Bandar Seri Begawan)", "BND"),
                    country("Bahamas|(?i:Nassau)", "BSD"))));

    private static final Pattern KRONA = Pattern.compile("(?i)\\bkr[oó]n(?:a|or|ur)\\b");

    /** How each shared currency is written when the figure does not say which country's it is. */
    private static final Map<String, Pattern> SHARED_WRITING = Map.ofEntries(
            Map.entry("INR", Pattern.compile("(?i)\\bRs(?![\\p{L}])|rupees?|paisas?|paise")),
            Map.entry("MXN", Pattern.compile("(?i)pesos?|centavos?")),
            Map.entry("KES", Pattern.compile("\\bShs?(?![\\p{L}])|(?i:shillings?)")),
            Map.entry("AED", Pattern.compile("\\bDhs?(?![\\p{L}])|(?i:dirhams?)")),
            Map.entry("TRY", Pattern.compile("(?i)\\blir[ae]s?\\b")),
            Map.entry("GBP", Pattern.compile("(?i)pounds?")),
            Map.entry("CHF", Pattern.compile("(?i)francs?")),
            Map.entry("XOF", Pattern.compile("(?i)F?CFA")),
            Map.entry("KWD", Pattern.compile("(?i)dinars?")),
            Map.entry("SAR", Pattern.compile("(?i)riyals?|(?-i:\\bSR(?=\\s?\\d))")),
            Map.entry("IRR", Pattern.compile("(?i)rials?")),
            Map.entry("SEK", Pattern.compile("(?i)krona|kronor|\\bkr\\b|\\bcrowns?\\b")),
            Map.entry("AZN", Pattern.compile("(?i)manats?")),
            Map.entry("ETB", Pattern.compile("\\bBr(?=\\s?\\d)")),
            Map.entry("NOK", Pattern.compile("(?i)krone|kroner")),
            Map.entry("PHP", Pattern.compile("\\bP(?=\\d)")),
            Map.entry("ZMW", Pattern.compile("(?i)kwacha|(?-i:\\bK(?=\\d))")),
            Map.entry("RON", Pattern.compile("(?i)\\blei\\b|\\bleu\\b")),
            Map.entry("BND", Pattern.compile("(?<![\\p{L}])B\\$")));

    /** Where a text's bare "$" may be its own country's dollar: the country, or its cities as a dateline writes them. */
    private static final List<Country> DOLLAR_COUNTRIES = List.of(
            country("Australia|(?i:Sydney|Melbourne|Brisbane|Canberra|Adelaide|Perth|Hobart|Darwin)", "AUD"),
            country("Canad|Ontario|Quebec|Québec|Alberta|British Columbia|(?i:Toronto|Ottawa|Montreal|Vancouver|"
                    + "Calgary)", "CAD"),
            country("New Zealand|(?i:Auckland|Wellington)", "NZD"),
            // Singapore in any case, as its papers' datelines write it ("SINGAPORE -"), and what only Singapore has:
            // its housing board's flats, its certificates to own a car, its pension fund
            country("(?i:Singapore)|HDB\\b|COEs?\\b|CPF\\b", "SGD"), country("Hong Kong", "HKD"),
            country("Taiwan", "TWD"));
    /**
     * A text that marks other dollars ("A$", "C$") means the US dollar by a bare "$"; not when the mark only prices
     * the dollar against the US one ("The Singdollar traded at S$1.3452 to the US dollar" in a Singapore paper).
     */
    private static final Pattern MARKED_DOLLARS = Pattern.compile("(?<![\\p{L}])(?:A|C|NZ|S|HK|NT)\\$(?![\\d.,]+\\s+"
            + "(?:to|per|against)\\s+(?:the\\s+|one\\s+)?(?:US|U\\.S\\.)\\s+dollar)");
    /** "PERTH —", "SYDNEY, March 21 (Reuters) -": the city a report was filed in, as its first words write it. */
    private static final Pattern DATELINE = Pattern.compile("(?m)^(\\p{Lu}[\\p{Lu} .'-]{2,30}?)(?:,[^\\n]{0,40}?)?"
            + "\\s+[—–-]\\s");
    /** "US$100", "US $ 2.1": the US dollar marked as such, not a rate's "/US$" or "to the US dollar". */
    private static final Pattern US_DOLLAR_MARKED = Pattern.compile("(?<![\\p{L}/])US ?\\$ ?\\d");
    private static final Pattern UNITED_STATES = Pattern.compile(
            "\\bU\\.S\\.|\\bUnited States\\b|\\bAmerica|\\bWashington\\b|\\bUS\\b(?!\\$)");
    private static final Pattern ADJECTIVE_BEFORE_NOUN = Pattern.compile("(?i)(?:"
            + org.factline.measure.Currencies.ADJECTIVE_PATTERN + ")\\s+\\p{L}");

    private final String text;
    private final Map<String, String> chosen = new HashMap<>();

    /** The currencies one text means; each choice is made once per text. */
    LocalCurrency(String text) {
        this.text = text;
    }

    /**
     * The currency the text means by a figure read as {@code code}, written as {@code figure}; {@code code} itself
     * when the figure names its country ("Pakistani rupees", "KSh", "₹") or the currency is no shared one.
     *
     * @param fromSentence whether the currency came from the sentence, not the figure (an exchange rate: "the lira
     *                     traded at 89,500 to the dollar"), so that the figure's own writing cannot say
     * @param sentence     the figure's sentence: one that names a single country using the currency decides for it
     *                     ("In Jordan, … the dinar stays pegged at 0.709 per dollar" in a text mostly about Bahrain)
     */
    String of(String code, String figure, boolean fromSentence, String sentence) {
        if (code.equals("USD")) {
            return figure.matches("[-−]?\\$(?!US).*") ? chosen.computeIfAbsent("$", k -> dollarOf(text)) : code;
        }
        Pattern writing = SHARED_WRITING.get(code);
        if (writing == null || !fromSentence && (!writing.matcher(figure).find() || namesItsCountry(figure))) {
            return code;
        }
        // "krona" and "kronor" are Sweden's and Iceland's only; Norway and Denmark have the krone
        boolean krona = KRONA.matcher(fromSentence ? sentence : figure).find();
        List<Country> users = krona ? SHARED.get(code).stream()
                .filter(c -> c.code().equals("SEK") || c.code().equals("ISK")).toList() : SHARED.get(code);
        // "The rupee, pegged to the Indian rupee at 1.6 to one, traded at Rs 133.5": the country a currency is pegged
        // to or quoted against is not the one whose currency the figure is in
        String own = QUOTED_AGAINST.matcher(sentence).replaceAll("");
        List<Country> named = users.stream().filter(c -> c.name().matcher(own).find()).toList();
        if (named.size() == 1) {
            return named.get(0).code();
        }
        return chosen.computeIfAbsent(krona ? code + " krona" : code, c -> mostNamed(users, text, code, 0));
    }

    /** "pegged to the Indian", "against the Indian": a country named for the currency another is quoted in. */
    private static final Pattern QUOTED_AGAINST = Pattern.compile("(?i)\\b(?:(?:pegged|tied|linked|fixed)\\s+"
            + "(?:to|with)|against|versus)\\s+the\\s+\\p{L}+");

    /** "Pakistani rupees" names its country; "CFA francs" does not (West and Central Africa have one each). */
    private static boolean namesItsCountry(String figure) {
        return ADJECTIVE_BEFORE_NOUN.matcher(figure.replaceFirst("(?<!African )\\bCFA\\b", "")).find();
    }

    /** The code of the country the text names most, and more than {@code moreThan} times, or {@code otherwise}. */
    private static String mostNamed(List<Country> countries, String text, String otherwise, long moreThan) {
        String best = otherwise;
        long most = moreThan;
        for (Country c : countries) {
            long n = c.name().matcher(text).results().count();
            if (n > most) {
                most = n;
                best = c.code();
            }
        }
        return best;
    }

    /**
     * Whether a currency read from a noun ({@code noun}: "peso" is MXN alone) can be the one a sign names ("P",
     * PHP): the same, or one of the countries that share the noun.
     */
    static boolean same(String noun, String sign) {
        return noun.equals(sign) || SHARED.getOrDefault(noun, List.of()).stream().anyMatch(c -> c.code().equals(sign));
    }

    /**
     * The currency a text means by "P" before a number, by the country it names most: the Philippine peso or
     * Botswana's pula; null when it names neither.
     */
    static String pOf(String text) {
        return mostNamed(SHARED.get("PHP"), text, null, 0);
    }

    /** The peso a text means, by the country it names most; Mexico's when it names none. */
    static String pesoOf(String text) {
        return mostNamed(SHARED.get("MXN"), text, "MXN", 0);
    }

    /**
     * The dollar a text means by a bare "$": the US dollar, unless the text names a dollar country at least twice,
     * more often than the United States and than any other country whose currency it knows, and marks no dollar with
     * its own sign; or marks the US dollar as "US$" and was filed in a dollar country, as its dateline says. A Sydney
     * paper writes "$796,000" for a house and "US$" for the US dollar; a wire writes "A$" for the Australian one; a
     * Mexico City wire on Mexico and Canada means US dollars.
     */
    static String dollarOf(String text) {
        if (MARKED_DOLLARS.matcher(text).find()) {
            return "USD";
        }
        Matcher dateline;
        if (US_DOLLAR_MARKED.matcher(text).find() && (dateline = DATELINE.matcher(text)).find()) {
            // "PERTH — Iron ore … slid below US$100 a tonne … worth $124 billion": a paper filed in a dollar
            // country that marks the US dollar means its own by a bare "$" (a Hanoi report that names Singapore as
            // an investor does not; nor does a wire from Hong Kong that writes no "US$")
            for (Country c : DOLLAR_COUNTRIES) {
                if (c.name().matcher(dateline.group(1)).find()) {
                    return c.code();
                }
            }
        }
        // The dollar countries are counted first: most texts name none of them twice, and then the other countries'
        // names, many patterns over the whole text, need not be counted at all.
        String dollar = mostNamed(DOLLAR_COUNTRIES, text, "USD", 1);
        if (dollar.equals("USD")) {
            return dollar;
        }
        long named = DOLLAR_COUNTRIES.stream().filter(c -> c.code().equals(dollar)).findFirst().orElseThrow().name()
                .matcher(text).results().count();
        if (named <= UNITED_STATES.matcher(text).results().count()) {
            return "USD";
        }
        for (Country c : OTHER_COUNTRIES) {
            if (c.name().matcher(text).results().count() >= named) {
                return "USD";
            }
        }
        return dollar;
    }

    /** The countries of the shared currencies above, which use no dollar: each one's names. */
    private static final List<Country> OTHER_COUNTRIES = SHARED.values().stream().flatMap(List::stream)
            .collect(java.util.stream.Collectors.toMap(Country::code, c -> c, (a, b) -> a)).values().stream()
            .toList();
}
