package org.factline.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.measure.FigureParser;
import org.factline.measure.ScaleWord;

/**
 * Whether digits stand as a number of their own: not part of a word ("4G", "20th"), a code ("COVID-19"), a URL, a
 * date ("24 February"), a compound adjective ("10-year") or a name ("Article 50", "Boeing 737").
 */
final class Standing {

    private static final Pattern SLASH_RATE = Pattern.compile(FigureParser.SLASH_RATE);
    /** Barrels a day as oil reports shorten them, written onto the number or after it: "9mb/d", "650 kb/d". */
    static final Pattern SHORT_BARRELS = Pattern.compile("\\s?" + FigureParser.SHORT_BARRELS_A_DAY);
    /** A scale or points joined by a hyphen: "$480-billion", "a 25-basis-point cut". */
    private static final Pattern HYPHEN_SCALE = Pattern.compile("-(?:trillion|billion|million|thousand|lakh-crores?|"
            + "crores?|lakhs?)(?![\\p{L}\\d-])"
            + "|-(?:basis|percentage)-points?(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH = Pattern.compile(
            "(?i)jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
                    + "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?");

    /**
     * A two-way quote, bid then offer, as dealers write a price: "298.50/299.00 to the dollar", "11.40/11.50
     * percent". Both numbers have a decimal point and as many decimals, which no date ("12/03"), fiscal year
     * ("2022/23") or fraction ("1/2") has.
     */
    private static final Pattern QUOTE_OFFER = Pattern.compile("/\\d{1,3}(?:,?\\d{3})*\\.(\\d+)(?![\\d/])");
    private static final Pattern QUOTE_BID = Pattern.compile("(?<![\\d/.,])\\d{1,3}(?:,?\\d{3})*\\.(\\d+)/$");

    /** Whether the number ending at {@code ne} is the bid of a two-way quote, its offer after the slash. */
    static boolean quoteBid(String text, int ne) {
        Matcher bid = QUOTE_BID.matcher(text.substring(Math.max(0, ne - 16), Math.min(text.length(), ne + 1)));
        Matcher offer = QUOTE_OFFER.matcher(text).region(ne, text.length());
        return bid.find() && offer.lookingAt() && bid.group(1).length() == offer.group(1).length();
    }

    /** Whether the number starting at {@code ns} is the offer of a two-way quote, its bid before the slash. */
    static boolean quoteOffer(String text, int ns) {
        return ns > 0 && text.charAt(ns - 1) == '/' && quoteBid(text, ns - 1);
    }

    /** Words after which a number is part of a name: "Article 50", "FTSE 100", "Boeing 737", "No. 10". */
    private static final Set<String> NAME_WORDS = Set.of(
            "No", "No.", "no.", "Nos.", "number", "Number", "Article", "article", "Section", "section", "Chapter",
            "chapter", "Resolution", "Decree", "decree", "Law", "Flight", "flight", "Route", "Line", "Phase", "phase",
            "Stage", "Round", "round", "Boeing", "Airbus", "FTSE", "S&P", "Nikkei", "DAX", "CAC", "Stoxx", "Nasdaq",
            "Russell", "Fortune", "Forbes", "Global", "Vision", "Agenda", "Covid", "COVID", "Windows", "iPhone",
            "Model", "Level", "Tier", "Block", "Unit", "Platform", "Terminal", "Gate", "Highway", "Top",
            "Formula", "page", "Page", "Group", "G", "Pillar", "Basel", "Solvency", "Euro", "Paragraph", "paragraph",
            "Rule", "rule", "Item", "item", "Schedule", "Table", "table", "Figure", "Annex", "Act", "ASX", "Nifty",
            "IBEX", "BIST", "KOSPI", "TOPIX", "MSCI", "STOXX", "CSI", "TSX", "BSE", "NSE");

    /** "% broken", "% iron ore", "% Fe": a grade, of rice by its broken grains, of ore by its iron. */
    private static final Pattern BROKEN_GRADE = Pattern.compile("(?i)\\G\\s?(?:%|percent|per\\s+cent)\\s+"
            + "(?:broken|iron\\s+ore|Fe)\\b");
    /** Of the words above, those that name stock indexes, whose change may follow them with its verb left out. */
    private static final Set<String> INDEX_NAMES = Set.of("FTSE", "S&P", "Nikkei", "DAX", "CAC", "Stoxx", "Nasdaq",
            "Russell", "ASX", "Nifty", "IBEX", "BIST", "KOSPI", "TOPIX", "MSCI", "STOXX", "CSI", "TSX", "BSE", "NSE");

    /** A scale word after a number, written onto it or after a space or hyphen: "27.5 trillion", "254bn". */
    private static final String SCALE_AFTER = "[\\s-]?(?:quadrillion|trillion|billion|million|tn|trn|tr|bn|m)(?![\\p{L}])";
    /**
     * What follows a number after a one-letter currency: a scale ("N27.5 trillion", "R400-billion"), "/$", or the
     * currency it is a rate against ("R18.90 against the dollar", "K2,100 per dollar").
     */
    private static final Pattern LETTER_CURRENCY_TAIL = Pattern.compile(SCALE_AFTER + "|/(?:(?:US)?\\$|€|£)|"
            + "\\s+(?:per|to|against)\\s+(?:the\\s+|one\\s+|a\\s+)?(?:US\\s+|U\\.S\\.\\s+)?(?:dollar|greenback|euro)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** Where "K" before an amount is the currency: Zambia's and Malawi's kwacha, Myanmar's kyat, Papua New Guinea's kina. */
    private static final Pattern K_COUNTRIES = Pattern.compile("Zambia|Malawi|Myanmar|Burm|Papua New Guinea");
    /**
     * Whether "N" or "R" before the number ending at {@code ne} is the naira or the rand by what it is: a price with
     * decimals or thousands ("N19.75 each", "N1,250", "a basic wage of R12,500"), or one of a unit ("N898 per
     * litre"), in a text about Nigeria or South Africa, where "N95", "N1" and "R21" stay names.
     */
    static boolean letterPrice(String text, String letters, int ne) {
        Pattern country = "N".equals(letters) ? NIGERIA : "R".equals(letters) ? SOUTH_AFRICA : null;
        if (country == null) {
            return false;
        }
        String number = numberEndingAt(text, ne);
        return country.matcher(text).find() && (number.contains(".") || THOUSANDS.matcher(number).matches()
                || PRICE_OF_A_UNIT.matcher(text).region(ne, text.length()).lookingAt());
    }

    /** "per litre", "a bag", "/kg" after a number: a price of a unit. */
    private static final Pattern PRICE_OF_A_UNIT = Pattern.compile("(?i)\\s+(?:per|a|an)\\s+(?:litre|liter|kg|kilo|"
            + "kilogram|bag|tonne|ton|barrel|unit|share|dollar|head|bottle|loaf|kWh|day|week|month|year)\\b|"
            + "/(?:litre|liter|kg|kWh)\\b");

    /** A text about Nigeria, where "N" before a price is the naira. */
    private static final Pattern NIGERIA = Pattern.compile("Nigeria|naira|(?i:Lagos|Abuja)");
    /** A text about South Africa, where "R" before a price is the rand (a dateline writes its city in capitals). */
    private static final Pattern SOUTH_AFRICA = Pattern.compile("South Africa|\\brand\\b|JSE|(?i:Johannesburg|"
            + "Pretoria|Cape Town|Durban)");
    /** A number grouped in thousands: "56,300", "1,386.5". */
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?");
    /** "sub-4%": a level below which something is, as the number it states. */
    private static final Pattern SUB_PERCENT_BEFORE = Pattern.compile("(?<![\\p{L}])(?i:sub)-$");
    /** What follows a number after "US": cents ("US66.2 cents") or a scale ("US5bn"). */
    private static final Pattern US_TAIL = Pattern.compile("\\s+cents(?![\\p{L}])|(?-i:c)(?![\\p{L}\\d])|" + SCALE_AFTER,
            Pattern.CASE_INSENSITIVE);

    private Standing() {
    }

    /** The letters written onto the number at {@code ns}, back to the word's start ("SR" in "SR101", "Rs" in "Rs.100"). */
    private static String lettersBefore(String text, int ns) {
        int end = ns > 0 && text.charAt(ns - 1) == '.' ? ns - 1 : ns;
        int b = end;
        while (b > 0 && Character.isLetter(text.charAt(b - 1))) {
            b--;
        }
        return b > 0 && Character.isDigit(text.charAt(b - 1)) ? "" : text.substring(b, end);
    }

    /**
     * Whether the letters written onto a number are its currency. An abbreviation that names nothing else is one
     * ("SR101 billion", "KSh2.5bn", "Dh5,000"). A prefix that is as often part of a name needs the text around to say
     * so: "N27.5 trillion" is naira and "R254bn" or "R17.62/$" rand, where "N95 masks" and "R21" are names;
     * "US66.2 cents" and "US5bn" are US dollars; "P188.7 billion" is pesos in a text about the Philippines (pula in
     * one about Botswana), and "W677.4 trillion" won in one about Korea.
     */
    private static boolean isCurrencyOnto(String text, String letters, int ne) {
        if (letters.isEmpty()) {
            return false;
        }
        if (!FigureParser.NAME_LIKE_PREFIXES.contains(letters)) {
            return FigureParser.isCurrencySign(letters) && (!isoCodeOnly(letters) || amountAfterCode(text, ne));
        }
        return saysCurrency(text, letters, ne) || earlierInSentence(text, letters, ne) && !namesAThing(text, ne);
    }

    private static final Pattern WORD_AFTER = Pattern.compile("\\s+(\\p{L}+)");

    /** Whether a plural noun follows the number: "N95 masks" is a name for masks, whatever amounts stand before. */
    private static boolean namesAThing(String text, int ne) {
        java.util.regex.Matcher w = WORD_AFTER.matcher(text).region(ne, text.length());
        return w.lookingAt() && FigureParser.isPluralNoun(w.group(1).toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether the letters are an ISO code and no sign as well ("RON", "USD"; not "RMB" or "KSh"). */
    private static boolean isoCodeOnly(String letters) {
        return letters.length() == 3 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
                && !FigureParser.isKnownSign(letters);
    }

    /**
     * Whether a number written onto an ISO code reads as an amount: with a scale, separators, a decimal or three
     * digits or more ("USD5bn", "EUR1,200", "CHF2.50"), not a model or grade ("RON95 petrol", "EUR6 engines").
     */
    private static boolean amountAfterCode(String text, int ne) {
        String number = numberEndingAt(text, ne);
        return number.length() >= 3 || number.contains(".") || number.contains(",")
                || LETTER_CURRENCY_TAIL.matcher(text).region(ne, text.length()).lookingAt();
    }

    /** The digits, points and commas that end at {@code ne}: the number written there. */
    private static String numberEndingAt(String text, int ne) {
        return text.substring(numberStart(text, ne), ne);
    }

    /** "+100/-300 basis points": a corridor's two ends, each with its sign. */
    private static final Pattern SIGNED_PAIR = Pattern.compile("[+\\-−]\\d[\\d.,]*/[+\\-−]\\d");

    /** Whether the number starting at {@code ns} is one end of a signed pair, its sign just before it. */
    static boolean inSignedPair(String text, int ns) {
        if (ns < 1 || "+-−".indexOf(text.charAt(ns - 1)) < 0) {
            return false;
        }
        if (SIGNED_PAIR.matcher(text).region(ns - 1, text.length()).lookingAt()) {
            return true; // the first end
        }
        int b = ns >= 2 && text.charAt(ns - 2) == '/' ? numberStart(text, ns - 2) : -1;
        return b > 0 && b < ns - 2 && "+-−".indexOf(text.charAt(b - 1)) >= 0; // the second
    }

    /** Where the number (digits, points and commas) that ends at {@code ne} starts. */
    static int numberStart(String text, int ne) {
        int ns = ne;
        while (ns > 0 && (Character.isDigit(text.charAt(ns - 1)) || text.charAt(ns - 1) == '.'
                || text.charAt(ns - 1) == ',')) {
            ns--;
        }
        return ns;
    }

    /** A number with a name-like prefix written onto it ("K20.2", "N95"): the prefix, then the number. */
    private static final Pattern PREFIXED_NUMBER = Pattern.compile("(?<![\\p{L}\\d])("
            + String.join("|", FigureParser.NAME_LIKE_PREFIXES) + ")(\\d[\\d,]*(?:\\.\\d+)?)");

    /**
     * Where a letter before an amount with a scale or a rate after it is one country's currency: "Q150 billion" of
     * quetzales in a Guatemalan text, "E12.4 billion" of emalangeni (not the E45 road), "M6.1 billion" of maloti (not
     * the M4 motorway).
     */
    private static final Map<String, Pattern> LETTER_COUNTRIES = Map.of(
            "Q", Pattern.compile("Guatemal"),
            "E", Pattern.compile("Eswatini|Swazi|(?i:emalangeni|lilangeni)"),
            "M", Pattern.compile("Lesotho|Basotho|Maseru|(?i:maloti|\\bloti\\b)"));

    /** The currencies written "K": named in a text about a country using one, they make "K" before a number theirs. */
    private static final Pattern K_NOUNS = Pattern.compile("(?i)\\b(?:kwacha|kyat|kina)\\b");

    /** The sentence that holds {@code ne}, up to it. */
    private static String sentenceUpTo(String text, int ne) {
        int stop = Math.max(text.lastIndexOf(". ", ne - 1), text.lastIndexOf('\n', ne - 1));
        return text.substring(Math.max(0, stop + 1), ne);
    }

    /**
     * Whether a name-like prefix was a currency by {@link #saysCurrency} earlier in the same sentence: "averaging
     * K20.2 per dollar against K16.9 in 2022" states two amounts of kwacha.
     */
    static boolean earlierInSentence(String text, String letters, int ne) {
        int ns = ne - numberEndingAt(text, ne).length();
        int from = Math.max(0, ns - 200);
        int stop = Math.max(text.lastIndexOf(". ", ns - 1), text.lastIndexOf('\n', ns - 1));
        if (stop >= from) {
            from = stop + 1;
        }
        java.util.regex.Matcher m = PREFIXED_NUMBER.matcher(text).region(from, Math.max(from, ns - letters.length()));
        while (m.find()) {
            if (m.group(1).equals(letters) && saysCurrency(text, letters, m.end(2))) {
                return true;
            }
        }
        return false;
    }

    /** Whether what follows the number at {@code ne}, and the text around, make a name-like prefix its currency. */
    private static boolean saysCurrency(String text, String letters, int ne) {
        return switch (letters) {
            case "N" -> LETTER_CURRENCY_TAIL.matcher(text).region(ne, text.length()).lookingAt()
                    || letterPrice(text, letters, ne);
            case "R" -> LETTER_CURRENCY_TAIL.matcher(text).region(ne, text.length()).lookingAt()
                    || letterPrice(text, letters, ne);
            case "US" -> US_TAIL.matcher(text).region(ne, text.length()).lookingAt();
            case "W" -> (LETTER_CURRENCY_TAIL.matcher(text).region(ne, text.length()).lookingAt()
                    || THOUSANDS.matcher(numberEndingAt(text, ne)).matches())
                    && text.contains("Korea"); // "W677.4 trillion", a share at "W56,300", in a Korean paper
            case "K" -> (LETTER_CURRENCY_TAIL.matcher(text).region(ne, text.length()).lookingAt()
                    || K_NOUNS.matcher(sentenceUpTo(text, ne)).find()
                    || K_NOUNS.matcher(text).find())
                    && K_COUNTRIES.matcher(text).find(); // kwacha, kyat, kina: "K217 billion" in a Zambian paper, "the
                    // kwacha … traded at K26.45", or any price in a text that names its currency ("a bag of mealie
                    // meal has risen to about K350" before "The kwacha weakened")
            case "Q", "E", "M" -> LETTER_CURRENCY_TAIL.matcher(text).region(ne, text.length()).lookingAt()
                    && LETTER_COUNTRIES.get(letters).matcher(text).find();
            default -> "PHP".equals(LocalCurrency.pesoOf(text)) || "BWP".equals(LocalCurrency.pOf(text));
        };
    }

    /** "the top", "the richest": before a percentage, a group of people ("the top 1%", "the bottom 50 per cent"). */
    private static final Pattern GROUP_BEFORE = Pattern.compile("(?i)\\bthe\\s+(?:top|bottom|richest|poorest|wealthiest)"
            + "\\s+$");
    private static final Pattern PERCENT_AFTER = Pattern.compile("(?i)\\s?%|\\s+per\\s?cent\\b");

    /** A time of day in four digits and its zone, as wire copy writes it: "1100 GMT", "0930 local time". */
    private static final Pattern CLOCK_ZONE = Pattern.compile("(?:[01]\\d|2[0-3])[0-5]\\d\\s+(?:GMT|UTC|ET|EST|EDT|BST|"
            + "CET|CEST|JST|IST|SGT|HKT|AEST|AEDT|local\\s+time)(?![\\p{L}])");

    /** "1.33 million-" in "1.33 million-1.39 million tonnes": a range's head with its scale word, then its dash. */
    private static final Pattern SCALED_RANGE_HEAD = Pattern.compile("(?i)\\d\\s?(?:thousand|million|billion|trillion|"
            + "mn|bn|tn)[-–]$");

    /** An amount of money, or the word for a currency or its cents: what makes "31c" cents. */
    private static final Pattern MONEY_AROUND = Pattern.compile("[$€£¥₹]\\s?\\d|(?<![\\p{L}])R\\d|(?i:\\b(?:"
            + "cents?|dollars?|rand|euros?|(?:of|in|on)\\s+(?:every|each)\\s+\\p{L}+)\\b)");

    /** A year and the hyphen or slash of a fiscal year before its second part: "2024-" of "2024-25". */
    private static final Pattern FISCAL_YEAR_HEAD = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d[-–/]$");

    /** A name in quotes, in title case: "Safe 2% Credit", not "a 2% rise" quoted from a speech. */
    private static final Pattern QUOTED_TITLE = Pattern.compile("[\"“]((?:\\p{Lu}[\\p{L}'’-]*\\s+){1,4})"
            + "[^\\s\"”]*\\d[^\\s\"”]*((?:\\s+\\p{Lu}[\\p{L}'’-]*){1,4})[\"”]");

    /** Whether the number at [ns, ne) stands in a quoted name in title case, words capitalised on both sides of it. */
    static boolean inQuotedName(String text, int ns, int ne) {
        int from = Math.max(0, ns - 40);
        Matcher m = QUOTED_TITLE.matcher(text).region(from, Math.min(text.length(), ne + 40));
        while (m.find()) {
            if (m.start() < ns && ne < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the digits at [ns, ne) are a number of their own, not part of a word, code, URL, date or name. */
    static boolean alone(String text, int ns, int ne) {
        if (inQuotedName(text, ns, ne)) {
            return false; // the "Safe 2% Credit" scheme: part of a name
        }
        char before = ns > 0 ? text.charAt(ns - 1) : ' ';
        String letters = lettersBefore(text, ns);
        int lettersAt = ns - letters.length();
        // "$US118 a tonne", as Australian papers write the US dollar: the dollar sign makes the letters a currency
        boolean letterCurrency = isCurrencyOnto(text, letters, ne)
                || !letters.isEmpty() && lettersAt > 0 && text.charAt(lettersAt - 1) == '$'
                && FigureParser.isKnownSign("$" + letters);
        if (letterCurrency && before == '.') {
            before = ' '; // "Rs.100"
        }
        if (!letterCurrency && Character.isLetterOrDigit(before) || before == '_' || before == '/' && !quoteOffer(text, ns)
                || before == ':'
                || before == '#' || before == '.' || before == '\\' || before == '=' || before == '&') {
            return false;
        }
        if ((before == '-' || before == '–' || before == '/') && ne - ns == 2
                && FISCAL_YEAR_HEAD.matcher(text.substring(Math.max(0, ns - 5), ns)).find()) {
            return false; // "for 2024-25 to 4.9 per cent": the end of a fiscal year
        }
        if ((before == '-' || before == '–') && ns > 1 && Character.isLetter(text.charAt(ns - 2))
                && !FigureExtractor.MONEY_RANGE_HEAD.matcher(text.substring(Math.max(0, ns - 20), ns)).find()
                && !SCALED_RANGE_HEAD.matcher(text.substring(Math.max(0, ns - 20), ns)).find()
                && !(SUB_PERCENT_BEFORE.matcher(text.substring(Math.max(0, ns - 5), ns)).find()
                        && text.startsWith("%", ne))) {
            return false; // "COVID-19", "A-320"; not "$30m-35m", "1.33 million-1.39 million" nor "sub-4%"
        }
        if (ne < text.length()) {
            char after = text.charAt(ne);
            boolean perDollar = FigureExtractor.perSign(text, ne) != null; // "R17.62/$", "NIS 4.108/€"
            boolean slashRate = SLASH_RATE.matcher(text).region(ne, text.length()).lookingAt(); // "$82.50/bbl"
            if (CLOCK_ZONE.matcher(text).region(ns, text.length()).lookingAt()) {
                return false; // "by 1100 GMT": a time
            }
            if (after == '/' && !perDollar && !slashRate && !quoteBid(text, ne) && !inSignedPair(text, ns)
                    || after == ':' && ne + 1 < text.length() && Character.isDigit(text.charAt(ne + 1))) {
                return false; // "2020/21", "10:30"
            }
            if ((after == '-' || after == '–') && ne + 1 < text.length() && Character.isLetter(text.charAt(ne + 1))
                    && !HYPHEN_SCALE.matcher(text).region(ne, text.length()).lookingAt()) {
                return false; // "10-year", "45-year-old", but not "$480-billion" or "25-basis-point"
            }
            if (Character.isLetter(after)) {
                int e = ne;
                while (e < text.length() && Character.isLetter(text.charAt(e))) {
                    e++;
                }
                String suffix = text.substring(ne, e);
                boolean scale = ScaleWord.fromText(suffix).isPresent();
                // "30x earnings": a multiple written with an x
                boolean multiple = suffix.equals("x")
                        && FigureExtractor.MULTIPLE.matcher(text).region(ne, text.length()).lookingAt();
                // "345p" in a British paper, or a share price in London
                boolean pence = suffix.equals("p") && FigureExtractor.BRITISH_MONEY.matcher(text).find();
                // "US66.12c" in an Australian paper, "31c" or "20c of every rand" with money around it, and "5c a
                // litre"
                boolean cents = suffix.equals("c") && (letters.equals("US") || letters.isEmpty()
                        && (MONEY_AROUND.matcher(text.substring(Math.max(0, ns - 80), Math.min(text.length(), e + 40)))
                        .find() || PRICE_OF_A_UNIT.matcher(text).region(e, text.length()).lookingAt()));
                if (!scale && !multiple && !pence && !cents && !suffix.equalsIgnoreCase("pc")
                        && !suffix.equalsIgnoreCase("bps")
                        && !suffix.equalsIgnoreCase("bp") && !org.factline.measure.Quantities.isUnit(suffix)
                        && !SHORT_BARRELS.matcher(text).region(ne, text.length()).lookingAt()) {
                    return false; // "20th", "4G", "9am"
                }
            }
        }
        int ts = ns;
        while (ts > 0 && !Character.isWhitespace(text.charAt(ts - 1))) {
            ts--;
        }
        int te = ne;
        while (te < text.length() && !Character.isWhitespace(text.charAt(te))) {
            te++;
        }
        String token = text.substring(ts, te).toLowerCase(Locale.ROOT);
        if (token.contains("://") || token.startsWith("www.") || token.contains("@") || token.matches(".*\\.(com|org|"
                + "net|ru|kg|uk|io|gov)\\b.*")) {
            return false;
        }
        if (GROUP_BEFORE.matcher(text.substring(Math.max(0, ns - 20), ns)).find()
                && PERCENT_AFTER.matcher(text).region(ne, text.length()).lookingAt()) {
            return false; // "the top 1% are pulling away": a group of people, not a figure about them
        }
        if (BROKEN_GRADE.matcher(text).region(ne, text.length()).lookingAt()) {
            return false; // "Vietnamese 5% broken rice": a grade of rice, by its share of broken grains, in its name
        }
        String previous = previousWord(text, ns);
        // "S&P/ASX 200": the last name of a joint one counts too
        if ((NAME_WORDS.contains(previous) || NAME_WORDS.contains(previous.substring(previous.lastIndexOf('/') + 1)))
                && !(previous.equals("number") && text.substring(ns, ne).contains(","))
                && !(INDEX_NAMES.contains(previous) && PERCENT_AFTER.matcher(text).region(ne, text.length())
                .lookingAt())) {
            // (but "Resort beds now number 63,000": the verb, before a number no name is written as; and "the Dow
            // 0.6% and the Nasdaq 3.3%": an index's change, its verb left out, where "Nasdaq 100" names one)
            return false;
        }
        // "September 11" is a date; "in September, 11% more" is not, nor "In February, 62 cities" (no month has 62
        // days, and a comma parts the two); nor is "the February 2023 earthquakes" a count
        boolean smallInteger = text.substring(ns, ne).matches("\\d{1,2}")
                && Integer.parseInt(text.substring(ns, ne)) <= 31
                && !PERCENT_AFTER.matcher(text).region(ne, text.length()).lookingAt();
        int back = ns;
        while (back > 0 && Character.isWhitespace(text.charAt(back - 1))) {
            back--;
        }
        boolean afterComma = back > 0 && text.charAt(back - 1) == ',';
        boolean year = text.substring(ns, ne).matches("1[89]\\d\\d|20\\d\\d") && text.startsWith(" ", ne)
                && !PERCENT_AFTER.matcher(text).region(ne, text.length()).lookingAt();
        return !(smallInteger && (!afterComma && MONTH.matcher(previous.replace(".", "")).matches()
                || MONTH.matcher(nextWord(text, ne)).matches())
                || year && MONTH.matcher(previous.replace(".", "")).matches());
    }

    private static String previousWord(String text, int at) {
        int e = at;
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == ',')) {
            e--;
        }
        int s = e;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
            s--;
        }
        return text.substring(s, e);
    }

    private static String nextWord(String text, int at) {
        int s = at;
        while (s < text.length() && text.charAt(s) == ' ') {
            s++;
        }
        int e = s;
        while (e < text.length() && Character.isLetter(text.charAt(e))) {
            e++;
        }
        return text.substring(s, e);
    }
}
