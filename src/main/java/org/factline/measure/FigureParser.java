package org.factline.measure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads one figure as a person writes it ({@code $100 million}, {@code 8.6%}, {@code 85 per cent},
 * {@code 500,000 free doses}, {@code £2.5bn}, {@code KGS 37 billion}) into a {@link StatedFigure} with its
 * scale word normalised away. Finding figures in running text is the extraction feature's job; this reads one.
 */
public final class FigureParser {

    private static final Map<String, String> CURRENCY_PREFIXES = Map.ofEntries(
            Map.entry("US$", "USD"), Map.entry("$", "USD"), Map.entry("£", "GBP"), Map.entry("€", "EUR"),
            Map.entry("¥", "JPY"), Map.entry("₽", "RUB"), Map.entry("₹", "INR"), Map.entry("RS", "INR"),
            Map.entry("RS.", "INR"), Map.entry("C$", "CAD"), Map.entry("A$", "AUD"),
            Map.entry("R$", "BRL"), Map.entry("SH", "KES"), Map.entry("N", "NGN"), Map.entry("₦", "NGN"),
            Map.entry("R", "ZAR"), Map.entry("HK$", "HKD"), Map.entry("S$", "SGD"), Map.entry("NZ$", "NZD"),
            Map.entry("NT$", "TWD"), Map.entry("MEX$", "MXN"), Map.entry("RMB", "CNY"), Map.entry("RP", "IDR"),
            Map.entry("₩", "KRW"), Map.entry("₱", "PHP"), Map.entry("₺", "TRY"), Map.entry("₴", "UAH"),
            Map.entry("₸", "KZT"), Map.entry("₫", "VND"), Map.entry("฿", "THB"), Map.entry("BT", "THB"), Map.entry("BR", "ETB"), Map.entry("৳", "BDT"),
            Map.entry("KSH", "KES"), Map.entry("USH", "UGX"), Map.entry("TSH", "TZS"), Map.entry("GH¢", "GHS"),
            Map.entry("GH₵", "GHS"), Map.entry("TK", "BDT"), Map.entry("E£", "EGP"), Map.entry("US", "USD"),
            Map.entry("P", "PHP"), Map.entry("SR", "SAR"), Map.entry("QR", "QAR"), Map.entry("DH", "AED"),
            Map.entry("DHS", "AED"), Map.entry("KD", "KWD"), Map.entry("BD", "BHD"), Map.entry("RO", "OMR"),
            Map.entry("RM", "MYR"), Map.entry("SHS", "KES"), Map.entry("S/", "PEN"), Map.entry("S/.", "PEN"),
            Map.entry("KZ", "AOA"), Map.entry("MK", "MWK"), Map.entry("JD", "JOD"), Map.entry("FCFA", "XOF"),
            Map.entry("CFA", "XOF"), Map.entry("₾", "GEL"), Map.entry("₼", "AZN"), Map.entry("₮", "MNT"),
            Map.entry("₭", "LAK"), Map.entry("៛", "KHR"), Map.entry("₲", "PYG"), Map.entry("₵", "GHS"),
            Map.entry("₪", "ILS"), Map.entry("N$", "NAD"), Map.entry("J$", "JMD"), Map.entry("TT$", "TTD"),
            Map.entry("RD$", "DOP"), Map.entry("EC$", "XCD"), Map.entry("NIS", "ILS"), Map.entry("KR", "SEK"), Map.entry("W", "KRW"),
            Map.entry("TL", "TRY"), Map.entry("LE", "EGP"), Map.entry("FT", "HUF"), Map.entry("KČ", "CZK"),
            Map.entry("FR.", "CHF"), Map.entry("SFR", "CHF"), Map.entry("RB", "RUB"), Map.entry("DA", "DZD"),
            Map.entry("COP$", "COP"), Map.entry("COL$", "COP"), Map.entry("CLP$", "CLP"), Map.entry("AR$", "ARS"),
            Map.entry("MXN$", "MXN"), Map.entry("MX$", "MXN"), Map.entry("CA$", "CAD"), Map.entry("AU$", "AUD"),
            Map.entry("UY$", "UYU"), Map.entry("$U", "UYU"), Map.entry("BZ$", "BZD"), Map.entry("FJ$", "FJD"),
            Map.entry("F$", "FJD"), Map.entry("BDS$", "BBD"), Map.entry("BBD$", "BBD"), Map.entry("SRD$", "SRD"),
            Map.entry("B$", "BND"), Map.entry("K", "ZMW"), Map.entry("Q", "GTQ"), Map.entry("E", "SZL"),
            Map.entry("M", "LSL"), Map.entry("₡", "CRC"),
            Map.entry("B/.", "PAB"),
            Map.entry("CFAF", "XOF"), Map.entry("SDR", "XDR"), Map.entry("PHP", "PHP"), Map.entry("$US", "USD"),
            Map.entry("OR", "OMR"), Map.entry("ARS$", "ARS"), Map.entry("CAD$", "CAD"), Map.entry("AUD$", "AUD"),
            Map.entry("NZD$", "NZD"), Map.entry("SGD$", "SGD"), Map.entry("HKD$", "HKD"), Map.entry("USD$", "USD"),
            Map.entry("ZŁ", "PLN"), Map.entry("RWF", "RWF"), Map.entry("FRW", "RWF"), Map.entry("G.", "PYG"),
            Map.entry("GS.", "PYG"), Map.entry("BS", "VES"), Map.entry("BS.", "VES"), Map.entry("G$", "GYD"),
            Map.entry("KM", "BAM"), Map.entry("ZIG", "ZWG"), Map.entry("NU", "BTN"), Map.entry("NU.", "BTN"));

    /**
     * Prefixes written onto a number that are as often part of a name ("N95", "R21", "US100"): a currency only where
     * the text around says so ("N27.5 trillion", "R17.62/$", "US66.2 cents"), which the extractor judges.
     */
    public static final java.util.List<String> NAME_LIKE_PREFIXES = java.util.List.of("N", "R", "US", "P", "W", "K",
            "Q", "E", "M");

    /**
     * Abbreviations that are currencies only in capitals and right before a number: "OR 14.4 billion", not "or 5%";
     * the guaraní's "G. 7,300", not "e.g. 5"; the convertible mark's "KM 7.4 billion", not "km 42"; the Egyptian
     * pound's "LE 50", not the news site "Le360".
     */
    private static final Set<String> UPPER_CASE_ONLY = Set.of("OR", "G.", "KM", "LE");
    /**
     * Signs written in mixed case, and only so, right before a number: the bolívar's "Bs 36.17", "Bs. 36.17", the
     * ngultrum's "Nu 7.6 billion".
     */
    private static final Map<String, String> MIXED_CASE_ONLY = Map.of("BS", "Bs", "BS.", "Bs.", "NU", "Nu", "NU.",
            "Nu.");

    /**
     * The currency signs and abbreviations written before an amount, as a regular expression, longest first (so
     * that {@code HK$} is not read as {@code $}). Letters must not follow a letter ({@code Rp} in a word is none);
     * {@link #NAME_LIKE_PREFIXES} are left out.
     */
    public static final String CURRENCY_SIGNS = CURRENCY_PREFIXES.keySet().stream()
            .filter(k -> !NAME_LIKE_PREFIXES.contains(k))
            .sorted(java.util.Comparator.comparingInt(String::length).reversed().thenComparing(k -> k))
            .map(k -> !Character.isLetter(k.charAt(0)) ? Pattern.quote(k)
                    : UPPER_CASE_ONLY.contains(k) ? "(?<![\\p{L}])" + Pattern.quote(k) + "(?=\\s?(?:\\d|$))"
                    : MIXED_CASE_ONLY.containsKey(k) ? "(?<![\\p{L}])(?-i:" + Pattern.quote(MIXED_CASE_ONLY.get(k))
                    + ")(?=\\s?(?:\\d|$))"
                    : "(?<![\\p{L}])(?iu:" + Pattern.quote(k) + ")")
            .collect(Collectors.joining("|"));

    /**
     * Hundredths of a currency: "20 cents" is 0.20 dollars, "100 fils" one UAE dirham (the fils of the dinar
     * countries, thousandths, the extractor does not read as money), "25 centavos" a quarter of a peso (which
     * country's peso is the extractor's judgement).
     */
    private static final Map<String, String> HUNDREDTHS = Map.ofEntries(Map.entry("cents", "USD"),
            Map.entry("cent", "USD"), Map.entry("pence", "GBP"), Map.entry("p", "GBP"), Map.entry("kopecks", "RUB"),
            Map.entry("paise", "INR"), Map.entry("fils", "AED"), Map.entry("halalas", "SAR"), Map.entry("kobo", "NGN"),
            Map.entry("groszy", "PLN"), Map.entry("satang", "THB"), Map.entry("centavos", "MXN"),
            Map.entry("centavo", "MXN"), Map.entry("paisa", "INR"), Map.entry("paisas", "INR"), Map.entry("sen", "MYR"),
            Map.entry("piastres", "EGP"));

    /**
     * "tradespeople", "schoolchildren", "fishermen", "craftswomen", "servicemen": compounds of irregular plurals;
     * "Senegalese", "Vietnamese": people of a country, whose plural has no s.
     */
    private static final Pattern COMPOUND_PEOPLE = Pattern.compile(
            "\\p{L}{3,}(?:people|children|(?:s|er|ce)(?:wo)?men)"
                    + "|(?!(?:che|dioc|ob|manga|journal|legal)ese$)\\p{L}{2,}ese");
    /** Nouns counted without a plural -s. */
    private static final Set<String> IRREGULAR_PLURALS = Set.of(
            "people", "staff", "cattle", "livestock", "sheep", "personnel", "children", "men", "women", "police",
            "crew", "fish", "aircraft", "deer", "swine", "poultry", "equipment", "bitcoin", "head",
            // hundredths of a currency without a plural -s: "5 paise", "11 paisa", "50 kobo"
            "paise", "paisa", "kobo", "satang", "groszy", "sen", "pence",
            // containers, counted in twenty-foot equivalent units: "16.8 million TEUs", "13.4 million TEU"
            "teu", "teus",
            // people of a country whose plural ends in -is, which ends no other plural ("crisis", "basis")
            "nepalis", "pakistanis", "bangladeshis", "israelis", "iraqis", "kuwaitis", "saudis", "emiratis", "omanis",
            "qataris", "yemenis", "somalis", "bahrainis", "azeris");

    /** A country's adjective before a currency noun: "Australian" in "Australian dollars". */
    private static final Pattern ADJECTIVE_BEFORE_CURRENCY = Pattern.compile("^(?i)(?:" + Currencies.ADJECTIVE_PATTERN
            + ")\\s+(?=(?:" + Currencies.NOUN_PATTERN + ")(?![\\p{L}]))");
    /** "US" before "cents": "71.05 US cents". */
    private static final Pattern US_BEFORE_CENTS = Pattern.compile("^(?:US|U\\.S\\.)\\s+(?=cents?\\b)");

    /**
     * An acronym, or its plural: a count of them keeps its capitals and is named in the plural, as every count is
     * ("16.8 million TEUs", "13.4 million TEU" and "50,000 SUVs" count TEUs and SUVs).
     */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}s?");

    /** Words ending in s that are no plurals: "2.16 million overseas Filipino workers" counts workers. */
    private static final Set<String> NOT_PLURALS = Set.of(
            "overseas", "always", "perhaps", "towards", "afterwards", "besides", "sometimes", "whereas", "nowadays",
            "news", "series", "species", "mathematics", "economics", "politics", "physics");

    /**
     * What a figure may be stated per ("a day", "per barrel", "per kg"), as a regular expression without groups: the
     * extractor takes the same words into a figure as this reader takes out of its unit.
     */
    public static final String RATE_NOUNS = "day|week|month|quarter(?!\\s+of\\b)|year|hour|night|head|capita|person|"
            // "870 litres of water a second", not "a second quarter"
            + "(?:second|minute)(?=\\s*(?:[,.;:)]|$)|\\s+(?:from|to|in|at|and|or|on|into|through|by|for|during|when|"
            + "while|which|but)\\b)|"
            + "household|family|business|worker|employee|pupil|student|patient|unit|vehicle|car|passenger|visitor|room|"
            + "ticket|dose|barrel|bag|sack|bottle|cylinder|packet|dozen|carton|TEU|FEU|"
            + "tonne|ton|share|bushel|pound|gallon|litre|liter|watt|ounce|tael|gram|kg|kilogramme|kilogram|kilo|loaf|"
            + "pyi|viss|"
            + "kgMS|"
            + "quintal|hectare|acre|"
            + "square\\s+(?:metre|meter|foot|feet)|sq\\s+(?:m|ft)|cubic\\s+(?:metre|meter)|metre|meter|kilometre|kilometer|"
            + "km|mile|kilowatt[- ]hour|megawatt[- ]hour|kWh|MWh|MMBtu|million\\s+British\\s+thermal\\s+units";

    /** What may stand before a rate's noun: "a wet tonne", "per metric ton". */
    public static final String RATE_ADJECTIVE = "(?:(?:wet|dry|metric|short|long|troy)\\s+)?";

    /**
     * Any noun after "per", with the size of what it names ("$6.14 per passenger", "$5,117 per 40ft container", "R$125
     * per 60-kg bag", "Shs5,000 per 1,000 sticks"): the rate's noun, in group 1, in lower case. "Per cent" is no
     * rate, nor "per se", nor "per the agreement"; "per dollar" and "per US dollar" are an exchange rate's currency,
     * read as such.
     */
    public static final String PER_ANY_NOUN = "per\\s+(?:\\d+-?\\p{L}{1,8}\\s+|\\d{1,3}(?:,\\d{3})*\\s+)?"
            + "(?!(?:cent|centum|se|the|an?|in|at|of|on|for|and|or|by|to|from|with|"
            + Currencies.NOUN_PATTERN + ")(?![\\p{L}]))(?-i:(\\p{Ll}+))";

    /** "-kilometre" in "Sh500 a tonne-kilometre", "a passenger-mile": a rate noun carried over a distance. */
    public static final String DISTANCE_AFTER = "(?:-(?:kilomet(?:re|er)|km|mile))?";

    /** A rate after a count ("1.2 million barrels a day"): part of the figure as written, not of its unit. */
    private static final Pattern RATE = Pattern.compile("\\s+(?:(?:a|an|per)\\s+" + RATE_ADJECTIVE + "(?:" + RATE_NOUNS
            + ")" + DISTANCE_AFTER + "|" + PER_ANY_NOUN + ")$", Pattern.CASE_INSENSITIVE);

    /** A rate written after a slash, as commodity reports do ("$82.50/bbl", "€85/MWh"), and what it is per. */
    private static final Map<String, String> SLASH_RATES = Map.ofEntries(Map.entry("bbl", "barrel"),
            Map.entry("b", "barrel"), Map.entry("barrel", "barrel"), Map.entry("mmbtu", "MMBtu"),
            Map.entry("mwh", "MWh"), Map.entry("kwh", "kWh"), Map.entry("oz", "ounce"), Map.entry("t", "tonne"),
            Map.entry("mt", "tonne"), Map.entry("tonne", "tonne"), Map.entry("ton", "ton"), Map.entry("kg", "kg"),
            Map.entry("lb", "pound"), Map.entry("gal", "gallon"), Map.entry("gallon", "gallon"),
            Map.entry("bu", "bushel"), Map.entry("sqm", "square metre"), Map.entry("share", "share"),
            Map.entry("quintal", "quintal"), Map.entry("qtl", "quintal"), Map.entry("ha", "hectare"),
            Map.entry("acre", "acre"));

    /** A slash rate after a number, as a regular expression without groups: "/bbl", "/MWh". */
    public static final String SLASH_RATE = "/(?i:" + String.join("|", SLASH_RATES.keySet().stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList()) + ")(?![\\p{L}])";

    /**
     * Barrels a day as oil reports shorten them, as a regular expression whose group is the scale: "9 mb/d" is
     * 9 million, "650 kb/d" and OPEC's "73 tb/d" 650 and 73 thousand; of oil equivalent too ("2.08 million boe/d").
     */
    public static final String SHORT_BARRELS_A_DAY = "(?i:(mm?|k|t)?(?:b/d|bpd|boe/d|boepd))(?![\\p{L}])";
    private static final Pattern SHORT_BARRELS_AT_END = Pattern.compile("(?<![\\p{L}])" + SHORT_BARRELS_A_DAY + "$");
    /** A sign and an amount in brackets, as accounts write a negative one: "$(12.3)". */
    private static final Pattern ACCOUNTING_BRACKETS = Pattern.compile("^([^\\d\\s(]{1,4})\\s?\\((\\d[\\d,.]*)\\)");
    /**
     * Million and lakh metric tonnes as Indian and commodity reports shorten them, and million tonnes a year as gas
     * reports do: "112.9 MMT", "60 LMT", "16 mtpa".
     */
    private static final Pattern SHORT_TONNES_AT_END = Pattern.compile("(?<![\\p{L}])(MMT|LMT|(?i:mtpa))$");

    private static final Pattern BASIS_POINTS = Pattern.compile("-?basis[- ]points?|bps|bp", Pattern.CASE_INSENSITIVE);

    /**
     * ISO 4217 codes that are also words written in capitals before a number ("TOP 10", "ALL 27 members"), and the
     * codes of metals, funds and tests, which no article states an amount in.
     */
    private static final Set<String> CODES_NOT_READ = Set.of("ALL", "TOP", "CUP", "MOP", "SOS", "BOB", "XXX", "XTS",
            "XAU", "XAG", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XSU", "XUA", "XFO", "XFU", "CHE", "CHW", "USN",
            "USS", "BOV", "CLF", "COU", "MXV", "UYI", "UYW");

    /**
     * The ISO 4217 codes Factline knows: the JDK's list of currencies and those the currency nouns name, less {@link
     * #CODES_NOT_READ} (the lek is read as a noun, "ALL" in capitals is not).
     */
    private static final Set<String> KNOWN_CURRENCIES = Stream.concat(
                    java.util.Currency.getAvailableCurrencies().stream().map(java.util.Currency::getCurrencyCode),
                    Currencies.codes().stream())
            .filter(c -> !CODES_NOT_READ.contains(c)).collect(Collectors.toUnmodifiableSet());

    /** The ISO 4217 codes Factline knows, as a regular expression. */
    public static final String CURRENCY_CODES = String.join("|", new java.util.TreeSet<>(KNOWN_CURRENCIES));

    /**
     * A fraction as markets write one after a number, of its last digit: "5-1/4 percent" is 5.25%, "$5.62-1/2 a
     * bushel" $5.625, "$4.28 1/2" $4.285; and alone before its unit, "1/2 cent".
     */
    public static final String FRACTION = "(?:1/2|[13]/4|[1357]/8)(?![\\d/])";
    /** Fractions in one character, in the order of {@link #VULGAR_VALUES}. */
    private static final String VULGAR_FRACTIONS = "½¼¾⅛⅜⅝⅞";
    private static final String[] VULGAR_VALUES = {"0.5", "0.25", "0.75", "0.125", "0.375", "0.625", "0.875"};
    /** A fraction in one character, written onto a whole number as papers set it: the ½ of "2½%". */
    public static final String VULGAR_FRACTION = "[" + VULGAR_FRACTIONS + "]";

    private static final Pattern FIGURE = Pattern.compile(
            "(?<sign>[-−–+]|minus\\s)?\\s*(?<cur>" + CURRENCY_SIGNS + "|(?-i:" + String.join("|", NAME_LIKE_PREFIXES) + ")(?=\\d)|[A-Z]{3}(?=\\s*\\d))?\\s*"
                    + "(?:(?<fraction>" + FRACTION + ")|(?<num>\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|"
                    + "\\d+(?:\\.\\d+)?)(?<frac>(?:-|\\s)" + FRACTION + "|" + VULGAR_FRACTION + ")?|(?<words>" + NumberWords.WORDS
                    + ")(?=" + NumberWords.FOLLOWED + "|\\s*$))"
                    + "(?:(?:\\s*|-(?=[a-z]{4}))(?<scale>" + ScaleWord.allSpellingsLongestFirst().stream().map(Pattern::quote)
                    .collect(Collectors.joining("|")) + ")\\b)?"
                    + "(?:\\s+(?<num2>\\d{1,3})\\s+(?<scale2>thousand|hundred)\\b)?"
                    + "\\s*(?<rest>.*)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private FigureParser() {
    }

    /** The currency a word names ("dollar" USD, "soms" KGS, "rouble" RUB), if it names one. */
    public static Optional<String> currencyOfWord(String word) {
        return Currencies.ofNoun(word);
    }

    /** Whether letters written before an amount are a currency's sign or abbreviation ("SR", "KSh", "Rs"). */
    public static boolean isCurrencySign(String letters) {
        return CURRENCY_PREFIXES.containsKey(letters.toUpperCase(Locale.ROOT))
                || letters.length() == 3 && letters.equals(letters.toUpperCase(Locale.ROOT)) && isKnownCurrency(letters);
    }

    /** Whether letters are one of Factline's currency signs or abbreviations ("RMB", "KSh"), not only an ISO code. */
    public static boolean isKnownSign(String letters) {
        return CURRENCY_PREFIXES.containsKey(letters.toUpperCase(Locale.ROOT));
    }

    /** What a slash rate is per: "/bbl" a barrel, "/oz" an ounce. */
    public static String perOfSlashRate(String written) {
        return SLASH_RATES.getOrDefault(written.replaceFirst("^/", "").toLowerCase(Locale.ROOT), written);
    }

    /** Whether Factline knows the ISO 4217 code ("KGS", "USD"). */
    public static boolean isKnownCurrency(String code) {
        return KNOWN_CURRENCIES.contains(code);
    }

    /**
     * "4,56%", "12,5 billion", "R$ 5,35": a comma before one or two digits that end a number of at most three digits,
     * then a percent sign or a scale word, or after a currency's sign, is a decimal comma, as texts translated from
     * Portuguese, Spanish, Polish or Russian write it (a comma that groups thousands is followed by three digits).
     */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d.,])(?:(?<=(?:R\\$|[$€£₽])\\s?)\\d{1,3},"
            + "\\d{1,2}(?![\\d,]|\\.\\d)|\\d{1,3},\\d{1,2}(?=\\s?(?:%|(?:percent|per\\s+cent|trillion|billion|million|"
            + "thousand|tln|trln|trn|bln|bn|mln|mn)(?![\\p{L}]))))");

    /** The text with its decimal commas written as points, letter for letter in the same places. */
    public static String decimalPoints(String text) {
        Matcher m = DECIMAL_COMMA.matcher(text);
        if (!m.find()) {
            return text;
        }
        char[] chars = text.toCharArray();
        do {
            chars[text.indexOf(',', m.start())] = '.';
        } while (m.find());
        return new String(chars);
    }

    /**
     * Parses a single figure.
     *
     * @param text        the figure as written
     * @param defaultUnit the unit to use when the text names none (a bare "1.5" of an index), or null
     * @throws IllegalArgumentException saying what in {@code text} could not be read
     */
    public static StatedFigure parse(String text, String defaultUnit) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A figure is required, e.g. 8.6%, $100 million or 500,000 doses");
        }
        // "US $5.72 billion", as some papers space it, is "US$5.72 billion"; "9 mb/d" is "9 million bpd"
        String written = decimalPoints(text.strip()).replaceFirst("^(?:US|U\\.S\\.) \\$", "US\\$");
        // "$(12.3) million", as accounts write a negative amount: "-$12.3 million"
        written = ACCOUNTING_BRACKETS.matcher(written).replaceFirst("-$1$2");
        Matcher bpd = SHORT_BARRELS_AT_END.matcher(written);
        if (bpd.find()) {
            String scale = bpd.group(1) == null ? ""
                    : bpd.group(1).equalsIgnoreCase("k") || bpd.group(1).equalsIgnoreCase("t") ? " thousand" : " million";
            written = written.substring(0, bpd.start()) + scale + " bpd";
        }
        Matcher tonnes = SHORT_TONNES_AT_END.matcher(written);
        if (tonnes.find()) {
            String unit = tonnes.group(1).equals("MMT") ? "million tonnes"
                    : tonnes.group(1).equals("LMT") ? "lakh tonnes" : "million tonnes a year";
            written = written.substring(0, tonnes.start()) + unit;
        }
        Matcher m = FIGURE.matcher(written);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a figure: no number found");
        }
        BigDecimal stated = m.group("num") != null ? new BigDecimal(m.group("num").replace(",", ""))
                : m.group("fraction") != null ? fraction(m.group("fraction"))
                : NumberWords.value(m.group("words")).orElseThrow();
        if (m.group("frac") != null) {
            // the fraction of the number's last digit: "5-1/4" is 5.25, "5.62-1/2" 5.625, "2½" 2.5
            String frac = m.group("frac");
            stated = stated.add(fraction(frac.length() == 1 ? frac : frac.substring(1)).movePointLeft(stated.scale()));
        }
        if (m.group("sign") != null && !"+".equals(m.group("sign"))) {
            stated = stated.negate();
        }
        ScaleWord scale = ScaleWord.fromText(m.group("scale")).orElse(null);
        String rest = m.group("rest") == null ? "" : m.group("rest").strip();
        int exponent = scale == null ? 0 : scale.exponent();
        String unit;
        // "71.05 US cents", as Canadian papers give their dollar's price: cents of a US dollar
        String firstRestWord = US_BEFORE_CENTS.matcher(rest).replaceFirst("").split("\\s+")[0]
                .toLowerCase(Locale.ROOT);
        if (m.group("cur") == null && BASIS_POINTS.matcher(rest).matches()) {
            // "25 basis points" is a quarter of a percentage point.
            unit = Units.PERCENTAGE_POINT;
            exponent -= 2;
        } else if (HUNDREDTHS.containsKey(firstRestWord) && (m.group("cur") == null
                || HUNDREDTHS.get(firstRestWord).equals(CURRENCY_PREFIXES.get(m.group("cur").toUpperCase(Locale.ROOT))))
                || CENTS_WRITTEN_ON.matcher(rest).matches()
                && (m.group("cur") == null || "US".equals(m.group("cur")))) {
            // "20 cents", "20c", "5c a litre", and "US66.2 cents" or "US66.12c" as Australian papers write the US
            // dollar's price
            unit = HUNDREDTHS.getOrDefault(firstRestWord, "USD");
            exponent -= 2;
        } else {
            unit = unitOf(m.group("cur"), rest, defaultUnit, text);
        }
        BigDecimal value = exponent == 0 ? stated : stated.scaleByPowerOfTen(exponent);
        if (m.group("num2") != null && scale != null) {
            // "2 million 300 thousand": the second part adds to the first.
            value = value.add(new BigDecimal(m.group("num2")).scaleByPowerOfTen(
                    m.group("scale2").equalsIgnoreCase("thousand") ? 3 : 2));
        }
        return new StatedFigure(text.strip(), stated, scale, unit, value);
    }

    /** "c" written onto a number, alone or before what it is the price of: "20c", "5c a litre". */
    private static final Pattern CENTS_WRITTEN_ON = Pattern.compile("c(?:\\s+(?:an?|per)\\s+\\p{L}+)?");

    public static StatedFigure parse(String text) {
        return parse(text, null);
    }

    /** "3/4" as 0.75: halves, quarters and eighths, each exact in decimals. */
    private static BigDecimal fraction(String written) {
        int vulgar = VULGAR_FRACTIONS.indexOf(written);
        if (vulgar >= 0) {
            return new BigDecimal(VULGAR_VALUES[vulgar]);
        }
        int slash = written.indexOf('/');
        return new BigDecimal(written.substring(0, slash).strip())
                .divide(new BigDecimal(written.substring(slash + 1).strip()));
    }

    private static String unitOf(String currencyPrefix, String rest, String defaultUnit, String text) {
        String restText = rest == null ? "" : rest.strip();
        if (currencyPrefix == null && defaultUnit != null && RATE.matcher(" " + restText).matches()) {
            return defaultUnit; // "1,960 a share" after "₹1,865-": the rate is written, the currency was before
        }
        if (currencyPrefix != null) {
            String prefix = currencyPrefix.toUpperCase(Locale.ROOT);
            String code = CURRENCY_PREFIXES.getOrDefault(prefix, prefix);
            if (!CURRENCY_PREFIXES.containsKey(prefix) && !KNOWN_CURRENCIES.contains(code)) {
                throw new IllegalArgumentException("'" + text + "': unknown currency code " + currencyPrefix);
            }
            return code;
        }
        if (restText.isEmpty()) {
            if (defaultUnit == null) {
                throw new IllegalArgumentException("'" + text + "' names no unit");
            }
            return defaultUnit;
        }
        if (restText.matches("(?i)x\\s+\\p{L}.*")) {
            return "times"; // "30x earnings"
        }
        String normalised = Units.normalise(restText);
        if (Units.PERCENT.equals(normalised) || Units.PERCENTAGE_POINT.equals(normalised)) {
            return normalised;
        }
        Optional<String> national = Currencies.ofNationalNoun(restText);
        if (national.isPresent()) {
            return national.get(); // "Australian dollars", "CFA francs"
        }
        String currencyText = ADJECTIVE_BEFORE_CURRENCY.matcher(restText).replaceFirst("");
        String firstWord = currencyText.split("\\s+")[0].toLowerCase(Locale.ROOT);
        Optional<String> noun = Currencies.ofNoun(firstWord);
        if (noun.isPresent()) {
            return noun.get();
        }
        String upperFirst = restText.split("\\s+")[0];
        if (KNOWN_CURRENCIES.contains(upperFirst)) {
            return upperFirst;
        }
        return countedNoun(RATE.matcher(restText).replaceFirst(""));
    }

    /** A lower-case word before "points" that makes them things counted: "charging points", "access points". */
    private static final Pattern POINTS_COUNTED = Pattern.compile("(?!(?:basis|percentage|index|more|fewer|"
            + "additional|further|extra|bonus)$)\\p{Ll}[\\p{Ll}-]+");

    /** Square metres, feet and kilometres shortened: "sq m", "sq. ft", "sq km". */
    private static final Pattern SQUARE_SHORT = Pattern.compile("(?i)^\\s*sq\\.?\\s?(m|ft|km)(?![\\p{L}])");

    /**
     * The noun a count counts: the first plural among the words after the number ("500,000 free doses" counts
     * doses, "1.2 million barrels a day" barrels, "10 spot bitcoin ETFs" ETFs), with "cubic" or "square" kept ("40
     * billion cubic metres");
     * the last word when none is plural.
     */
    static String countedNoun(String words) {
        Matcher square = SQUARE_SHORT.matcher(words);
        if (square.find()) {
            return "square " + Map.of("m", "metres", "ft", "feet", "km", "kilometres")
                    .get(square.group(1).toLowerCase(Locale.ROOT)); // "391 million sq m"
        }
        String[] w = words.strip().split("\\s+");
        for (int i = 0; i < w.length; i++) {
            if (w[i].indexOf('/') > 0 && Quantities.isUnit(w[i])) {
                return Quantities.normalise(w[i]); // "6.3 t/ha"
            }
            if (i + 1 < w.length && (w[i].endsWith("'") || w[i].endsWith("’"))) {
                continue; // "1,602 creditors' voluntary liquidations": a possessive qualifies the counted noun
            }
            String withDigits = w[i].replaceAll("[^\\p{L}\\d-]", "");
            if (withDigits.matches(".*\\d.*") && Quantities.isUnit(withDigits)) {
                return Quantities.normalise(withDigits); // "15.1 GtCO2e": a unit with a digit in its name
            }
            String word = w[i].replaceAll("[^\\p{L}-]", "");
            String lower = word.toLowerCase(Locale.ROOT);
            if (i == 0 && word.equals("T")) {
                return "tonnes"; // "10.6 mln T", as wire headlines write tonnes after a scale word
            }
            if (isPluralNoun(lower) && !lower.endsWith("s") && !Quantities.isUnit(word) && i + 1 < w.length
                    && isAcronymPlural(w[i + 1].replaceAll("[^\\p{L}-]", ""))) {
                continue; // "10 spot bitcoin ETFs": a noun that is its own plural, before the counted one
            }
            if (isPluralNoun(lower) && Character.isUpperCase(word.isEmpty() ? 'a' : word.charAt(0))
                    && !ACRONYM.matcher(word).matches() && i + 1 < w.length
                    && isPluralNoun(w[i + 1].replaceAll("[^\\p{L}-]", ""))
                    && Character.isLowerCase(w[i + 1].charAt(0))) {
                continue; // "366 Abrams tanks": a name ending in s before the counted noun
            }
            if (isPluralNoun(lower) && !lower.equals("times") && !Quantities.isUnit(word) && !lower.startsWith("cent")
                    && currencyOfWord(lower).isEmpty() && i + 1 < w.length
                    && isPluralNoun(w[i + 1].replaceAll("[^\\p{L}-]", "")) && !w[i + 1].startsWith("people")) {
                continue; // "127,350 measles cases": a noun in s that qualifies the counted one, as the extractor reads
            }
            if (isPluralNoun(lower) || isAcronymPlural(word) || Quantities.isUnit(word)) {
                String unit = Quantities.isUnit(word) ? Quantities.normalise(word)
                        : ACRONYM.matcher(word).matches() ? (word.endsWith("s") ? word : word + "s") : lower;
                if (i > 0 && w[i - 1].equalsIgnoreCase("metric") && unit.startsWith("ton")) {
                    return "tonnes"; // "478,313 metric tons"
                }
                if (i > 0 && w[i - 1].equalsIgnoreCase("cubic") || i > 0 && w[i - 1].equalsIgnoreCase("square")) {
                    return w[i - 1].toLowerCase(Locale.ROOT) + " " + unit;
                }
                if (unit.equals("points") && i > 0 && POINTS_COUNTED.matcher(w[i - 1]).matches()) {
                    return w[i - 1] + " points"; // "27,000 public charging points": places counted, not an index's
                }
                return unit;
            }
        }
        return w[w.length - 1].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
    }

    /** The plural of an acronym, however short ("EVs", "PCs", "TEUs"): a count's noun. */
    public static boolean isAcronymPlural(String word) {
        return word.endsWith("s") && ACRONYM.matcher(word).matches();
    }

    /** Whether a lower-case word reads as a plural noun: "doses", "jobs", "people"; not "gas" or "business". */
    public static boolean isPluralNoun(String lower) {
        if (IRREGULAR_PLURALS.contains(lower) || COMPOUND_PEOPLE.matcher(lower).matches()) {
            return true;
        }
        return lower.length() > 3 && lower.endsWith("s") && !NOT_PLURALS.contains(lower) && !lower.endsWith("ss") && !lower.endsWith("us")
                && !lower.endsWith("is") && !lower.endsWith("ous") && lower.chars().allMatch(c -> Character.isLetter(c)
                || c == '-');
    }
}
