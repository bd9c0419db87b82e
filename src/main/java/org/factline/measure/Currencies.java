package org.factline.measure;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The currencies a text names in words after an amount: a noun ("dollars", "dirhams", "kronor"), with the currency
 * it names when the text says no more, and a country's adjective before it that names the currency exactly
 * ("Australian dollars", "Egyptian pounds", "CFA francs"). Which country's currency a bare noun means in a given
 * article is the extraction feature's judgement.
 */
public final class Currencies {

    /** Each currency noun: the code it names alone, its singular, then its plurals. */
    private static final String[][] NOUNS = {
        {"USD", "dollar", "dollars", "greenback", "greenbacks"}, {"XDR", "sdr", "sdrs"}, {"EUR", "euro", "euros"},
        {"GBP", "pound", "pounds"}, {"GBP", "stg"},
        {"RUB", "rouble", "roubles", "ruble", "rubles"}, {"KGS", "som", "soms"}, {"TJS", "somoni"},
        {"AMD", "dram", "drams"}, {"INR", "rupee", "rupees"}, {"JPY", "yen"}, {"CNY", "yuan", "renminbi"},
        {"KZT", "tenge"}, {"TRY", "lira", "liras", "lire"}, {"UAH", "hryvnia", "hryvnias"}, {"CHF", "franc", "francs"},
        {"ZAR", "rand", "rands"}, {"BRL", "reais"}, {"MXN", "peso", "pesos"}, {"KRW", "won"},
        {"KES", "shilling", "shillings"}, {"PLN", "zloty", "zlotys", "zlotych", "złoty", "złotys", "złotych", "zł"}, {"HUF", "forint", "forints"},
        {"HRK", "kuna", "kunas"},
        {"NGN", "naira"}, {"IDR", "rupiah"}, {"THB", "baht"}, {"MYR", "ringgit"}, {"KWD", "dinar", "dinars"},
        {"SAR", "riyal", "riyals"}, {"IRR", "rial", "rials"}, {"AED", "dirham", "dirhams"},
        {"SEK", "krona", "kronor"}, {"SEK", "crown", "crowns"},
        {"ISK", "kronur", "krónur", "króna"}, {"NOK", "krone", "kroner"},
        {"CZK", "koruna", "korunas", "koruny", "kč"},
        {"ZMW", "kwacha"}, {"GHS", "cedi", "cedis"}, {"ETB", "birr"}, {"RON", "leu", "lei"}, {"BGN", "lev", "leva"},
        {"GEL", "lari"}, {"AZN", "manat", "manats"}, {"UZS", "soum", "soums"}, {"AFN", "afghani", "afghanis"}, {"BDT", "taka"},
        {"MMK", "kyat", "kyats"}, {"PGK", "kina"}, {"LAK", "kip"}, {"KHR", "riel", "riels"}, {"VND", "dong"},
        {"PEN", "sol", "soles"},
        {"BOB", "boliviano", "bolivianos"}, {"GTQ", "quetzal", "quetzales"}, {"CRC", "colón", "colones"},
        {"HNL", "lempira", "lempiras"}, {"NIO", "cordobas", "córdobas"},
        {"PYG", "guarani", "guaraní", "guaranis", "guaranies", "guaraníes"},
        {"AOA", "kwanza", "kwanzas"}, {"MZN", "metical", "meticais"}, {"BWP", "pula"}, {"GMD", "dalasi", "dalasis"},
        {"SLE", "leone", "leones"}, {"MGA", "ariary"}, {"ILS", "shekel", "shekels"}, {"MKD", "denar", "denars"},
        {"MNT", "tugrik", "tugriks", "tögrög", "togrog", "tugrug"}, {"VES", "bolivar", "bolivars", "bolívares",
            "bolívar", "bolívars"},
        {"HTG", "gourde", "gourdes"},
        {"LSL", "loti", "maloti"}, {"SZL", "lilangeni", "emalangeni"}, {"MRU", "ouguiya", "ouguiyas"},
        {"MVR", "rufiyaa"}, {"BTN", "ngultrum", "ngultrums"}, {"ERN", "nakfa"},
        {"WST", "tala"}, {"VUV", "vatu"}, {"STN", "dobra", "dobras"}, {"CVE", "escudo", "escudos"},
        {"ALL", "lek", "leks", "lekë"}, {"MOP", "pataca", "patacas"}, {"ZWG", "zig"},
    };

    /**
     * Nouns that name a currency only after its country's adjective ("the Uzbek sum", "the convertible mark"): alone
     * they are words ("a sum of money", "a mark of confidence"). Each: the code, the singular, the plurals.
     */
    private static final String[][] ONLY_AFTER_ADJECTIVE = {{"UZS", "sum", "sums"}, {"BAM", "mark", "marks"}};

    /** A country's adjective and a currency noun (singular), naming the currency exactly. */
    private static final String[][] NATIONAL = {
        {"dollar", "US USD", "U.S. USD", "American USD", "Australian AUD", "Canadian CAD", "Hong Kong HKD",
            "Singapore SGD", "Singaporean SGD", "New Zealand NZD", "New Taiwan TWD", "Taiwan TWD", "Jamaican JMD",
            "Namibian NAD", "Zimbabwe ZWL", "Zimbabwean ZWL", "Brunei BND", "Fijian FJD", "Fiji FJD",
            "Trinidad and Tobago TTD", "Barbados BBD", "Barbadian BBD", "Belize BZD", "Eastern Caribbean XCD",
            "East Caribbean XCD", "Liberian LRD", "Guyanese GYD", "Bahamian BSD", "Solomon Islands SBD",
            "Surinamese SRD", "Suriname SRD"},
        {"pound", "British GBP", "Egyptian EGP", "Lebanese LBP", "Syrian SYP", "Sudanese SDG", "South Sudanese SSP"},
        {"franc", "Swiss CHF", "CFA XOF", "West African CFA XOF", "Central African CFA XAF", "Rwandan RWF",
            "Rwandese RWF", "Burundian BIF", "Guinean GNF", "Congolese CDF", "Djiboutian DJF", "Comorian KMF"},
        {"rupee", "Indian INR", "Pakistani PKR", "Sri Lankan LKR", "Nepalese NPR", "Nepali NPR", "Mauritian MUR",
            "Seychellois SCR"},
        {"peso", "Mexican MXN", "Argentine ARS", "Argentinian ARS", "Chilean CLP", "Colombian COP", "Philippine PHP",
            "Uruguayan UYU", "Dominican DOP", "Cuban CUP"},
        {"shilling", "Kenyan KES", "Ugandan UGX", "Tanzanian TZS", "Somali SOS"},
        {"dinar", "Kuwaiti KWD", "Bahraini BHD", "Jordanian JOD", "Iraqi IQD", "Algerian DZD", "Tunisian TND",
            "Libyan LYD", "Serbian RSD"},
        {"riyal", "Saudi SAR", "Qatari QAR", "Omani OMR", "Yemeni YER"},
        {"rial", "Iranian IRR", "Omani OMR", "Yemeni YER"},
        {"dirham", "UAE AED", "Emirati AED", "Moroccan MAD"},
        {"lira", "Turkish TRY", "Lebanese LBP", "Syrian SYP"},
        {"krona", "Swedish SEK", "Icelandic ISK"},
        {"krone", "Norwegian NOK", "Danish DKK"},
        {"crown", "Swedish SEK", "Norwegian NOK", "Danish DKK", "Icelandic ISK", "Czech CZK"},
        {"kwacha", "Zambian ZMW", "Malawian MWK"},
        {"yuan", "Chinese CNY"}, {"yen", "Japanese JPY"}, {"won", "South Korean KRW", "Korean KRW"},
        {"rouble", "Russian RUB", "Belarusian BYN"}, {"ruble", "Russian RUB", "Belarusian BYN"},
        {"rand", "South African ZAR"}, {"reais", "Brazilian BRL"}, {"naira", "Nigerian NGN"}, {"cedi", "Ghanaian GHS"}, {"birr", "Ethiopian ETB"},
        {"tenge", "Kazakh KZT", "Kazakhstani KZT"}, {"som", "Kyrgyz KGS"}, {"hryvnia", "Ukrainian UAH"},
        {"zloty", "Polish PLN"}, {"forint", "Hungarian HUF"}, {"leu", "Romanian RON", "Moldovan MDL"},
        {"sum", "Uzbek UZS"}, {"mark", "convertible BAM", "Bosnian BAM"},
    };

    /** Noun (any number, lower case) to the code it names alone. */
    private static final Map<String, String> BY_NOUN = new HashMap<>();
    /** Noun (any number, lower case) to its singular. */
    private static final Map<String, String> SINGULAR = new HashMap<>();
    /** "australian dollar" (adjective and singular noun, lower case) to its code. */
    private static final Map<String, String> BY_NATIONAL_NOUN = new HashMap<>();
    private static final Set<String> CODES = new TreeSet<>();

    static {
        for (String[] n : NOUNS) {
            CODES.add(n[0]);
            for (int i = 1; i < n.length; i++) {
                BY_NOUN.put(n[i], n[0]);
                SINGULAR.put(n[i], n[1]);
            }
        }
        for (String[] n : ONLY_AFTER_ADJECTIVE) {
            for (int i = 1; i < n.length; i++) {
                SINGULAR.put(n[i], n[1]);
            }
        }
        for (String[] n : NATIONAL) {
            for (int i = 1; i < n.length; i++) {
                int space = n[i].lastIndexOf(' ');
                BY_NATIONAL_NOUN.put(n[i].substring(0, space).toLowerCase(Locale.ROOT) + " " + n[0],
                        n[i].substring(space + 1));
                CODES.add(n[i].substring(space + 1));
            }
        }
    }

    /**
     * What a noun is no currency before: "the crown prince", "the Crown Estate" (as Reuters writes them, "crowns" are
     * Sweden's, Norway's, Denmark's, Iceland's or the Czech Republic's money).
     */
    private static final String NOT_A_CROWNS = "(?!\\s+(?:prince|princess|jewels?|estate|court|dependenc))";
    private static final Map<String, String> NOT_BEFORE = Map.of("crown", NOT_A_CROWNS, "crowns", NOT_A_CROWNS);

    /** Every noun, longest first, as a regular expression without groups. */
    public static final String NOUN_PATTERN = BY_NOUN.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(k -> k))
            .map(k -> Pattern.quote(k) + NOT_BEFORE.getOrDefault(k, "")).collect(Collectors.joining("|"));

    /** Every country adjective, longest first, as a regular expression without groups. */
    public static final String ADJECTIVE_PATTERN = java.util.Arrays.stream(NATIONAL)
            .flatMap(n -> java.util.Arrays.stream(n, 1, n.length)).map(e -> e.substring(0, e.lastIndexOf(' ')))
            .distinct().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(k -> k))
            .map(Pattern::quote).collect(Collectors.joining("|"));

    /** The nouns that follow a country's adjective: every noun, and those that name a currency only there. */
    private static final String NATIONAL_NOUN_PATTERN = NOUN_PATTERN + "|" + java.util.Arrays.stream(ONLY_AFTER_ADJECTIVE)
            .flatMap(n -> java.util.Arrays.stream(n, 1, n.length)).map(Pattern::quote).collect(Collectors.joining("|"));
    private static final Pattern NATIONAL_NOUN = Pattern.compile("(?i)^(" + ADJECTIVE_PATTERN + ")\\s+("
            + NATIONAL_NOUN_PATTERN + ")(?![\\p{L}])");
    private static final Pattern NATIONAL_NOUN_ANYWHERE = Pattern.compile("(?i)(?<![\\p{L}])(" + ADJECTIVE_PATTERN
            + ")\\s+(" + NATIONAL_NOUN_PATTERN + ")(?![\\p{L}])");

    private Currencies() {
    }

    /** The currency a noun names alone ("dirhams" AED, "soms" KGS), if it names one. */
    public static Optional<String> ofNoun(String word) {
        return Optional.ofNullable(BY_NOUN.get(word.toLowerCase(Locale.ROOT)));
    }

    /**
     * The currency the words at the start of {@code text} name with their country's adjective ("Australian dollars
     * raised" AUD, "CFA francs" XOF), if they do.
     */
    public static Optional<String> ofNationalNoun(String text) {
        java.util.regex.Matcher m = NATIONAL_NOUN.matcher(text);
        return m.find() ? codeOf(m) : Optional.empty();
    }

    /** The currency a matched adjective (group 1) and noun (group 2) name together, if they do. */
    private static Optional<String> codeOf(java.util.regex.Matcher m) {
        String adjective = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        String singular = SINGULAR.get(m.group(2).toLowerCase(Locale.ROOT));
        return Optional.ofNullable(BY_NATIONAL_NOUN.get(adjective + " " + singular));
    }

    /**
     * The currency the last country-and-noun phrase of {@code text} names, and where it starts: "the Singapore
     * dollar strengthened" SGD.
     */
    public static Optional<Map.Entry<Integer, String>> lastNationalNounIn(String text) {
        java.util.regex.Matcher m = NATIONAL_NOUN_ANYWHERE.matcher(text);
        Map.Entry<Integer, String> last = null;
        while (m.find()) {
            Optional<String> code = codeOf(m);
            if (code.isPresent()) {
                last = Map.entry(m.start(), code.get());
            }
        }
        return Optional.ofNullable(last);
    }

    /** The ISO 4217 codes these words name. */
    static Set<String> codes() {
        return CODES;
    }
}
