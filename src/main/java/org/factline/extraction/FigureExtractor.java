package org.factline.extraction;

import static org.factline.extraction.CountNouns.countBefore;
import static org.factline.extraction.CountNouns.countNear;
import static org.factline.extraction.CountNouns.numberOfNoun;
import static org.factline.extraction.CountNouns.ofThoseLeads;
import static org.factline.extraction.CountNouns.ofWhich;
import static org.factline.extraction.CountNouns.peopleWho;
import static org.factline.extraction.CountNouns.trafficNoun;
import static org.factline.extraction.Sentences.previousSentenceStart;
import static org.factline.extraction.Sentences.sentenceAt;
import static org.factline.extraction.Sentences.sentenceBefore;
import static org.factline.extraction.Sentences.sentencesBackStart;
import static org.factline.extraction.Sentences.sentenceOf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factline.measure.Currencies;
import org.factline.measure.FigureParser;
import org.factline.measure.NumberWords;
import org.factline.measure.ScaleWord;
import org.factline.measure.StatedFigure;

/**
 * Finds the economic figures a text states: money ({@code $100 million}, {@code £2.5bn}, {@code KGS 37 billion}),
 * percentages and percentage points, counts with their counted noun ({@code 500,000 free doses}), quantities
 * ({@code 3.5 million tonnes}) and index levels. Years, dates, times, ordinals, durations and numbers inside
 * names, codes or URLs are not figures. Plain Java: rules over the characters and words around each number.
 * Each figure is read by {@link FigureParser}, the same reader that checks a citation, so a candidate that is
 * confirmed is read the same way again.
 */
public final class FigureExtractor {

    /**
     * A number in digits: "1,234.5", or grouped in lakhs and crores as Indian papers write it ("7,77,876"), perhaps
     * with a fraction of its last digit as markets write one ("5-1/4 percent", "$5.62-1/2 a bushel", "$4.28 1/2"), or
     * a fraction alone before cents or percent ("1/2 cent").
     */
    static final Pattern NUMBER = Pattern.compile(
            "(?<![\\d/.,])" + FigureParser.FRACTION + "(?=\\s+cents?\\b|\\s*(?:%|percent|per\\s+cent))"
                    + "|\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d,])|(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
                    + "(?:" + FigureParser.VULGAR_FRACTION + "|-" + FigureParser.FRACTION + "|\\s" + FigureParser.FRACTION + "(?=\\s*(?:a\\s|an\\s|per\\s|cents?\\b"
                    + "|percent|per\\s+cent|%|points?\\b|[,;.]|$)))?");
    private static final Pattern YEAR = Pattern.compile("1[89]\\d\\d|20\\d\\d");
    /**
     * A number spelled out, when a scale word or "percent" follows ("half a billion", "five per cent"), or when it is
     * the first of a share ("Seven of the 10 largest banks", "two out of 3 economists", "Three out of four fund
     * managers"; "one of the 10 largest" is a way of speaking, not a share, and "Seven of the ten board members"
     * is left alone).
     */
    private static final Pattern SPELLED = Pattern.compile("(?<![\\p{L}\\d-])" + NumberWords.WORDS
            + "(?=" + NumberWords.FOLLOWED + "|(?<!(?i:\\bone|\\ban?))(?:\\s+(?:out\\s+)?of\\s+(?:the\\s+)?(?:\\d|"
            + NumberWords.CARDINAL_WORDS + "\\s+\\p{L}+s\\b)|\\s+out\\s+of\\s+" + NumberWords.CARDINAL_WORDS
            + "\\s+\\p{L}+\\s+\\p{L}+s\\b))");

    private static final Pattern SCALE = Pattern.compile(
            "\\G(?:-(?:trillion|billion|million|thousand|lakh-crores?|crores?|lakhs?)| ?(?:quadrillion|trillion|billion|million|thousand|lakh crores?|lakh cr|crores?|cr|lakhs?|trln|trn|tln|tn|bn|bln|mn|mln)|(?:m|b|k|tr|bil|mil))(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile(
            "\\G(?: ?%|\\s+(?:percent|per\\s+cent|pct)(?![\\p{L}])|pc(?![\\p{L}]))", Pattern.CASE_INSENSITIVE);
    private static final Pattern POINTS_OF_PERCENT = Pattern.compile(
            "\\G(?:\\s+|-)(?:percentage[\\s-]+points?|basis[\\s-]+points?)(?![\\p{L}])|\\G\\s+of\\s+a\\s+percentage[\\s-]point(?![\\p{L}])|\\G\\s*(?:pp|ppt|bps|bp)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INDEX_POINTS = Pattern.compile("\\G\\s+(?:points|pts)(?![\\p{L}])");
    /** A currency after the amount: a noun, perhaps with its country's adjective ("Australian dollars"), or a code. */
    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "\\G\\s+(?:(?i:" + Currencies.ADJECTIVE_PATTERN + ")\\s+)?(?i:" + Currencies.NOUN_PATTERN + ")(?:\\s+sterling)?"
                    + "(?![\\p{L}])|\\G\\s+(?:" + FigureParser.CURRENCY_CODES + ")(?![\\p{L}])");
    /** A currency before the amount: a sign or abbreviation ("HK$", "Rs", "KSh"), an ISO code, or N and R (naira, rand). */
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:" + FigureParser.CURRENCY_SIGNS
            + "|(?<![\\p{L}])(?:" + FigureParser.CURRENCY_CODES + ")) ?$|(?<![\\p{L}\\d])(?:"
            + String.join("|", FigureParser.NAME_LIKE_PREFIXES) + ")$");
    private static final Pattern SLASH_RATE = Pattern.compile("\\G" + FigureParser.SLASH_RATE);
    private static final Pattern PENCE = Pattern.compile("\\Gp(?![\\p{L}\\d])");
    /** What makes "345p" pence: pounds in the text, or shares quoted in London ("fell 2.8% to 407p in London"). */
    static final Pattern BRITISH_MONEY = Pattern.compile("£|\\b(?:pence|sterling|London|FTSE)\\b");
    private static final Pattern US_SPACED = Pattern.compile("(?<![\\p{L}.])(?:US|U\\.S\\.) $");
    /** A rate after a figure ("$93.37 a barrel", "$6.14 per passenger"): its noun ({@link #rateNoun}). */
    private static final Pattern RATE = Pattern.compile("\\G\\s+(?:(?:a|an|per)\\s+" + FigureParser.RATE_ADJECTIVE
            + "(" + FigureParser.RATE_NOUNS + ")" + FigureParser.DISTANCE_AFTER + "|" + FigureParser.PER_ANY_NOUN + ")"
            + "(?![\\p{L}])(?!(?<=day|week|month|quarter|year|hour|night)\\s+(?:earlier|ago|later|before(?!\\s+(?:tax|"
            + "taxes|deductions|costs|interest|bonuses|it|they|he|she|we)\\b)))",
            Pattern.CASE_INSENSITIVE);
    /** "for each ZiG", "to one new lira": the currency a conversion rate gives so many of another for. */
    private static final Pattern FOR_EACH_CURRENCY = Pattern.compile("(?i)\\G\\s+(?:for\\s+(?:each|every|one)"
            + "|to\\s+(?:each|one))\\s+(?:new\\s+)?(\\p{L}+)(?![\\p{L}])");
    /** An exchange rate: "18.62 to the dollar", "4.78 per dollar", "P57.60 versus the dollar". */
    private static final Pattern PER_CURRENCY = Pattern.compile(
            "\\G\\s+(?:per|to the|against the|versus the|vs\\.? the|a)\\s+(?:US\\s+|U\\.S\\.\\s+)?(dollar|greenback|euro|pound|yen|yuan|rouble|ruble)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /** "P58.67 to ", "Tk 120 per ": a rate whose currency unit, "$1", comes next. */
    private static final Pattern RATE_BEFORE_ONE = Pattern.compile("(?i)\\d\\s+(?:to|per|for|=)\\s+$");
    /** ": shillings per dollar" after a number that labels what follows: the currency, then the one it is priced in. */
    private static final Pattern COLON_RATE = Pattern.compile("(?i)\\G:\\s+(" + Currencies.NOUN_PATTERN + ")\\s+"
            + "(?:per|to\\s+the|against\\s+the|a)\\s+(?:US\\s+|U\\.S\\.\\s+)?(dollar|greenback|euro|pound|yen|yuan)"
            + "(?![\\p{L}])");
    /** What joins a range's two ends: a dash, "to", "and" after "between", a signed pair's slash ("+100/-300"). */
    private static final Pattern RANGE_TAIL = Pattern.compile("\\G(?:(?: ?[-–] ?|\\s+to\\s+(?:more\\s+than\\s+|"
            + "over\\s+|under\\s+|less\\s+than\\s+|almost\\s+|nearly\\s+|about\\s+)?|\\s+(and)\\s+)"
            + "(?=[$£€¥₽₹]?\\d)|/(?=[-+−]\\d))");
    private static final Pattern BETWEEN = Pattern.compile("(?i)\\bbetween\\s+$");
    /** "cuts of", "hikes of": what sizes of a change of rates follow. */
    private static final Pattern SIZES_OF = Pattern.compile("(?i)\\b(?:cuts|reductions|hikes|increases|rises)"
            + "\\s+of\\s+$");
    /** The head of a money range whose tail is written without the currency: "$30m-" in "$30m-35m". */
    static final Pattern MONEY_RANGE_HEAD = Pattern.compile(
            "(US\\$|A\\$|C\\$|\\$|£|€|¥|₹)\\d[\\d.,]*(?:m|bn|b|k|tn)?\\s?[-–]\\s?$");
    /**
     * "3 out of 4 economists", "7 of the 10 largest banks", "28,000 of its 125,000 workers", "3,900 of the roughly
     * 4,000 residents", "1 in 4 households", "3 out of every 10 durians", "37 domestic and 24 international
     * destinations": the first number counts what the second does.
     */
    private static final Pattern OUT_OF = Pattern.compile("\\G\\s+(?:(?:out\\s+)?of\\s+(?:the\\s+|its\\s+|their\\s+|"
            + "every\\s+|an\\s+estimated\\s+)?(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|roughly\\s+|some\\s+)?"
            + "|in\\s+(?:every\\s+)?|\\p{Ll}+(?<!ed)\\s+(?:and|or)\\s+)(?=\\d)");
    /** "five of the six members": the second number written as a word, its noun right after it. */
    private static final Pattern OUT_OF_WORD = Pattern.compile("\\G\\s+(?:out\\s+)?of\\s+(?:the\\s+)?"
            + NumberWords.CARDINAL_WORDS + "(?=\\s)");
    /** Cents written with a number ("20c", "57 cents"), and what they are the price of ("54c a litre"). */
    private static final String CENTS_WRITTEN = "(?i)\\d\\s*(?:cents?|c)";
    private static final String A_THING = "\\s+(?:an?|per)\\s+\\p{L}+(?:-\\p{L}+)*";
    private static final Pattern CENTS_FIGURE = Pattern.compile(CENTS_WRITTEN + "(?:" + A_THING + ")?$");
    /** "22 cents of every rand of revenue": hundredths of the currency named right after them. */
    private static final Pattern CENTS_OF_EVERY = Pattern.compile("(?i)\\G\\s+(?:in|of|on)\\s+(?:every|each|a|the)\\s+"
            + "(\\p{L}+)");
    /**
     * "barrels of oil equivalent per day", "litres of petrol a day", "kilograms of beef per person": what is measured,
     * between the noun and its rate in time or per person or hectare.
     */
    private static final Pattern OF_WHAT_PER_TIME = Pattern.compile("(?i)\\G\\s+of\\s+(?:\\p{Ll}+\\s+){0,2}\\p{Ll}+"
            + "(?=\\s+(?:a|an|per)\\s+(?:second|minute|hour|day|week|month|year|person|capita|head|inhabitant|hectare"
            + "|acre)(?![\\p{L}]))");
    /** "a 1.6 million-barrel draw", "a 2 million-tonne cut": a scaled amount joined to its noun by a hyphen. */
    private static final Pattern SCALED_COMPOUND = Pattern.compile("\\G-(barrel|tonne|ton|unit|vehicle|car|job|home|"
            + "passenger|share|ounce|bag|bushel|visitor|user|subscriber|customer|worker)(?![\\p{L}-])",
            Pattern.CASE_INSENSITIVE);
    /** "61,300 mortgages ..., up from 60,500 in February": a number compared with a count before it counts the same. */
    private static final Pattern COMPARED_FROM = Pattern.compile(
            "(?i)\\b(?:up|down|compared|against)\\s+(?:from|with)\\s+" + FigureExtractor.BOUND + "$");
    /** A number written with nothing else but its scale: "214,000", "1.5", "12 trillion". */
    private static final Pattern BARE_NUMBER = Pattern.compile("[\\d.,]+(?:\\s?(?:thousand|million|billion|trillion|"
            + "mln|bln|trln|tln|bn|tn|m|crore|lakh))?");
    /** A whole number, grouped or not. */
    private static final Pattern WHOLE = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d+");
    /**
     * A whole number written with thousands separators, or in lakhs as Indian papers group it ("6,12,724"): a count
     * more often than a level or a code.
     */
    private static final Pattern GROUPED_WHOLE = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d{1,2}(?:,\\d{2})+,\\d{3}");
    /** Cents after a number: "66.2 cents", and "66.12c" as written onto "US". */
    private static final Pattern CENTS = Pattern.compile("\\G(?:\\s+cents|c)(?![\\p{L}\\d])");
    private static final Pattern CENTS_WRITTEN_ON = Pattern.compile("\\Gc(?![\\p{L}\\d])");
    private static final Pattern ONE_CENT = Pattern.compile("\\G\\s+cent(?![\\p{L}-])");
    /** "71.05 US cents": a price in cents of the US dollar, written after the number. */
    private static final Pattern US_CENTS = Pattern.compile("\\G\\s+(?:US|U\\.S\\.)\\s+cents(?![\\p{L}])");
    /** A bound before a number and its hedge: "under", "more than". */
    private static final String BOUND = "(?:under\\s+|over\\s+|below\\s+|above\\s+|more\\s+than\\s+|less\\s+than\\s+)?";
    /** A hedge before a number ("about", "nearly"), as a regular expression to end a pattern's head with. */
    static final String HEDGE = "(?:about\\s+|around\\s+|nearly\\s+|almost\\s+|roughly\\s+|some\\s+|"
            + "as\\s+(?:much|many|little|few)\\s+as\\s+)?";
    /** "240,000 of them": a number of what was named before it. */
    private static final Pattern OF_THEM = Pattern.compile("(?i)\\G\\s+of\\s+them\\b");
    /**
     * "households, about", "refugees from Sudan, more than": a plural noun (maybe with where they are from), a comma
     * and a hedge right before a number.
     */
    private static final Pattern NOUN_THEN_NUMBER = Pattern.compile("(?i)\\b(\\p{L}+s)(?:\\s+(?:from|in|of)\\s+"
            + "(?-i:\\p{Lu})\\p{L}+)?,\\s+(?:an\\s+estimated\\s+)?" + BOUND + HEDGE + "$");
    /** ", surpassing", ", topping": a mark the count just stated passed, a number of the same things. */
    private static final Pattern PASSING = Pattern.compile("(?i),\\s+(?:surpassing|exceeding|topping|passing|crossing"
            + "|breaking)\\s+(?:the\\s+)?" + HEDGE + "$");
    /**
     * "322.6 to the dollar, against 198.8 in 2021", "9.5 times forward earnings, against an average of 11": a number
     * set against a figure before it.
     */
    private static final Pattern SET_AGAINST = Pattern.compile("(?i)\\b(?:against|versus|vs\\.?|compared\\s+with)\\s+"
            + "(?:(?:an|the|its|a)\\s+(?:[\\p{L}\\d-]+\\s+)?average\\s+of\\s+"
            // "against the old peg of", "against an absolute scarcity threshold of"
            + "|(?:an|the|its|a)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:peg|threshold|target|benchmark|norm|limit|ceiling|floor)"
            + "\\s+of\\s+)?"
            + "(?:more\\s+than\\s+|less\\s+than\\s+|over\\s+|under\\s+)?" + HEDGE + "$");
    /** ", but at about ", ", but trades at up to ": a second price of what the clause before priced. */
    private static final Pattern BUT_AT = Pattern.compile("(?i),\\s+but\\s+(?:(?:trades?|traded|trading|sells?|sold|"
            + "fetch(?:es|ed)?|changes\\s+hands)\\s+)?at\\s+(?:up\\s+to\\s+)?" + HEDGE + "$");
    /** "(2022: " before a number: the same figure for another year, as annual reports write it. */
    private static final Pattern YEAR_IN_BRACKETS = Pattern.compile("\\(\\s*(?:19|20)\\d\\d\\s*:\\s*$");
    /** A number that is no year: another figure between two. */
    private static final Pattern NUMBER_NOT_YEAR = org.factline.measure.Period.FIGURE_NOT_A_YEAR;
    /**
     * How far after a rate a bare number may continue it ("averaged 10.13 to the dollar in 2023, little changed from
     * 10.16"), with no other figure between.
     */
    private static final int RATE_REACH = 60;
    /**
     * "from" right before a number: the value a figure just stated changed from ("from a record low of ₦1,900",
     * "from Friday's close of 4.7010").
     */
    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s+(?:(?:a|an|its|the|\\p{L}+['’]s)\\s+(?:(?:record|"
            + "all-time|historic|previous)\\s+)?(?:low|high|peak|trough|close|finish|level)\\s+of\\s+|(?:its|their)\\s+)?"
            + BOUND + HEDGE + "$");
    /** "not far from the 152 level": a level a price is set against, named by its number. */
    private static final Pattern FROM_THE = Pattern.compile("(?i)\\bfrom\\s+the\\s+$");
    private static final Pattern NUMBERED_LEVEL = Pattern.compile("\\G[\\d.,]+\\s+(?:level|mark|threshold)\\b");
    /**
     * "having hit a record low of", "touched an all-time high of": a price's extreme, which in a sentence about a
     * currency's rate is that rate too ("152.5 per dollar, … having hit a record low of KSh162 in January").
     */
    private static final Pattern EXTREME_OF = Pattern.compile("(?i)\\b(?:a|an|its|the|\\p{L}+['’]s)\\s+(?:(?:record|"
            + "all-time|historic|previous|\\d+-(?:year|month|week|decade))\\s+)?(?:low|high|peak|trough)\\s+of\\s+"
            + HEDGE + "$");
    /** Fils, hundredths of the UAE dirham, and what names the Emirates. */
    private static final Pattern FILS = Pattern.compile("(?i)\\bfils\\b");
    private static final Pattern UAE = Pattern.compile("UAE|U\\.A\\.E\\.|Emirat|Dubai|Abu Dhabi|Sharjah");
    /** ", from", ", up from about": where the figure before came from, set off from the clause between. */
    private static final Pattern COMMA_FROM = Pattern.compile("(?i),\\s+(?:up\\s+|down\\s+)?from\\s+" + HEDGE + "$");
    /** "let it weaken from", "it fell to": a pronoun's currency moving to or from a price. */
    private static final Pattern IT_MOVED = Pattern.compile("(?i)\\bit\\s+(?:weaken|strengthen|fall|slide|slip|rise|"
            + "climb|depreciate|appreciate|drop)\\p{L}*\\s+(?:from|to)\\s+" + HEDGE + "$");
    /** "firmer than 11.03", "stronger than the 4.46 of 2022": the value a rate is compared with. */
    private static final Pattern THAN = Pattern.compile("(?i)\\bthan\\s+(?:the\\s+)?" + HEDGE + "$");
    /** "and" right before a number: the next of a list ("and about 9,000 in 2020", "and under 9,700 in 2021"). */
    private static final Pattern AND = Pattern.compile("(?i)\\band\\s+" + BOUND + HEDGE + "$");
    /** "almost double its 5.8 of 2021": the figure a multiple of it is set against, named as its own. */
    private static final Pattern MULTIPLE_OF_ITS = Pattern.compile("(?i)\\b(?:double|twice|triple|treble|half)\\s+"
            + "(?:its|their)\\s+$");
    /**
     * "The lari averaged 2.63 per dollar and the dram 392.5", "… and the Ugandan shilling 3,726": the next of a list
     * of rates, its currency named.
     */
    private static final Pattern AND_THE_CURRENCY = Pattern.compile("(?i)\\band\\s+the\\s+(?:\\p{L}+\\s+)?(\\p{L}+)\\s+"
            + HEDGE + "$");
    /**
     * "It traded at 89.5", "the currency stood at about 1,050", "buy remittance dollars at up to Tk 122": a currency's
     * price, when a rate was just stated.
     */
    private static final Pattern TRADED_AT = Pattern.compile("(?i)\\b(?:trad(?:ed|ing|es)|stood|clos(?:ed|es|ing)|"
            + "end(?:ed|s|ing)|settl(?:ed|es|ing)|"
            + "(?:was|were|is)\\s+quoted|chang(?:e|es|ed|ing)\\s+hands(?:\\s+[^\\d,;.]{1,30}?)?|"
            // "allowed to buy remittance dollars at up to Tk 122"
            + "(?:buy|sell|bought|sold|buying|selling)\\s+(?:\\p{L}+\\s+)?(?:dollars|euros))"
            + "(?:\\s+the\\s+(?:year|month|week|day|quarter|session))?\\s+at\\s+(?:up\\s+to\\s+)?" + HEDGE + "$");
    /**
     * "yen jumps past", "the rupee slid to", "the franc, fixed to the dollar since 1973, stood at": a currency named
     * right before a verb that moves it to a level or states it, perhaps with a clause between. (Its price is in
     * dollars unless it is one of {@link #QUOTED_IN_DOLLARS}.)
     */
    private static final Pattern CURRENCY_MOVED = Pattern.compile("(?i)(?<![\\p{L}])(" + Currencies.NOUN_PATTERN
            + ")(?:,[^,;.]{1,60},)?\\s+(?:(?:jump|rise|rose|fall|fell|slide|slid|slip|hit|top|breach|weaken|strengthen"
            + "|firm|climb|sink|sank|plunge|tumble|surge|drop|recover|rebound)\\p{L}*\\s+"
            + "(?:(?:by\\s+)?(?:about\\s+)?[\\d.]+\\s?(?:%|percent|per\\s+cent)\\s+)?(?:past|to|above|below|beyond"
            + "|through)|(?:stood|stands|traded|trades|closed|closes|ended|ends|settled|settles|holds|held)\\s+at"
            + "|(?:stead(?:y|ies|ied|ying)|hover(?:s|ed|ing)?)\\s+(?:near|at|around))\\s+"
            + HEDGE + "$");
    /**
     * "The New Zealand dollar fell 0.3% to", "the Canadian dollar was at": a local dollar moved to its price in US
     * dollars. (Not its nicknames: "Kiwi exports rose to $2.1 billion" are of fruit, in New Zealand dollars.)
     */
    private static final Pattern LOCAL_DOLLAR_MOVED = Pattern.compile("(?i)\\b(?:Australian|New\\s+Zealand|"
            + "Canadian|Singapore|Hong\\s+Kong|Taiwan)\\s+dollar\\b(?:[^.;$]|\\.(?=\\d)){0,40}?"
            + "\\b(?:to|at|past|above|below)\\s+" + HEDGE + "$");
    /** Currencies whose price is written in dollars ("the euro rose to 1.09"), not in themselves per dollar. */
    private static final java.util.Set<String> QUOTED_IN_DOLLARS = java.util.Set.of("USD", "EUR", "GBP", "AUD", "NZD",
            "XDR");
    /**
     * Currencies worth less than a dollar that their central banks quote in dollars ("the kina was at 0.2674") and
     * news as often per dollar ("the tala averaged 2.74 per US dollar"): a price below one is in dollars.
     */
    private static final java.util.Set<String> QUOTED_BOTH_WAYS = java.util.Set.of("PGK", "FJD", "WST", "TOP");
    /** A numeral below one: "0.2674", ".27". */
    private static final Pattern BELOW_ONE = Pattern.compile("0*\\.\\d+");
    /** "peso closes at", "the rupee settled at": a currency named right before the verb of its close. */
    private static final Pattern CURRENCY_CLOSED_AT = Pattern.compile("(?i)(?<![\\p{L}])(" + Currencies.NOUN_PATTERN
            + ")(?:\\s+\\p{L}+){0,2}?\\s+(?:trad(?:ed|ing|es)|stood|clos(?:ed|es|ing)|end(?:ed|s)|settl(?:ed|es))\\s+at\\s+"
            + HEDGE + "$");
    /** "… to 0.98", "… at 0.98": the level a price reached. */
    private static final Pattern LEVEL_TO = Pattern.compile("(?i)\\b(?:to|at)\\s+" + HEDGE + "$");
    /** "against the dollar", "against the U.S. dollar": the currency a price is quoted in, as group 1. */
    private static final String AGAINST_THE = "\\bagainst\\s+the\\s+(?:US\\s+|U\\.S\\.\\s+)?"
            + "(dollar|greenback|euro|pound|yen|yuan)";
    /** Years and spans of time in a text: "2023", "a 26-year low". */
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b(?:(?:19|20)\\d\\d|\\d+-(?:year|month|week|day|"
            + "decade))\\b");
    /** "weakened 0.9% against the euro to 0.98": the currency a price in the same sentence is quoted in. */
    private static final Pattern AGAINST_BEFORE = Pattern.compile("(?i)" + AGAINST_THE + "\\b(?![^.;]*\\d)[^.;]*$");
    /**
     * "… against the dollar since January and traded at", "… since January, trading at", "gained 3.1% against the
     * dollar on the news to": the currency quoted against another is still the subject of the verb before the number
     * (not "… as a bag of maize traded at").
     */
    private static final Pattern SAME_CURRENCY_CLAUSE = Pattern.compile("(?i)" + AGAINST_THE
            + "(?:\\s+(?:since|in|on|so\\s+far|this|last|over|during|after)\\b[^,;.]*?)?,?"
            + "\\s+(?:and\\s+(?:has\\s+|had\\s+|was\\s+)?(?:trad(?:ed|ing|es)|stood|closed|ended|recovered|rebounded|"
            + "returned|weakened|strengthened|firmed|slid|fell|dropped|rose|climbed|eased|hit|reached)\\s+(?:back\\s+)?"
            + "(?:at|to|past)|(?:trading|standing|closing|ending|settling)\\s+at|to)\\s+" + HEDGE + "$");
    /** "while the Brazilian real averaged 4.99": a currency's average price, when a rate was just stated. */
    private static final Pattern AVERAGED = Pattern.compile("(?i)\\baveraged\\s+" + HEDGE + "$");
    /** "has since recovered to about 3.65": a currency's price reached, when its rate was just stated. */
    private static final Pattern MOVED_TO = Pattern.compile("(?i)\\b(?:recover|rebound|return|weaken|strengthen|firm|"
            + "slid|slide|fell|fall|dropp?|rose|rise|ris|climb|eas|ease|hit|reach)(?:ed|ing)?\\s+(?:back\\s+)?"
            + "(?:to|past)\\s+" + HEDGE + "$");
    /** "from about EGP 30.9 per dollar to more than": the rate a currency moved to, after the one it moved from. */
    private static final Pattern FROM_RATE_TO = Pattern.compile("(?i)\\bfrom\\s+" + HEDGE
            + "[^\\s\\d]{0,4}\\s?\\d[\\d.,]*\\s+(?:per|to|against)\\s+(?:the\\s+|one\\s+)?(?:US\\s+|U\\.S\\.\\s+)?"
            + "\\p{L}+[^;]{0,40}?\\bto\\s+"
            + "(?:more\\s+than\\s+|over\\s+|less\\s+than\\s+|under\\s+|" + HEDGE + ")$");
    /** "Rs 45 per unit", "Rs 2,275 a quintal": a price of something, after its number. */
    private static final Pattern PER_ANYTHING = Pattern.compile("(?i)\\G\\s+(?:a|an|per|each)\\s+\\p{L}");
    /**
     * "set its central rate at VND24,246", "the parallel 'blue' rate was 1,040 pesos": a currency's price named as a
     * rate.
     */
    private static final Pattern RATE_AT = Pattern.compile("(?i)\\b(?:central|reference|exchange|official|mid-?point|"
            + "fixing|guidance|parallel|blue|(?:blue|black)[- ]market|informal|street|financial|commercial|interbank|"
            + "unofficial)(?:\\s+market)?[\"”'’]?"
            + "\\s+rates?(?:,\\s+which)?\\s+(?:(?:at|of|to|was|is|stood\\s+at|(?:had\\s+|has\\s+)?(?:reached|hit|"
            + "touched))\\s+|(?=about\\s|around\\s|nearly\\s|roughly\\s|some\\s))" + HEDGE + "$");
    /** A currency's code: what an exchange rate is stated per. */
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    /** "closed at 2,593", "traded at about 1,050": a level, not a count. */
    private static final Pattern LEVEL_AT = Pattern.compile("(?i)\\bat\\s+(?:about\\s+|around\\s+|some\\s+)?$");
    /** "a P/E of 21", "a price-to-earnings ratio of 18": a valuation multiple named before its number. */
    private static final Pattern MULTIPLE_BEFORE = Pattern.compile("(?i)\\b(?:an?\\s+)?(?:(?:forward|trailing)\\s+)?"
            + "(?:P/E|PE|price[- /](?:to[- ])?earnings)(?:\\s+(?:ratio|multiple))?\\s+of\\s+$");
    /**
     * "a population of only 393,000", "the population passed", "fell by 2.08 million to", "grew by 0.1 per cent in
     * the third quarter, to", "population to pass", "the diaspora is estimated at about": a count of people, though no
     * noun follows it.
     */
    private static final Pattern POPULATION_OF = Pattern.compile("(?i)\\b(?:populations?|diaspora)"
            + "(?:\\s+of\\s+(?:the\\s+)?"
            + "(?!about\\b|around\\b|nearly\\b|almost\\b|roughly\\b|some\\b|only\\b|just\\b)[\\p{L}'’-]+)?"
            + "(?:,[^,;.\\d]{1,60},)?\\s+(?:of|"
            + "(?:has\\s+|had\\s+)?(?:passe[sd]|reach(?:ed|es)|top(?:ped|s)|exceed(?:ed|s)|hits?|(?:rose|risen|fell|"
            + "fallen|grew|grown|dropped|"
            + "declined|shrunk|shrank)\\s+(?:(?:[\\d.]+\\s?(?:%|percent|per\\s+cent)\\s+|by\\s+" + HEDGE
            + "[\\d.,]+(?:\\s?(?:%|percent|per\\s+cent)|\\s+(?:million|billion))?"
            + "(?:\\s+in\\s+[^\\d,;.]{1,30}?|\\s+(?:last|this)\\s+year)?,?\\s+)?"
            + "to(?:\\s+(?:reach|hit|top|stand\\s+at))?|by)|"
            + "stood\\s+at|(?:was|is)(?:\\s+(?:estimated|put|thought|believed|reckoned)\\s+at)?|"
            + "(?:(?:is\\s+)?(?:set|expected|"
            + "forecast|projected|likely)\\s+)?to\\s+(?:pass|reach|top|exceed|hit)|will\\s+(?:pass|reach|top|exceed|"
            + "hit)))"
            + "\\s+" + HEDGE + "(?:only\\s+|just\\s+)?$");
    /** Plural nouns that as often count money, or a measure, as things: "exports reached 4.5 million" is no count. */
    private static final Pattern MONEY_NOUNS = Pattern.compile("exports|imports|sales|revenues|earnings|profits|losses|"
            + "receipts|remittances|inflows|outflows|reserves|deposits|loans|assets|funds|costs|taxes|payments|"
            + "investments|transfers|bills|bonds|savings|wages|salaries|prices|rates|yields|debts|liabilities|"
            + "subsidies|dividends|bonuses|pensions|benefits|tariffs|fees|returns|proceeds|sums|amounts|holdings|"
            + "inventories|stocks|shares|volumes|shipments|claims|orders|bookings|supplies");
    /** "car exports", "smartphone shipments": goods counted in units, whose sales or exports are no money then. */
    private static final String GOODS = "car|vehicle|motorcycle|motorbike|truck|two-wheeler|three-wheeler|scooter|bus|"
            + "tractor|home|house|phone|smartphone|handset|aircraft|jet|ship|unit";
    private static final Pattern GOODS_BEFORE = Pattern.compile("(?i)\\b(?:" + GOODS + ")\\s+$");
    /** "vehicles", "cars": goods as a count names them (not "units", which may be anything's). */
    private static final Pattern GOODS_COUNTED = Pattern.compile("(?i)(?!units?$)(?:" + GOODS + ")(?:s|es)?");
    /** "Of the ": a whole named again by its number alone, before the parts of it that follow. */
    private static final Pattern OF_THE_BEFORE = Pattern.compile(
            "(?i)(?:^|[.;]\\s+|\\n)of\\s+(?:the|these|those)\\s+$");
    /** "- Births: 9.02 million": a list's line labelled by what it counts. */
    private static final Pattern NOUN_LABEL = Pattern.compile("(?:^|\\n)[-–•*\\s]*(\\p{L}+s):\\s+$");
    /** "population" right after a number: "its 20 million population". */
    private static final Pattern POPULATION_AFTER = Pattern.compile("(?i)\\G\\s+population(?![\\p{L}])");
    /** "Population at year-end: 1.40967 billion": a population as a list's label. */
    private static final Pattern POPULATION_LABEL = Pattern.compile("(?i)\\bpopulation[^.;:\\d]{0,20}:\\s+$");
    /**
     * "employs 45 in the region", "its German workforce of 120,000": the number of people a verb of employing counts,
     * its noun left out.
     */
    private static final Pattern EMPLOYS = Pattern.compile("(?i)\\b(?:employs|employed|employing|"
            + "(?:to|will|would|could|may|might|should)\\s+employ|hires|"
            + "hired|hiring|(?:a|its|their|the)\\s+(?:[\\p{L}-]+\\s+)?(?:staff|workforce)\\s+of)\\s+" + BOUND
            + "(?:up\\s+to\\s+)?" + HEDGE + "$");
    /**
     * "employment fell by", "payrolls increased by", and the verb left out too ("and part-time employment by"): a
     * change in the number of jobs, its noun left out.
     */
    private static final Pattern EMPLOYMENT_CHANGED = Pattern.compile("(?i)\\b(?:employment|payrolls|hiring)\\s+"
            + "(?:(?:rose|fell|increased|decreased|declined|grew|dropped|climbed|jumped|slipped|"
            + "was\\s+(?:up|down))\\s+)?by\\s+" + HEDGE + "$");
    /** "from", "from about": the level a change started from. */
    private static final Pattern FROM_AT_END = Pattern.compile("(?i)\\bfrom\\s+" + HEDGE + "$");
    /** ", from about", "to grow its fleet from": what a count came from, after the count it came to. */
    private static final Pattern FROM_END = Pattern.compile("(?i)(?:,\\s+|\\b(?:grow|expand|increase|raise|lift|cut|"
            + "reduce|shrink|take)\\s+(?:its|their|the)\\s+(?:\\p{L}+\\s+){1,2})from\\s+" + HEDGE + "$");
    /** "fewer than the", "more than the": a comparison with a figure of the same kind, whatever its scale word. */
    private static final Pattern THAN_THE = Pattern.compile("(?i)\\b(?:more|fewer|less)\\s+than\\s+the\\s+" + HEDGE
            + "$");
    /** "raising", "worth", "paid": what makes the number after it money, whatever was counted before. */
    private static final Pattern MONEY_VERB_BEFORE = Pattern.compile("(?i)\\b(?:rais(?:e|es|ed|ing)|worth|valued\\s+at|"
            + "paid|pay(?:s|ing)?|spent|spend(?:s|ing)?|cost(?:s|ing)?|earn(?:s|ed|ing)?|fetch(?:es|ed|ing)?|"
            + "invest(?:s|ed|ing)?|borrow(?:s|ed|ing)?|lent|lend(?:s|ing)?)\\s+" + HEDGE + "$");
    /**
     * "Airtel had", "leaving it with", "had forecast", "expects more than", ", and Globacom", "The Underground alone
     * carried", "Transsion … shipped": what carries a count on into the next sentence, a name whose verb is left out
     * among them.
     */
    private static final Pattern CONTINUES_HEAD = Pattern.compile("(?i)(?:\\b(?:had|has|have|with|of|from|forecast|"
            + "forecasts|expected|expects?|estimated|carried|handled|recorded|registered|logged|received|welcomed|"
            + "served|shipped|sold|delivered|produced)\\s+|(?:,|\\band|\\bwhile)\\s+(?:the\\s+)?(?-i:\\p{Lu})[\\p{L}-]*"
            + "(?:\\s+(?-i:\\p{Lu})[\\p{L}-]*)?\\s+)" + BOUND + HEDGE + "$");
    /**
     * "Deaths, at", "the most refugees, some", "Applications in January, at": a count named before its number, set off
     * by commas.
     */
    private static final Pattern NOUN_COMMA_AT = Pattern.compile("(?i)\\b(\\p{L}+s)(?:\\s+(?:in|for|from|to|of)\\s+"
            + "[^,;.\\d]{1,30}?)?,\\s+(?:at\\s+)?(?:some\\s+|about\\s+|around\\s+|nearly\\s+|almost\\s+|"
            + "roughly\\s+)?$");
    /** " of whom return": the number is of those just named, and what they do follows. */
    private static final Pattern OF_WHOM_AFTER = Pattern.compile("(?i)\\G\\s+of\\s+(?:whom|which|them)\\b");
    /** ",", ";", ".", ")": the end of the clause a number closes. */
    private static final Pattern CLAUSE_ENDS = Pattern.compile("\\G[,;.)]");
    /** "Its workforce grew to about", "headcount stood at", "Our headcount is": the number of employees. */
    private static final Pattern WORKFORCE_AT = Pattern.compile("(?i)\\b(?:(?:bringing|taking|lifting|raising|cutting|"
            + "reducing)\\s+(?:its|the|their|(?:the\\s+)?\\p{L}+['’]s?)\\s+(?:workforce|headcount|staff)\\s+to|"
            + "(?:workforce|headcount|staff)\\s+"
            + "(?:stood\\s+at|stands\\s+at|reached|was|is|totall?ed|numbered|tops|topped|hits?|passe[sd]|surpasse[sd]|"
            + "exceed(?:s|ed)|(?:rose|rises|fell|falls|grew|grows|"
            + "climbed|dropped|"
            + "declined|increased|decreased|shrank|shrinks)\\s+(?:to|by)))\\s+" + HEDGE + "$");
    /**
     * "stood at", "fell 0.4% to", "climbed by 27,000 in December to", "rose by", "falls below": the verb that leads
     * from what is counted to its level or its change, and a hedge, at the end of what is read.
     */
    private static final String LEVEL_OR_CHANGE = "(?:stood\\s+at|reached|hit|was|totall?ed|averaged|passe[sd]|tops|"
            + "topped|exceed(?:s|ed)|surpasse[sd]|"
            + "(?:was|were|is|held|stayed|remained)\\s+(?:(?:broadly|largely|little|roughly|almost)\\s+)?"
            + "(?:flat|unchanged|steady|stable)\\s+at|(?:was|were)\\s+(?:up|down)(?:\\s+by)?|"
            + "(?:falls?|fell|rises?|rose|"
            + "dips?|dipped|drops?|dropped|climbs?|climbed)\\s+(?:below|above|under|past)|(?:rose|fell|grew|climbed|"
            + "dropped|declined|increased|decreased|jumped|rising|falling|growing|climbing|dropping)\\s+"
            + "(?:by\\s+[\\d.,]+(?:\\s+(?:million|people))?\\s+|"
            + "[\\d.]+\\s?(?:%|percent|per\\s+cent)\\s+)?(?:in\\s+[^\\d,;.]{1,30}?\\s+)?(?:to|by))\\s+"
            + "(?:at\\s+least\\s+|more\\s+than\\s+)?" + HEDGE + "(?:an\\s+estimated\\s+)?$";
    /**
     * "Formal employment stood at", "employment fell 0.4% to", "Employment in the sector was broadly flat at": a number
     * of jobs as a level.
     */
    private static final Pattern EMPLOYMENT_AT = Pattern.compile("(?i)\\b(?:employment|payrolls)\\s+"
            + "(?:in\\s+(?:the\\s+)?[^\\d,;.]{1,30}?\\s+)?" + LEVEL_OR_CHANGE);
    /**
     * "Unemployment climbed by 27,000 to 2.86 million", "Net overseas migration fell to", "enrolment reached", "Average
     * attendance was", "average attendance of": a number of people, named by what they do.
     */
    static final Pattern PEOPLE_NAMED_BY_ACTIVITY = Pattern.compile("(?i)\\b(?:unemployment|"
            + "(?:net\\s+)?(?:(?:overseas|international|foreign)\\s+)?(?:im|e)?migration|enrol?ment|enrollment|"
            + "attendances?)\\s+"
            + LEVEL_OR_CHANGE + "|\\battendances?\\s+of\\s+" + BOUND + HEDGE + "$");
    /** "The waiting list for routine hospital treatment in England fell to": the number of cases on a list. */
    private static final Pattern WAITING_LIST = Pattern.compile("(?i)\\bwaiting\\s+lists?(?:\\s+(?:for|in|of|at)\\s+"
            + "[^\\d,;.]{1,60}?)?\\s+" + LEVEL_OR_CHANGE);
    /** "The death toll from last week's earthquake rose to", "death toll passes": a number of deaths. */
    private static final Pattern DEATH_TOLL = Pattern.compile("(?i)\\bdeath\\s+toll(?:\\s+(?:from|of|in)\\s+"
            + "[^,;]{1,60}?)?\\s+" + LEVEL_OR_CHANGE);
    /** " still missing", " were injured", " made the journey": people, named by what befell them or what they did. */
    private static final Pattern PEOPLE_STATE_AFTER = Pattern.compile("(?i)\\G\\s+(?:(?:are|were|remain|remained)\\s+)?"
            + "(?:still\\s+)?(?:missing|unaccounted\\s+for|injured|wounded|dead|hospitali[sz]ed|displaced|homeless|"
            + "made\\s+the\\s+(?:journey|crossing|trip))(?![\\p{L}])");
    /** "Police arrest", "troops evacuated about": people, named by what was done to them. */
    private static final Pattern PEOPLE_ACTED_ON = Pattern.compile("(?i)\\b(?:arrest(?:s|ed)?|detain(?:s|ed)?|"
            + "evacuat(?:e|es|ed)|rescu(?:e|es|ed)|kill(?:s|ed)?|injur(?:e|es|ed)|deport(?:s|ed)?)\\s+"
            + "(?:at\\s+least\\s+|more\\s+than\\s+)?" + HEDGE + "$");
    /** "below forecasts of", "against estimates of": what was expected of the amount just stated. */
    private static final Pattern FORECASTS_OF = Pattern.compile("(?i)\\b(?:forecasts?|estimates?|expectations?|"
            + "consensus|projections?)\\s+(?:of|for)\\s+" + HEDGE + "$");
    /**
     * "and its operating profit by 70% to", "Net income was": an amount of money as the subject of the clause that
     * leads to a number (not sales or exports, which are as often counted in units).
     */
    private static final Pattern MONEY_SUBJECT = Pattern.compile("(?i)\\b(?:operating\\s+|net\\s+|pre-?tax\\s+|"
            + "gross\\s+|core\\s+)?(?:profits?|revenues?|turnover|income|earnings|loss(?:es)?|deficits?|"
            + "surplus(?:es)?|budgets?|spending|capex|investments?|dividends?|ebitda)\\b"
            + "(?:[^\\d,;.]|\\d[\\d.]*\\s?(?:%|percent|per\\s+cent)){0,40}?\\b(?:to|at|of|was|were|is|are|reached|"
            + "totall?ed|hit)\\s+" + HEDGE + "$");
    /**
     * "down from a peak of more than", "bringing the total to around", "for a total of", "a decline of": the count
     * named before in the sentence, restated as its peak, its total or its change.
     */
    private static final Pattern RESTATED_COUNT = Pattern.compile("(?i)(?:\\bfrom\\s+(?:a|its|the)\\s+"
            + "(?:\\p{L}+\\s+)?(?:peak|high|record)\\s+(?:of\\s+)?|\\b(?:the|a)\\s+total\\s+(?:to|at|of)\\s+|"
            + "\\b(?:a|an)\\s+(?:decline|drop|fall|decrease|increase|rise|gain)\\s+of\\s+)" + BOUND + HEDGE + "$");
    /** "Malaysia was the top destination, with", "South Korea sent the most,": a place's share of a count before. */
    private static final Pattern TOP_PLACE_WITH = Pattern.compile("(?i)(?:\\b(?:was|is|were|are|remained|remains)\\s+"
            + "the\\s+(?:top|largest|biggest|main|leading|second[- ]largest)\\s+(?:destination|source|market|buyer|"
            + "group|supplier|origin|sender)(?:\\s+[^\\d,;.]{1,20}?)?,?\\s+(?:with|at)|\\b(?:sent|bought|supplied|took|"
            + "received)\\s+the\\s+most(?:\\s+[^\\d,;.]{1,20}?)?,(?:\\s+(?:with|at))?)\\s+" + BOUND + HEDGE + "$");
    /** "Construction had the most insolvencies of any industry, with": the count a ranking's leader is named with. */
    private static final Pattern HAD_THE_MOST_WITH = Pattern.compile("(?i)\\bhad\\s+the\\s+"
            + "(?:most|largest\\s+number\\s+of)\\s+(\\p{L}+s)(?:\\s+of\\s+any\\s+\\p{L}+)?,?\\s+with\\s+" + BOUND
            + HEDGE + "$");
    /** "expects the number to peak at about", "the number will rise to": the count named before, as "the number". */
    private static final Pattern THE_NUMBER_TO = Pattern.compile("(?i)\\bthe\\s+number\\s+(?:to|will|would|could|"
            + "may|might|should)\\s+(?:\\p{L}+\\s+){0,2}?(?:peak|rise|fall|climb|drop|reach|top|exceed|be|stand|stay|"
            + "remain)\\s+(?:at\\s+|to\\s+|by\\s+)?" + BOUND + HEDGE + "$");
    /**
     * The group a share with no noun of its own is of: the plural an "Of the firms that employ staff," opening its
     * sentence or the one before names, or people.
     */
    private static String groupOpened(String text, int ns, List<int[]> sentences) {
        int from = sentenceOf(ns, sentences)[0];
        for (int opens : from > 0 ? new int[] {from, previousSentenceStart(text, ns, sentences)} : new int[] {from}) {
            Matcher x = OF_THE_GROUP_OPENS.matcher(text.substring(opens, ns));
            if (x.find() && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))) {
                return x.group(1).toLowerCase(Locale.ROOT);
            }
        }
        return "people";
    }

    /**
     * The noun the text counts elsewhere with the same number and scale word ("6.4 billion transactions" for a
     * headline's "6.4 billion"), or null: the same figure, stated again without its noun. Failing a written noun, the
     * count the same figure was read as before ("the number of unemployed fell to 7.8 million" for a later "at more
     * than 7.8 million"). Neither after a verb of money ({@code money}: "raising 30 million").
     */
    private static String countedElsewhere(String text, String number, String scale, int ns, boolean money,
                                           List<int[]> sentences) {
        if (money) {
            return null;
        }
        Matcher m = Pattern.compile("(?<![\\d.,])" + Pattern.quote(number) + Pattern.quote(scale) + "(?![\\d\\p{L}])")
                .matcher(text);
        String before = null;
        while (m.find()) {
            if (m.start() == ns) {
                continue;
            }
            int nounEnd = CountedNoun.end(text, m.end());
            if (nounEnd > 0) {
                String words = text.substring(m.end(), nounEnd).strip().toLowerCase(Locale.ROOT);
                String noun = words.substring(words.lastIndexOf(' ') + 1);
                if (FigureParser.isPluralNoun(noun) && !MONEY_NOUNS.matcher(noun).matches()
                        && !org.factline.measure.Quantities.isUnit(noun)
                        && FigureParser.currencyOfWord(noun).isEmpty()) {
                    return noun;
                }
            }
            if (m.start() < ns) {
                int at = m.start();
                before = candidateAt(text, at, at + number.length(), sentences)
                        .filter(c -> c.start() == at && c.kind() == FigureKind.COUNT).map(Candidate::unit)
                        .orElse(before);
            }
        }
        return before;
    }

    /**
     * Whether the text counts {@code noun} somewhere, a number (no year) and a scale word right before it ("20.01
     * billion payments", "12 million new orders"): then a noun of money's list ("payments", "orders") counts things.
     */
    private static boolean countedInText(String text, String noun) {
        return Pattern.compile("(?i)(?<![\\d.,])(?!(?:18|19|20)\\d\\d\\s)\\d(?:[\\d.,]*\\d)?"
                + "(?:\\s?(?:thousand|million|billion|trillion|bn|mn|m))?\\s+"
                + "(?:[\\p{L}-]+\\s+)?" + Pattern.quote(noun) + "\\b").matcher(text).find();
    }

    /** "The country of", "a nation of about", "its population of": a place named by its number of people. */
    private static final Pattern PLACE_OF = Pattern.compile("(?i)\\b(?:country|nation|city|state|kingdom|island|"
            + "republic|region|province|population)\\s+of\\s+" + HEDGE + "$");
    /**
     * A verb right after a number: in the past with its object after it ("produced goods"), or in the present before
     * a preposition or determiner ("stands at", "faces a").
     */
    private static final Pattern VERB_AFTER = Pattern.compile("(?i)\\G\\s+(?:\\p{L}+ed\\s+\\p{L}|\\p{L}+s\\s+"
            + "(?:at|to|a|an|the|its|their|more|less|about|around|nearly|few|many|most|only)\\s)");
    /** A yield, so much a hectare or an acre, as farm reports shorten it: "6.3 t/ha", "52 bu/acre". */
    private static final Pattern PER_AREA = Pattern.compile("(?i)\\G\\s?(?:t|kg|bu)/(?:ha|acre|a)(?![\\p{L}/])");
    /** " per 100,000": a count's rate per so many of a population the text named before. */
    private static final Pattern PER_POPULATION = Pattern.compile(
            "(?i)\\G\\s+per\\s+(?:100|10|1)(?:,?000)+(?![\\d\\p{L}]|[.,]\\d)");
    /** A price per square foot or metre, as property reports shorten it: "S$2,100 psf". */
    private static final Pattern PER_SQUARE_FOOT = Pattern.compile("(?i)\\G\\s+(psf|psm)(?![\\p{L}])");
    /** The second part of a numeral in two: "2 million 300 thousand". */
    private static final Pattern SECOND_PART = Pattern.compile("\\G\\s+\\d{1,3}\\s+(?:thousand|hundred)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /**
     * "cut by a quarter point", "half a percentage point", and as headlines write them, "by half point" (not the
     * adjective of "six straight half-point cuts"): a fraction of a percentage point, in words.
     */
    private static final Pattern FRACTION_OF_POINT = Pattern.compile("(?i)(?<![\\p{L}])(a\\s+quarter(?:\\s+of\\s+a)?|"
            + "half\\s+a|a\\s+half|three\\s+quarters\\s+of\\s+a|(?<=\\bby\\s)(?:quarter|half))"
            + "[- ](?:percentage[- ])?point(?![\\p{L}])");
    /** "rose threefold", "a 4-fold increase": a multiplier, written with digits or a word. */
    private static final Pattern FOLD = Pattern.compile("(?i)(?<![\\p{L}\\d-])(?:\\d+(?:\\.\\d+)?|two|three|four|five|six|"
            + "seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
            + "thirty|forty|fifty|hundred)-?fold\\b");
    /**
     * "four times what analysts had expected", "about four times the share in America", "2½ times what it paid": a
     * multiple, in words or digits, before what it compares with, or how many times a sale was bid for ("five times
     * oversubscribed", "3.2 times covered"); "four times a year" is a frequency, and is left.
     */
    private static final Pattern WORD_TIMES = Pattern.compile("(?i)(?<![\\p{L}\\d.,-])(\\d+(?:\\.\\d+)?"
            + FigureParser.VULGAR_FRACTION + "?|two|three|four|five|six|seven|"
            + "eight|nine|ten|twenty)\\s+times(?=\\s+(?:what|the|as|that|its|their|his|her|our|more|higher|larger|"
            + "bigger|greater|faster|smaller|lower|earlier|before|oversubscribed|subscribed|covered)\\b)");
    /** " times forward earnings", "x book": a valuation multiple's word and what it multiplies. */
    private static final String MULTIPLE_OF = "(?:\\s+times|x)\\s+(?:(?:its|their)\\s+)?(?:(?:forward|trailing|"
            + "expected|estimated|projected|forecast|next year's|this year's|last year's)\\s+){0,2}"
            + "(earnings|sales|revenue|book value|book|ebitda|ebit|operating (?:profit|income|earnings)|"
            + "profits?|cash flow)(?![\\p{L}])";
    static final Pattern MULTIPLE = Pattern.compile("\\G" + MULTIPLE_OF, Pattern.CASE_INSENSITIVE);
    /** "4.5 times forward earnings": a valuation multiple written earlier in the sentence. */
    private static final Pattern MULTIPLE_EARLIER = Pattern.compile("\\d" + MULTIPLE_OF, Pattern.CASE_INSENSITIVE);
    /**
     * "against 11 times", "compared with about 14 times": a second multiple set against a valuation multiple before
     * it, its noun left out.
     */
    private static final Pattern TIMES_SET_AGAINST = Pattern.compile("(?i)\\b(?:against|versus|vs\\.?|"
            + "compared\\s+with|than|from|to|at|is|was)\\s+(?:an?\\s+average\\s+of\\s+|about\\s+|around\\s+|nearly\\s+|"
            + "almost\\s+)?(\\d+(?:\\.\\d+)?)\\s+times\\b(?!\\s+(?:the|a|an|as|what|that|more|higher|larger|bigger|"
            + "greater|faster|over)\\b)");
    /**
     * "subscribed 2.37 times", "oversubscribed by 3 times", "the employee quota 1.74 times": a multiple, by its verb or
     * by its decimals, which no frequency has.
     */
    private static final Pattern MULTIPLE_TIMES = Pattern.compile("(?i)(?:\\b(?:over)?subscribed\\s+(?:by\\s+)?"
            + "(?:about\\s+|nearly\\s+|more\\s+than\\s+)?(\\d+(?:\\.\\d+)?)|(?<![\\d.,])(\\d+\\.\\d+))\\s+times\\b"
            + "(?!\\s+(?:the|a|an|as|what|that|more|higher|larger|bigger|greater|faster|over|earnings|sales)\\b)");
    /** "is 12.1 times", "was 9 times": a multiple stated again with only its verb. */
    private static final Pattern IS_AGAIN = Pattern.compile("(?i)(?:is|was)\\s");
    /** "8.3 times the average full-time salary": a multiple of a whole it names. */
    private static final Pattern TIMES_A_WHOLE = Pattern.compile("(?i)\\d(?:\\.\\d+)?\\s+times\\s+(?:the|their|its|"
            + "an?)\\s");
    /** "the valuation", "a multiple of": a price set against earnings, named in words. */
    private static final Pattern VALUATION_NAMED = Pattern.compile("(?i)\\b(?:valuations?|multiples?|P/E|"
            + "price-to-earnings)\\b");
    /**
     * A counted noun before its verb: "approvals fell to 61,500 from 64,000", "visitor numbers to Petra dropped to
     * about 2,000 a day", "housing starts jump to 278,606". The noun is a plural of the sentence (or a noun before
     * "numbers"), maybe with the place or the trade it is counted in ("Openings in professional and business
     * services jumped by"), right before a verb of change, and the number follows "to", "from" or "by"; or the verb
     * takes the number ("made up 20,577 of the total", "tourists, who numbered a record"), or passes it ("vacancies
     * fall below 820,000").
     */
    private static final Pattern NOUN_BEFORE_VERB = Pattern.compile("(?i)\\b(?:((?:\\p{L}+-)?\\p{L}+s)|"
            + "(\\p{L}+)\\s+numbers)"
            + "(?:\\s+(?:to|in|at|from|on)\\s+(?:(?:the\\s+)?(?-i:\\p{Lu})\\p{L}+"
            + "(?:\\s+(?:and\\s+)?(?-i:\\p{Lu})\\p{L}+)?"
            + "|the\\s+\\p{Ll}+)(?!\\s+\\p{L}+ing\\b)(?:\\s+(?:as\\s+a\\s+whole|in\\s+all|in\\s+total|overall|alone))?"
            + "|\\s+(?:in|at|for|across)\\s+(?-i:(?:[\\p{Ll}-]+\\s+(?:and\\s+)?){0,3}[\\p{Ll}-]+)"
            // "arrivals from January 1 to November 24 reached": the period they were counted in
            + "|\\s+from\\s+(?-i:\\p{Lu})\\p{L}+(?:\\s+\\d{1,2})?\\s+(?:to|through|until)\\s+(?-i:\\p{Lu})\\p{L}+"
            + "(?:\\s+\\d{1,2})?)?"
            + "(?:\\s+\\p{L}+ing\\s+(?:in|for|at|on|abroad)(?:\\s+[^,;.\\d]{1,30}?)?(?=,\\s+who))?"
            + "(?:,?\\s+(?:who|which))?\\s+(?:(?:now|still|already)\\s+)?"
            + "(?:(?:to\\s+)?(?:rose|fell|climbed|"
            + "dropped|declined|increased|decreased|jumped|slipped|slid|grew|eased|edged\\s+(?:up|down)|totalled|"
            + "totaled|reached|hit|rise|fall|climb|drop|jump|slip|ease|recovered|rebounded|surged|soared|plunged|"
            + "tumbled|sank|shrank|slumped|slump)\\s+(?:(?:[^.;,]|[.,](?=\\d)){0,40}?\\s)?"
            + "(?:to|from|by)(?:\\s+an?\\s+(?:seasonally\\s+adjusted\\s+)?(?:annual(?:ized|ised)?\\s+)?rate\\s+of)?|"
            + "(?:fall|falls|fell|drop|drops|dropped|dip|dips|dipped|rise|rises|rose|climb|climbs|"
            + "climbed|slip|slips|slipped)\\s+(?:below|above|under|past|beyond)|made\\s+up|accounted\\s+for|"
            // "Deaths were estimated at 608,000"
            + "(?:were|was|are|is)\\s+(?:estimated|put|thought|reckoned|believed|calculated)\\s+at|"
            + "number(?:s|ed)?|reach(?:ed|es)?|hits?|top(?:s|ped)?|"
            + "totall?ed|"
            + "exceed(?:s|ed)?|pass(?:es|ed)?|cross(?:es|ed)?)\\s+"
            + "(?:(?:a\\s+)?(?:new\\s+)?record\\s+(?:high\\s+)?(?:of\\s+)?)?"
            // "artisanal miners number more than a million"
            + "(?:(?:more|fewer|less)\\s+than\\s+|over\\s+|under\\s+|only\\s+|just\\s+)?" + HEDGE + "$");
    /** "- Flights: about", "Routes: ": a list's line that names what its number counts. */
    private static final Pattern PLURAL_LABEL = Pattern.compile("(?:^|\\n)[\\s*•·–-]*(\\p{Lu}\\p{Ll}+s):\\s+"
            + HEDGE + "$");
    /** "capped new hotel rooms at", "limits licences to": a count held to a number by a verb that names it first. */
    private static final Pattern CAPPED_AT = Pattern.compile("(?i)\\b(?:capp(?:ed|ing)|caps?|limit(?:s|ed|ing)?|"
            + "restrict(?:s|ed|ing)?)\\s+(?:the\\s+number\\s+of\\s+)?(?:\\p{L}+\\s+){0,2}?(\\p{L}+s)\\s+(?:at|to)\\s+"
            + HEDGE + "$");
    /** "including", "of the": a part of a count named before, or the whole again, comes next. */
    private static final Pattern PART_BEFORE = Pattern.compile("(?i)\\b(?:including|includes?|of\\s+the|among\\s+them)"
            + "\\s+" + HEDGE + "$");
    /** " of its", " from the", " in its": a part of a count before, taken from a whole the words after name. */
    private static final Pattern PART_OF_ITS_AFTER = Pattern.compile(
            "(?i)\\G\\s+(?:of|from|in|at)\\s+(?:its|the|their)\\s");
    /** "won 77.3 million votes, or 49.8%, to": votes counted before in the sentence, which a bare number continues. */
    private static final Pattern VOTES_BEFORE = Pattern.compile("(?i)\\d\\s*(?:million|billion|m|bn)?\\s+"
            + "(?:[\\p{L}-]+\\s+)?(?:votes|seats)\\b[^;]*$");
    /** ", Europe ", "and Asia-Pacific ": a name whose verb, the one before it in the sentence, is left out. */
    private static final Pattern ELIDED_NAME_HEAD = Pattern.compile("(?:,|\\band)\\s+(?:the\\s+)?\\p{Lu}[\\p{L}-]*"
            + "(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s+" + HEDGE + "$");
    /**
     * "the Leading Index showed, and transactions dropped to about": a plural subject of the number's own, right before
     * it, counts what it names, whatever index the sentence named first (not prices, shares or points, which an index
     * moves with).
     */
    private static boolean countedSubjectBefore(String text, int ns, List<int[]> sentences) {
        Matcher m = NOUN_BEFORE_VERB.matcher(tailOf(sentenceBefore(text, ns, sentences), 60));
        if (!m.find() || m.group(1) == null) {
            return false;
        }
        String noun = m.group(1).toLowerCase(Locale.ROOT);
        return FigureParser.isPluralNoun(noun) && !MONEY_NOUNS.matcher(noun).matches()
                && !INDEX_MOVERS.matcher(noun).matches();
    }

    /** What moves with an index, never counted by it. */
    private static final Pattern INDEX_MOVERS = Pattern.compile("points|shares|stocks|prices|futures|yields|markets"
            + "|bourses|indexes|indices|gauges|readings|values|levels|rates");

    /** ", and insurers at ", "and Hermès on ": a second subject of a valuation whose verb is left out. */
    private static final Pattern ELIDED_MULTIPLE_HEAD = Pattern.compile("(?:,|\\band)\\s+(?:the\\s+)?"
            + "[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+(?:on|at)\\s+" + HEDGE + "$");
    /** "put the quarter's shipments slightly lower, at": what an estimate puts at the number. */
    private static final Pattern PUT_AT = Pattern.compile("(?i)\\b(?:put|puts|putting|pegged|pegs|pegging)\\s+"
            + "(?:the\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?(\\p{L}+s)\\b[^,.;\\d]{0,30}?,?\\s+at\\s+" + HEDGE + "$");
    /** "737", "787": the number of a Boeing airliner. */
    private static final Pattern AIRLINER = Pattern.compile("7[0-8]7");
    /** "Boeing", "737 MAX", "Dreamliner": a sentence about Boeing's airliners, whose numbers name models. */
    private static final Pattern AIRLINERS_NAMED = Pattern.compile(
            "\\bBoeing\\b|\\b7[0-8]7\\s?MAX\\b|\\bDreamliners?\\b");
    /** " of them children": the part of a count before, named after "of them". */
    private static final Pattern OF_THEM_NAMED = Pattern.compile("(?i)\\G\\s+of\\s+them\\s+(\\p{L}+)(?![\\p{L}'’-])");
    /** "a further", "another", "will add": more of what the sentence counted first. */
    private static final Pattern FURTHER_BEFORE = Pattern.compile("(?i)\\b(?:a\\s+further|another|an\\s+additional|"
            + "an\\s+extra|(?:will|would|to|plans\\s+to)\\s+add)\\s+" + HEDGE + "$");
    /** " per branch": a rate per something, its number's noun left out. */
    private static final Pattern PER_THING = Pattern.compile("(?i)\\G\\s+per\\s+\\p{L}+");
    /**
     * " for each job", " to every post", " for every 1,000 inhabitants": a ratio's number, its noun the count it
     * divides.
     */
    private static final Pattern FOR_EACH = Pattern.compile("(?i)\\G\\s+(?:for|to)\\s+(?:each|every)\\s+"
            + "(?:\\p{L}+|\\d[\\d,]*\\s+\\p{L}+)");
    /** " of Nigeria's", " of the country's", " of the": a part of a count whose number comes next. */
    private static final Pattern PART_OF_A_COUNT = Pattern.compile("\\G\\s+of\\s+(?:the\\s+|its\\s+|their\\s+|"
            + "(?:the\\s+)?(?:(?-i:\\p{Lu})[\\p{L}.-]+\\s+){0,2}(?:(?-i:\\p{Lu})[\\p{L}.-]+|country|world|region)"
            + "['’]s\\s+)"
            + "(?=\\d)", Pattern.CASE_INSENSITIVE);
    /**
     * "reduce temporary residents by about", "cut staff numbers by": a verb, then the plural it changes, then the
     * size of the change.
     */
    private static final Pattern VERB_NOUN_BY = Pattern.compile("(?i)\\b(?:cut(?:s|ting)?|reduc(?:e|es|ed|ing)|"
            + "lower(?:s|ed|ing)?|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|boost(?:s|ed|ing)?|trim(?:s|med|ming)?|"
            + "slash(?:es|ed|ing)?)\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(\\p{L}+s)\\s+by\\s+"
            + HEDGE + "$");
    /** "Of the startups that raised a seed round in 2021,": a sentence that opens with the group its numbers part. */
    private static final Pattern OF_THE_GROUP_OPENS = Pattern.compile("(?i)^[\\s\"“]*of\\s+(?:the|these|those)\\s+"
            + "(?:[\\p{L}-]+\\s+){0,2}?(\\p{L}+s)\\b");
    /** "7 out of ", "1 in ": a ratio's part, before its whole. */
    private static final Pattern PART_BEFORE_WHOLE = Pattern.compile(
            "(?i)(?<![\\d.,])\\d{1,3}\\s+(?:out\\s+of|in)\\s+(?:every\\s+)?$");
    /** "aged", "aged between 16 and", "ages 15-": an age or the ends of an age band, before the number. */
    private static final Pattern AGED = Pattern.compile("(?i)\\b(?:aged|ages|age\\s+of|between\\s+the\\s+ages\\s+of)"
            + "\\s+(?:between\\s+|from\\s+|over\\s+|under\\s+)?(?:\\d{1,3}\\s*(?:to|and|-|–)\\s*)?$");
    /**
     * ", mostly bakkies,", ", the bulk of homebuilding,", ", in which directors close a business that cannot
     * pay its debts,": an aside between a counted noun and its verb.
     */
    private static final Pattern NOUN_ASIDE = Pattern.compile("(?i),\\s+(?:(?:in\\s+)?which|who|whose|where|mostly|"
            + "mainly|largely|chiefly|including|such\\s+as|the\\s+(?:largest|biggest|second[- ]largest|main)\\s+group)"
            + "\\b[^,.;\\d]{0,80},|,\\s+(?:meanwhile|however|too|also|though|in\\s+turn|by\\s+contrast),"
            + "|,\\s+(?:(?:a|an)\\s+(?:gauge|measure|sign|proxy|barometer|bellwether|indicator)|the\\s+(?:bulk|"
            + "majority|mainstay|backbone))\\s+of\\s+[^,.;\\d]{1,50},");

    /** The noun {@link #NOUN_BEFORE_VERB} found, as a plural in lower case: "approvals", "visitors". */
    private static String countedBeforeVerb(Matcher m) {
        return (m.group(1) != null ? m.group(1) : m.group(2) + "s").toLowerCase(Locale.ROOT);
    }

    /** A clause with a plural subject of its own before the verb that leads to the number: "and arrivals rose to". */
    private static final Pattern OWN_SUBJECT = Pattern.compile("(?i)(?:[,;]|\\band|\\bwhile)\\s+(?:the\\s+)?"
            + "(?:\\p{L}+\\s+)?(?!(?:" + Currencies.NOUN_PATTERN + ")\\s)\\p{L}+s\\s+(?:rose|fell|climbed|dropped|"
            + "declined|increased|decreased|jumped|grew|reached|hit)\\s+(?:to\\s+)?" + HEDGE + "$");

    /** What names an index, or a gauge whose level is in points ("KSE-100", "EGX-30": a ticker with its count). */
    private static final String INDEX_WORDS = "(?-i:(?!COVID|EU-)[A-Z]{2,5}-\\d{2,3}(?!\\d))|index|indices|PMI|gauge|"
            + "barometer|Sensex|Nifty|Dow|FTSE|Nikkei|DAX|"
            + "Hang Seng|KOSPI|KOSDAQ|TOPIX|TAIEX|Ibovespa|Bovespa|Merval|BIST|ASX|IBEX|Stoxx|CAC|Nasdaq|S&P|KLCI|"
            + "PSEi|JCI|STI|Tadawul|TASI|EGX30|JSE|WIG20|WIG|BUX|MOEX|IPSA|COLCAP|All Share|ZEW|Ifo|confidence|"
            + "sentiment";
    /** ", which surveys larger companies,": a relative clause between commas, which an index's verb may follow. */
    private static final Pattern RELATIVE_ASIDE = Pattern.compile(",\\s+(?:which|who)\\s+(?:[^,.;\\d]|"
            + "\\.(?=\\p{L}|\\s\\p{Ll})){1,80},");
    /**
     * A sentence whose subject is an index, its verb leading to the number, with no comma and no figure between but its
     * change in percent: "The official PMI from the National Bureau of Statistics[, which …,] fell unexpectedly to",
     * "The dollar index[, which …,] rose 0.1% to".
     */
    private static final Pattern INDEX_SUBJECT = Pattern.compile("(?i)^[\\s\"“]*(?:the\\s+)?(?:[\\p{L}/&-]+\\s+){0,4}?"
            + "(?:" + INDEX_WORDS + ")(?![\\p{L}])[^.;,\\d]{0,80}?"
            + "(?:\\d[\\d.]*\\s?(?:%|percent|per\\s+cent)[^.;,\\d]{0,20}?)?"
            + "\\b(?:to|at)\\s+" + HEDGE + "$");
    /** "The index has gained 13.4% since January, but remains 16% below its record of": an index's own record. */
    private static final Pattern INDEX_RECORD = Pattern.compile("(?i)^[\\s\"“]*(?:the\\s+)?(?:[\\p{L}/&-]+\\s+){0,4}?"
            + "(?:" + INDEX_WORDS + ")(?![\\p{L}])(?:[^.;]|\\.(?=\\d)){0,120}?\\bits\\s+(?:all-time\\s+|previous\\s+)?"
            + "(?:record|high|peak|low)\\s+of\\s+" + HEDGE + "$");
    private static final Pattern INDEX_CONTEXT = Pattern.compile("(?i)\\b(?:" + INDEX_WORDS
            + "|(?<!percentage\\s)(?<!basis\\s)points)(?![\\p{L}])(?:[^.;]|\\.(?=\\d)){0,60}$");
    /** What a size names before it: "a 50kg bag", "a 12.5kg cylinder", "one 20-litre jerrycan". */
    private static final String PACKS = "bags?|sacks?|bottles?|cylinders?|drums?|cans?|jerrycans?|jars?|packs?|"
            + "packets?|boxes|box|tins?|cartons?|crates?|kegs?|tubs?|pouch(?:es)?";
    private static final Pattern PACK_SIZE = Pattern.compile("(?i)[\\s-]+(?:" + PACKS + "|flats?|apartments?|homes?|"
            + "houses?|plots?|rooms?)\\b");
    /** "5.2 million bags of 46 kilograms": the size of each pack, after what is counted. */
    private static final Pattern PACKS_OF = Pattern.compile("(?i)\\b(?:" + PACKS + ")\\s+of\\s+(?:about\\s+)?$");
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\b(?:a|an|one|each|per|every)\\s+$");
    /** What leads from an index's level to another level of it: "slipped to", "from", "an estimate of". */
    private static final Pattern INDEX_FOLLOWS = Pattern.compile("(?i)\\b(?:to|from|of|at|against|than|versus|"
            + "(?:above|below|under|over)\\s+the)\\s+" + HEDGE + "$");
    /** "a reading of", "the reading of": how a survey gauge's level is named. */
    private static final Pattern READING_OF = Pattern.compile("(?i)\\breadings?\\s+of\\s+" + HEDGE + "$");
    private static final Pattern INDEX_NAMED = Pattern.compile("(?i)\\b(?:" + INDEX_WORDS + ")(?![\\p{L}])");
    private static final Pattern PERCENTAGE_POINTS = Pattern.compile("(?i)\\bpercentage[- ]points?\\b");

    /** "The bid-to-cover ratio … was 2.48": a ratio named before its number (a decimal), within the sentence. */
    private static final Pattern RATIO_BEFORE = Pattern.compile("(?i)\\b(?:ratios?|bid-to-cover)(?![\\p{L}])"
            + "(?:[^.;]|\\.(?=\\d)){0,60}$|\\bfertility\\s+rates?\\b(?:[^.;]|\\.(?=\\d)){0,120}$");
    /** "Tokyo's rate was", "the rate in Seoul stood at": a rate named again, its number after. */
    private static final Pattern RATE_WAS = Pattern.compile("(?i)\\brate(?:\\s+(?:in|of|for)\\s+[^,;.\\d]{1,30}?)?\\s+"
            + "(?:was|is|stood\\s+at|fell\\s+to|rose\\s+to)\\s+" + HEDGE + "$");
    private static final Pattern FERTILITY = Pattern.compile("(?i)\\bfertility\\s+rates?\\b");
    /** "the 160 mark", "the 7.30 level": a round level a price passes. */
    private static final Pattern MARK_AFTER = Pattern.compile(
            "(?i)\\G\\s+(?:mark|level|threshold|barrier)(?![\\p{L}])");
    /** A sentence that opens with a currency: "The yen …", "The Japanese yen …". */
    private static final Pattern CURRENCY_FIRST = Pattern.compile("(?i)^\\W*(?:the\\s+)?(?:\\p{L}+\\s+)?("
            + Currencies.NOUN_PATTERN + ")(?![\\p{L}])");

    private FigureExtractor() {
    }

    /** The last text read and its figures: an article is read when it is stored and again when it is matched. */
    private static volatile Extracted last;

    private record Extracted(String text, List<Candidate> figures) {
    }

    /** Every figure the text states, in order of position; the list cannot be changed. */
    public static List<Candidate> extract(String text) {
        Extracted known = last;
        if (known != null && known.text().equals(text)) {
            return known.figures();
        }
        String points = FigureParser.decimalPoints(text);
        List<Candidate> figures = List.copyOf(points.equals(text) ? read(text) : read(points).stream()
                .map(c -> new Candidate(c.start(), c.end(), text.substring(c.start(), c.end()), c.value(), c.unit(),
                        c.per(), c.scale(), c.kind(), text.substring(c.sentenceStart(), c.sentenceStart()
                        + c.sentence().length()), c.sentenceStart()))
                .toList());
        last = new Extracted(text, figures);
        return figures;
    }

    private static List<Candidate> read(String text) {
        List<int[]> sentences = Sentences.of(text);
        List<Candidate> found = scan(text, NUMBER.matcher(text), sentences);
        found.addAll(scan(text, SPELLED.matcher(text), sentences));
        found.addAll(folds(text, sentences));
        found.addAll(fractionsOfPoints(text, sentences));
        found.sort(java.util.Comparator.comparingInt(Candidate::start));
        List<Candidate> out = new ArrayList<>();
        LocalCurrency local = new LocalCurrency(text);
        for (Candidate c : found) {
            if (out.isEmpty() || c.start() >= out.get(out.size() - 1).end()) {
                // an exchange rate's currency, and that of a bare number continuing an amount ("to 250,000 pesos
                // from 214,000", "12 trillion pesos … to raise 12 trillion"), come from the sentence, not from the
                // figure's own writing
                boolean fromSentence = c.kind() == FigureKind.OTHER && c.per() != null
                        || c.kind() == FigureKind.MONEY && BARE_NUMBER.matcher(c.text()).matches();
                // "The New Zealand dollar fell 0.3% to $0.5897": a local dollar's price, in US dollars
                boolean dollarsPrice = c.unit().equals("USD") && LOCAL_DOLLAR_MOVED.matcher(text.substring(
                        Math.max(c.sentenceStart(), c.start() - 80), c.start())).find();
                String unit = c.unit().length() == 3 && !dollarsPrice
                        ? local.of(c.unit(), c.text(), fromSentence, c.sentence()) : c.unit();
                Candidate before = out.isEmpty() ? null : out.get(out.size() - 1);
                BigDecimal value = c.value();
                if (before != null && before.kind() == FigureKind.MONEY && c.kind() == FigureKind.MONEY
                        && before.value().signum() < 0 && value.signum() > 0
                        && CONVERTED.matcher(text.substring(before.end(), c.start())).matches()) {
                    value = value.negate(); // "cut spending by COP 28.4 trillion ($6.5 billion)": the same cut
                }
                if (!unit.equals(c.unit()) || value != c.value()) {
                    c = new Candidate(c.start(), c.end(), c.text(), value, unit, c.per(), c.scale(), c.kind(),
                            c.sentence(), c.sentenceStart());
                }
                out.add(c);
            }
        }
        return out;
    }

    /** " (", " (about ", " or ": what stands between an amount and the same amount in another currency. */
    private static final Pattern CONVERTED = Pattern.compile("(?i)\\s*(?:\\(|,\\s+or|\\s+or)\\s*"
            + "(?:about\\s+|around\\s+|roughly\\s+|some\\s+|nearly\\s+|almost\\s+)?");

    /** Multipliers: "threefold" is 3 times, "4-fold" 4 times, "four times what" 4 times. */
    private static List<Candidate> folds(String text, List<int[]> sentences) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = FOLD.matcher(text);
        while (m.find()) {
            String times = m.group().toLowerCase(Locale.ROOT).replaceFirst("-?fold$", "");
            BigDecimal value = times.matches("[\\d.]+") ? new BigDecimal(times)
                    : NumberWords.value(times).orElse(times.equals("hundred") ? BigDecimal.valueOf(100) : null);
            if (value == null) {
                continue;
            }
            out.add(times(text, m.start(), m.end(), value, sentences));
        }
        m = WORD_TIMES.matcher(text);
        while (m.find()) {
            String n = m.group(1).toLowerCase(Locale.ROOT);
            BigDecimal value = Character.isDigit(n.charAt(0)) ? FigureParser.parse(n, "times").value()
                    : NumberWords.value(n).orElseThrow();
            out.add(times(text, m.start(), m.end(), value, sentences));
        }
        m = TIMES_SET_AGAINST.matcher(text);
        while (m.find()) {
            // a multiple earlier in the sentence, or a valuation named: "15 times forward earnings, against 21 times
            // for the S&P 500", "would bring the valuation down to about 18 times" (not "Prices rose 4 times")
            String before = text.substring(sentenceOf(m.start(), sentences)[0], m.start());
            if (MULTIPLE_EARLIER.matcher(before).find() || VALUATION_NAMED.matcher(before).find()
                    || IS_AGAIN.matcher(m.group()).lookingAt() && TIMES_A_WHOLE.matcher(text.substring(
                    previousSentenceStart(text, m.start(), sentences), m.start())).find()) {
                // "… costs 8.3 times the average salary. In London it is 12.1 times.": the same multiple again
                out.add(times(text, m.start(1), m.end(), new BigDecimal(m.group(1)), sentences));
            }
        }
        m = MULTIPLE_TIMES.matcher(text);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 2;
            int at = m.start(g);
            if (out.stream().noneMatch(c -> c.start() <= at && at < c.end())) {
                // "subscribed 2.37 times", "1.74 times": a multiple (a frequency is a whole number of times)
                out.add(times(text, at, m.end(), new BigDecimal(m.group(g)), sentences));
            }
        }
        return out;
    }

    /** Fractions of a percentage point in words: "a quarter point" is 0.25 points, negative after "cut by". */
    private static List<Candidate> fractionsOfPoints(String text, List<int[]> sentences) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = FRACTION_OF_POINT.matcher(text);
        while (m.find()) {
            String part = m.group(1).toLowerCase(Locale.ROOT);
            BigDecimal value = new BigDecimal(part.contains("three") ? "0.75" : part.contains("quarter") ? "0.25" : "0.5");
            if (isFall(text, m.start(), m.end(), FigureKind.PERCENT, org.factline.measure.Units.PERCENTAGE_POINT,
                    sentences)) {
                value = value.negate();
            }
            int[] s = sentenceOf(m.start(), sentences);
            out.add(new Candidate(m.start(), m.end(), m.group(), value, org.factline.measure.Units.PERCENTAGE_POINT,
                    null, null, FigureKind.PERCENT, text.substring(s[0], s[1]), s[0]));
        }
        return out;
    }

    /** A multiple or a multiplier at [start, end): so many times what it is compared with. */
    private static Candidate times(String text, int start, int end, BigDecimal value, List<int[]> sentences) {
        int[] s = sentenceOf(start, sentences);
        return new Candidate(start, end, text.substring(start, end), value, "times", null, null, FigureKind.OTHER,
                text.substring(s[0], s[1]), s[0]);
    }

    /** The figures at the numbers the matcher finds, written in digits or in words. */
    private static List<Candidate> scan(String text, Matcher m, List<int[]> sentences) {
        List<Candidate> out = new ArrayList<>();
        int from = 0;
        while (from < text.length() && m.find(from)) {
            Optional<Candidate> c = candidateAt(text, m.start(), m.end(), sentences);
            if (c.isPresent()) {
                out.add(c.get());
                from = Math.max(c.get().end(), m.end());
            } else {
                from = m.end();
            }
        }
        return out;
    }

    /** The numbers being read on this thread, by where they start: a reading may need others', never its own. */
    private static final ThreadLocal<java.util.Set<Integer>> READING = ThreadLocal.withInitial(java.util.HashSet::new);

    /**
     * The figure the number at [ns, ne) states, if any. Reading a number may read others around it (the figure it
     * continues, a range's other end), and those may read it in turn ("from 5 to 42 more": the 42 reads the 5, which
     * reads its range's tail): a number met again while it is being read is read as no figure there.
     */
    private static Optional<Candidate> candidateAt(String text, int ns, int ne, List<int[]> sentences) {
        java.util.Set<Integer> reading = READING.get();
        if (!reading.add(ns)) {
            return Optional.empty();
        }
        try {
            return readAt(text, ns, ne, sentences);
        } finally {
            reading.remove(ns);
        }
    }

    private static Optional<Candidate> readAt(String text, int ns, int ne, List<int[]> sentences) {
        if (!Standing.alone(text, ns, ne)) {
            return Optional.empty();
        }
        Matcher bracketed = ACCOUNTING_SIGN.matcher(text.substring(Math.max(0, ns - 6), ns));
        if (ne < text.length() && text.charAt(ne) == ')' && bracketed.find()) {
            return accountingNegative(text, ns - bracketed.group().length(), ne + 1, sentences);
        }
        String number = text.substring(ns, ne);
        int start = ns;
        String currencyBefore = null;
        Matcher cur = CURRENCY_BEFORE.matcher(text.substring(Math.max(0, ns - 5), ns));
        if (cur.find()) {
            currencyBefore = cur.group();
            start = ns - currencyBefore.length();
            Matcher spaced = US_SPACED.matcher(text.substring(Math.max(0, start - 5), start));
            if (currencyBefore.strip().equals("$") && spaced.find()) {
                start -= spaced.group().length(); // "US $5.72 billion", as some papers space it
            }
        }
        if (start > 0 && (text.charAt(start - 1) == '-' || text.charAt(start - 1) == '−'
                || text.charAt(start - 1) == '+') && (start == 1 || " (\n\t".indexOf(text.charAt(start - 2)) >= 0)
                || start > 1 && text.charAt(start - 1) == '–' && text.charAt(start - 2) == '(') {
            start--; // an explicit sign, or a dash for a minus in brackets: "(–2.1%)", "Ontario (+5.5%)"
        } else if (currencyBefore == null && Standing.inSignedPair(text, start)) {
            start--; // "+100/-300 basis points": each end keeps its sign
        } else if (text.substring(Math.max(0, start - 6), start).equalsIgnoreCase("minus ")
                && !text.substring(Math.max(0, start - 14), start).equalsIgnoreCase("plus or minus ")) {
            start -= 6; // "minus 0.1%"
        }
        String head = text.substring(Math.max(0, start - 50), start);
        if (currencyBefore != null && number.equals("1") && RATE_BEFORE_ONE.matcher(head).find()) {
            return Optional.empty(); // "The peso closed at P58.67 to $1": the unit a rate is quoted against
        }
        Matcher named = MULTIPLE_BEFORE.matcher(head);
        if (currencyBefore == null && named.find()) {
            // "a P/E of 21": the figure is the phrase and its number, a multiple of earnings.
            return Optional.of(times(text, start - (head.length() - named.start()), ne,
                    FigureParser.parse(number, "times").stated(), sentences));
        }
        int p = ne;
        boolean scaled = false;
        Matcher scale = SCALE.matcher(text).region(p, text.length());
        if (scale.lookingAt()) {
            String word = scale.group().strip();
            boolean singleLetter = word.length() == 1;
            // "5m" is five million only when attached or with a currency; "5 m" may be metres.
            if (!singleLetter || !scale.group().startsWith(" ")) {
                scaled = true;
                p = scale.end();
                Matcher second = SECOND_PART.matcher(text).region(p, text.length());
                if (second.lookingAt()) {
                    p = second.end(); // "2 million 300 thousand"
                }
            }
        }
        if (scaled && currencyBefore == null && CountedNoun.end(text, p) <= 0
                && VOTES_BEFORE.matcher(sentenceBefore(text, ns, sentences)).find()) {
            return Optional.empty(); // "won 77.3 million votes … to Harris's 75.0 million": votes, left unmarked
        }
        if (!scaled && currencyBefore == null && AIRLINER.matcher(number).matches()
                && AIRLINERS_NAMED.matcher(sentenceAt(text, ns, sentences)).find()) {
            return Optional.empty(); // "production of the 737 MAX, 767 and 777 jets": Boeing's models, no count
        }
        Matcher compound = SCALED_COMPOUND.matcher(text).region(p, text.length());
        if (scaled && currencyBefore == null && compound.lookingAt()) {
            // "a 1.6 million-barrel draw": the amount, read up to its scale, and its noun joined to it
            return build(text, start, p, compound.end(), compound.group(1).toLowerCase(Locale.ROOT) + "s", null,
                    sentences);
        }
        ScaleWord statedScale = scaled ? ScaleWord.fromText(text.substring(ne, p).strip()).orElse(null) : null;
        String defaultUnit = null;
        String perCurrency = null;
        boolean inBasisPoints = false;
        String perSign = perSign(text, p);
        boolean perDollar = perSign != null;
        boolean rateAgainst = !scaled && PER_CURRENCY.matcher(text).region(p, text.length()).lookingAt();
        if (("N".equals(currencyBefore) || "R".equals(currencyBefore)) && !scaled && !perDollar && !rateAgainst
                && !Standing.earlierInSentence(text, currencyBefore, ne)
                && !Standing.letterPrice(text, currencyBefore, ne)
                || "US".equals(currencyBefore) && !scaled && !CENTS.matcher(text).region(p, text.length()).lookingAt()) {
            // Nigerian papers write naira as "N27.5 trillion", South African ones rand as "R254bn" or "R17.62/$",
            // or "R18.90 against the dollar", Australian ones the US dollar's price as "US66.2 cents"; "N95" is a
            // mask, "N1" and "R21" roads.
            currencyBefore = null;
            start = ns;
        }
        Optional<Candidate> tail;
        Optional<String[]> quoted;
        String priced;
        Matcher closedAt;
        if (currencyBefore != null && perDollar) {
            perCurrency = perSign; // "R17.62/$", "NIS 4.108/€": an exchange rate, so many rand to the dollar
        } else if (currencyBefore != null && !scaled && !rateAgainst
                && (tail = rateSetAgainst(text, head, start, currencyBefore, sentences)).isPresent()) {
            // "K20.2 per dollar against K16.9 in 2022", "₦1,535 per dollar at the official window on Tuesday, down
            // from ₦1,480": the rate it is set against
            perCurrency = tail.get().per();
        } else if (currencyBefore != null && !scaled && !rateAgainst
                && (TRADED_AT.matcher(head).find() || RATE_AT.matcher(head).find() || MOVED_TO.matcher(head).find()
                || FROM.matcher(head).find() || EXTREME_OF.matcher(head).find() || FROM_RATE_TO.matcher(head).find())
                && (tail = currencysRateNear(text, start, currencyOfSign(currencyBefore), sentences))
                .isPresent()) {
            // "… weakened past Rp 16,000 per dollar. The currency traded at Rp 15,870": the currency's own price;
            // "The peso closed at P57.60 versus the dollar, weakening by 25 centavos from its P57.35 finish": the
            // price it moved from
            perCurrency = tail.get().per();
        } else if (currencyBefore != null && !scaled && !rateAgainst && LEVEL_TO.matcher(head).find()
                && SAME_CURRENCY_CLAUSE.matcher(sentenceBefore(text, start, sentences)).find()
                && (quoted = quotedAgainst(text, head, start, sentences)).isPresent()
                && LocalCurrency.same(quoted.get()[0], currencyOfSign(currencyBefore))) {
            // "The shilling has gained 22 percent against the dollar and traded at Sh131.50": its price per dollar
            perCurrency = quoted.get()[1];
        } else if (currencyBefore != null && !scaled && !rateAgainst
                && (priced = dollarPricedIn(text, head, start, p, currencyOfSign(currencyBefore), sentences)) != null) {
            // "On the parallel market the dollar had fetched around Br 120": the dollar's price, an exchange rate.
            // ("Sterling slipped to $1.2451" stays an amount in dollars, as the corpus has always read it.)
            perCurrency = priced;
        } else if (currencyBefore != null && !scaled && !rateAgainst
                && !PER_ANYTHING.matcher(text).region(p, text.length()).lookingAt()
                && !"USD".equals(currencyOfSign(currencyBefore))
                && (closedAt = CURRENCY_CLOSED_AT.matcher(head)).find()
                && LocalCurrency.same(FigureParser.currencyOfWord(closedAt.group(1)).orElse(""),
                currencyOfSign(currencyBefore))) {
            // "…; peso closes at P57.60": a currency's close in its own money, with no rate near, is its price in
            // dollars, as rates are quoted
            perCurrency = "USD";
        } else if (currencyBefore != null && !scaled && !rateAgainst
                && !PER_ANYTHING.matcher(text).region(p, text.length()).lookingAt()
                && !QUOTED_IN_DOLLARS.contains(currencyOfSign(currencyBefore))
                && (closedAt = CURRENCY_MOVED.matcher(head)).find()
                && LocalCurrency.same(FigureParser.currencyOfWord(closedAt.group(1)).orElse(""),
                currencyOfSign(currencyBefore))) {
            // "the rand weakened 7% to R18.30": a currency moved to a level in its own money, its price in dollars
            perCurrency = "USD";
        } else if (currencyBefore != null && !scaled && !rateAgainst && EXTREME_OF.matcher(head).find()
                && !PER_ANYTHING.matcher(text).region(p, text.length()).lookingAt()
                && !"USD".equals(currencyOfSign(currencyBefore))
                && LocalCurrency.same(pricedCurrency(sentenceBefore(text, start, sentences)),
                currencyOfSign(currencyBefore))) {
            // "The real has lost 21% against the dollar this year, touching a record low of R$6.09": the currency's
            // extreme in its own money, its price in dollars
            perCurrency = "USD";
        } else if (currencyBefore != null && !scaled && !rateAgainst && RATE_AT.matcher(head).find()
                && !PER_ANYTHING.matcher(text).region(p, text.length()).lookingAt()
                && !"USD".equals(currencyOfSign(currencyBefore))) {
            // "the parallel market rate had reached LE70": a rate named as one, with no rate stated near it, is the
            // currency's price in dollars, as rates are quoted
            perCurrency = "USD";
        }
        int end;
        Matcher x;
        String clause;
        String noun;
        boolean pointsOfBasis = false;
        if (currencyBefore == null && (x = INDEX_POINTS.matcher(text).region(p, text.length())).lookingAt()
                && BASIS_IN_SENTENCE.matcher(sentenceBefore(text, ns, sentences)).find()
                && !INDEX_NAMED.matcher(sentenceAt(text, ns, sentences)).find()) {
            // "raised its rate by 100 basis points …, more than the 75 points economists expected": basis points
            end = x.end();
            pointsOfBasis = true;
            inBasisPoints = true;
            defaultUnit = org.factline.measure.Units.PERCENTAGE_POINT;
        } else if ((x = PERCENT.matcher(text).region(p, text.length())).lookingAt()
                || (x = POINTS_OF_PERCENT.matcher(text).region(p, text.length())).lookingAt()
                || currencyBefore == null && (x = INDEX_POINTS.matcher(text).region(p, text.length())).lookingAt()) {
            end = x.end();
        } else if ((x = CURRENCY_AFTER.matcher(text).region(p, text.length())).lookingAt()) {
            end = x.end();
            Matcher against = PER_CURRENCY.matcher(text).region(end, text.length());
            if (!scaled && against.lookingAt()) {
                // "879 pesos per dollar": an exchange rate, so many pesos to the dollar, as "18.62 to the dollar" is
                perCurrency = FigureParser.currencyOfWord(against.group(1)).orElse(null);
            } else if (!scaled && (against = FOR_EACH_CURRENCY.matcher(text).region(end, text.length())).lookingAt()
                    && (FigureParser.currencyOfWord(against.group(1)).isPresent()
                    || FigureParser.isCurrencySign(against.group(1)))) {
                // "2,498.72 Zimbabwe dollars for each ZiG": a conversion rate, so many of one for each of the other
                String each = against.group(1);
                perCurrency = FigureParser.currencyOfWord(each).orElseGet(() -> currencyOfSign(each));
            } else if (!scaled && (TRADED_AT.matcher(head).find() || RATE_AT.matcher(head).find())
                    && (tail = currencysRateNear(text, start, FigureParser.parse(text.substring(start, end)).unit(),
                    sentences)).isPresent()) {
                // "904 pesos per dollar, while the parallel dollar traded at around 1,280 pesos"
                perCurrency = tail.get().per();
            } else if (!scaled && (priced = dollarPricedIn(text, head, start, end,
                    FigureParser.parse(text.substring(start, end)).unit(), sentences)) != null) {
                perCurrency = priced; // "The dollar closed at 39.21 pesos": the dollar's price, an exchange rate
            } else if (!scaled && (tail = rateSetAgainst(text, head, start, null, sentences))
                    .isPresent()) {
                perCurrency = tail.get().per(); // "… at 39.21 pesos on Wednesday, against about 45 pesos in 2022"
            }
        } else if (currencyBefore == null && !scaled
                && (x = PER_CURRENCY.matcher(text).region(p, text.length())).lookingAt()) {
            end = p;
            // An exchange rate: so many of the currency the sentence names ("the som", "the tenge") per dollar, or the
            // sentence before when this one calls it "it" ("The dram has gained a lot. — It went from about 480")
            perCurrency = FigureParser.currencyOfWord(x.group(1)).orElse(null);
            defaultUnit = localCurrency(sentenceBefore(text, ns, sentences), perCurrency);
            int opens = sentenceOf(ns, sentences)[0];
            if (defaultUnit.isEmpty() && opens > 0 && opens <= ns
                    && IT_OPENS.matcher(text.substring(opens, ns)).lookingAt()) {
                defaultUnit = localCurrency(text.substring(sentenceOf(opens - 1, sentences)[0], opens), perCurrency);
            }
            if (defaultUnit.isEmpty() && opens > 0 && opens <= ns) {
                // "The official exchange rate has been fixed at 6.96 per dollar": the currency the text named before
                defaultUnit = localCurrency(text.substring(0, opens), perCurrency);
            }
        } else if (currencyBefore == null && !scaled
                && (x = COLON_RATE.matcher(text).region(p, text.length())).lookingAt()) {
            end = p; // "139.8: shillings per dollar, the 2023 average": a figure as a list's label, its rate after
            defaultUnit = FigureParser.currencyOfWord(x.group(1)).orElse(null);
            perCurrency = FigureParser.currencyOfWord(x.group(2)).orElse(null);
        } else if (currencyBefore != null && !scaled
                && (x = PER_CURRENCY.matcher(text).region(p, text.length())).lookingAt()) {
            end = p; // "P56.05 against the dollar", "Rp 15,740 per US dollar": an exchange rate
            perCurrency = FigureParser.currencyOfWord(x.group(1)).orElse(null);
        } else if ("US".equals(currencyBefore) && (x = CENTS.matcher(text).region(p, text.length())).lookingAt()) {
            end = x.end(); // "US66.2 cents"
        } else if (currencyBefore == null && !scaled
                && (x = US_CENTS.matcher(text).region(p, text.length())).lookingAt()) {
            end = x.end(); // "71.05 US cents"
        } else if (currencyBefore == null && !scaled
                && (x = CENTS_WRITTEN_ON.matcher(text).region(p, text.length())).lookingAt()) {
            end = x.end(); // "about 20c of every rand": cents written onto the number
        } else if (currencyBefore == null && !scaled
                && (x = ONE_CENT.matcher(text).region(p, text.length())).lookingAt()) {
            end = x.end(); // "rose 1/2 cent", "1 cent": a cent, which no plural marks as counted
        } else if (currencyBefore != null) {
            end = p;
        } else if ((x = MONEY_RANGE_HEAD.matcher(text.substring(Math.max(0, ns - 20), ns))).find()) {
            end = p;
            defaultUnit = currencyOfSign(x.group(1));
        } else if (!scaled && (x = MULTIPLE.matcher(text).region(p, text.length())).lookingAt()) {
            end = x.end(); // "14 times earnings": a multiple, though "times" alone makes none
            defaultUnit = "times " + x.group(1).toLowerCase(Locale.ROOT);
        } else if (!scaled && (x = PENCE.matcher(text).region(p, text.length())).lookingAt()
                && BRITISH_MONEY.matcher(text).find()) {
            end = x.end(); // "345p": pence, as British papers and London share prices write them
        } else if ((x = Standing.SHORT_BARRELS.matcher(text).region(p, text.length())).lookingAt()) {
            end = x.end(); // "9 mb/d": million barrels a day
        } else if (!scaled && (x = PER_AREA.matcher(text).region(p, text.length())).lookingAt()) {
            end = x.end(); // "yields of 6.3 t/ha"
        } else if ((scaled || WHOLE.matcher(number).matches())
                && POPULATION_AFTER.matcher(text).region(p, text.length()).lookingAt()) {
            end = p; // "the 20 million population lives on": the place's people
            defaultUnit = "people";
        } else if ((scaled || WHOLE.matcher(number).matches()) && !nounRightAfter(text, p)
                && (defaultUnit = ofWhich(text, ns, sentences)) != null) {
            end = p; // "443 companies were traded, of which 98 registered gains, 318 recorded losses": companies
        } else if (WHOLE.matcher(number).matches() && !nounRightAfter(text, p)
                && (x = PLURAL_LABEL.matcher(text.substring(Math.max(0, ns - 60), ns))).find()
                && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))
                && !MONEY_NOUNS.matcher(x.group(1).toLowerCase(Locale.ROOT)).matches()
                && outOf(text, p, sentences).isEmpty()) {
            // (not "Routes: 37 domestic and 24 international destinations", which names its own noun)
            end = p; // "- Flights: about 2,600 a week": what the line's label names
            defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
        } else {
            // where the bid of a two-way quote starts, when this number is its offer ("300.20/300.40")
            int bid = Standing.quoteOffer(text, ns) ? Standing.numberStart(text, ns - 1) : -1;
            // "The country of 52.3 million produced goods", "the country of 2.5 million stands at": the place's people,
            // and the verb that follows theirs
            int nounEnd = PLACE_OF.matcher(head).find() && VERB_AFTER.matcher(text).region(p, text.length()).lookingAt()
                    ? 0 : CountedNoun.end(text, p);
            if (nounEnd == -2) {
                return Optional.empty(); // a duration, time or multiplier
            }
            if (!scaled && AGED.matcher(text.substring(Math.max(0, ns - 40), ns)).find()) {
                return Optional.empty(); // "people aged 16 to 64", "adults aged 30 to 34 still live": ages
            }
            if (nounEnd > 0 && !YEAR.matcher(number).matches()) {
                end = nounEnd;
                Matcher ofWhat = OF_WHAT_PER_TIME.matcher(text).region(end, text.length());
                String counted = text.substring(p, end).strip();
                if ((counted.toLowerCase(Locale.ROOT).endsWith("barrels") || org.factline.measure.Quantities.isUnit(
                        counted.substring(counted.lastIndexOf(' ') + 1))) && ofWhat.lookingAt()) {
                    end = ofWhat.end(); // "1.3 million barrels of oil equivalent per day", "25 million litres of
                    // petrol a day": the rate follows what is measured
                }
            } else if (!scaled && YEAR.matcher(number).matches()) {
                return Optional.empty();
            } else if ((tail = rangeTail(text, start, p, sentences)).isPresent()) {
                return rangeHead(text, start, scaled ? p : ne, tail.get(), scaled, sentences);
            } else if ((tail = levelTail(text, start, p, sentences)).isPresent()) {
                end = p; // "Unemployment rose by 19,000 to 2.78 million people": 19,000 people; "employment fell by
                         // 92,000 to 16.7 million": jobs, whatever noun the sentence named before
                defaultUnit = EMPLOYMENT_CHANGED.matcher(head).find() ? "jobs" : tail.get().unit();
            } else if ((tail = outOf(text, p, sentences)).isPresent()) {
                end = p;
                defaultUnit = tail.get().unit();
            } else if ((x = OF_THEM_NAMED.matcher(text).region(p, text.length())).lookingAt()
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))
                    && !CountedNoun.VERBS.contains(x.group(1).toLowerCase(Locale.ROOT))) {
                end = p; // "Some 15,286 people, 4,561 of them children": children, named after "of them"
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if (OF_THEM.matcher(text).region(p, text.length()).lookingAt()
                    && (tail = lastFigure(text, sentenceOf(ns, sentences)[0], start, sentences, c -> true)
                    .filter(c -> c.kind() == FigureKind.QUANTITY)).isPresent()) {
                end = p; // "imported 2.7 million tonnes of raw cashews, 1.1 million of them from Ivory Coast": tonnes
                defaultUnit = tail.get().unit();
            } else if (OF_THEM.matcher(text).region(p, text.length()).lookingAt()
                    && (x = NOUN_THEN_NUMBER.matcher(head)).find()
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))
                    && countInSentence(text, ns, start, sentences).isEmpty()) {
                // "Indigent households, about 240,000 of them,": the noun the sentence opened with ("11 million people
                // have been forced from their homes, 3.1 million of them": the people counted)
                end = p;
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if (OF_THEM.matcher(text).region(p, text.length()).lookingAt()
                    && (tail = wholeOfThem(text, ns, start, statedScale, sentences)).isPresent()) {
                end = p; // "bringing 8.2 million passengers. Santorini alone received about 1.3 million of them"; "11.3
                         // million people in the 31 urban areas …, and 2.5 million of them": the whole of a like size
                defaultUnit = tail.get().unit();
            } else if ((x = OUT_OF_WORD.matcher(text).region(p, text.length())).lookingAt()
                    && CountedNoun.end(text, x.end()) > 0) {
                end = p; // "five of the six members", "Three out of four fund managers": managers
                defaultUnit = CountNouns.lastWord(text, x.end(), CountedNoun.end(text, x.end()));
            } else if (WHOLE.matcher(number).matches() && FURTHER_BEFORE.matcher(head).find()
                    && CountedNoun.end(text, p) <= 0
                    && (tail = firstCountInSentence(text, ns, start, sentences)).isPresent()) {
                end = p; // "About 2,500 of the jobs to go …, in a town of 35,000 people, with a further 300": jobs
                defaultUnit = tail.get().unit();
            } else if (!scaled && WHOLE.matcher(number).matches() && PER_THING.matcher(text).region(p, text.length())
                    .lookingAt() && (defaultUnit = CountNouns.numberOfNamed(text, sentenceOf(ns, sentences)[0], start))
                    != null) {
                end = p; // "The number of homes for sale was 11% higher …, at about 30 per branch": homes
            } else if (!scaled && WHOLE.matcher(number).matches() && FOR_EACH.matcher(text).region(p, text.length())
                    .lookingAt() && (tail = firstCountInSentence(text, ns, start, sentences)).isPresent()) {
                // "drew 3.4 million applicants for about 39,700 posts, or 86 for each job": applicants; "produced
                // 1.08 million cars, or 199 for every 1,000 inhabitants": cars
                end = p;
                defaultUnit = tail.get().unit();
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches()) && (x = VERB_NOUN_BY.matcher(head)).find()
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))
                    && !MONEY_NOUNS.matcher(x.group(1).toLowerCase(Locale.ROOT)).matches()) {
                end = p; // "reduce temporary residents by about 445,000": residents
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if (!scaled && WHOLE.matcher(number).matches() && PART_BEFORE_WHOLE.matcher(head).find()
                    && CountedNoun.end(text, p) <= 0
                    && (x = OF_THE_GROUP_OPENS.matcher(text.substring(sentenceOf(ns, sentences)[0], ns))).find()
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))) {
                end = p; // "Of the startups that raised a seed round in 2021, 7 out of 10": startups
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches())
                    && (x = PART_OF_A_COUNT.matcher(text).region(p, text.length())).lookingAt()
                    && (tail = countAt(text, x.end(), sentences)).isPresent()) {
                end = p; // "About 133 million of Nigeria's 220 million people": people, as the whole they are part of
                defaultUnit = tail.get().unit();
            } else if ((scaled || WHOLE.matcher(number).matches() && !YEAR.matcher(number).matches())
                    && (x = CountNouns.PART_OF_THE.matcher(text).region(p, text.length())).lookingAt()
                    && CountedNoun.end(text, x.end()) > 0) {
                end = p; // "Some 50 of the new jobs", "Americans accounted for 4.4 million of the air arrivals"
                defaultUnit = CountNouns.lastWord(text, x.end(), CountedNoun.end(text, x.end()));
            } else if (!scaled && WHOLE.matcher(number).matches()
                    && (x = COLON_LIST.matcher(sentenceBefore(text, ns, sentences))).find()
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))) {
                end = p; // "220 Boeing jets: 190 737 MAX, 20 787s and 10 777X": jets, each
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if ((COMPARED_FROM.matcher(head).find() || SET_AGAINST.matcher(head).find()
                    || PASSING.matcher(head).find())
                    && (noun = countBefore(text, ns, sentences)) != null
                    && FigureParser.currencyOfWord(noun).isEmpty()
                    && (scaled || !org.factline.measure.Quantities.isUnit(noun))) {
                // (not "the dollar sells for 600,000 rials, up from 32,000": a rate, which the figure continues; nor
                // "61 cubic metres …, against a threshold of 500": a quantity, in its whole unit)
                end = p; // "up from 60,500", "5.1 children each, against 2.3 worldwide", "to 2,048,675, surpassing 2
                         // million": the count before's noun
                defaultUnit = noun;
            } else if (COMPARED_FROM.matcher(head).find()
                    && (tail = countJustBefore(text, ns, start, 12, sentences)).isPresent()) {
                end = p; // "population … reached 542,000, up from 417,000": the count just before, its noun unwritten
                defaultUnit = tail.get().unit();
            } else if (FROM.matcher(head).find()
                    && (defaultUnit = figureJustBefore(text, start, scaled, sentences)) != null) {
                end = p; // "rose to 612.4 million shares from 487.2 million", "to 800 zlotys from 500": what it was
            } else if (!scaled && bid >= 0
                    && (tail = continued(text, text.substring(Math.max(0, bid - 50), bid), bid, sentences)).isPresent()) {
                end = p; // "stronger than 300.20/300.40": the offer continues what its bid does
                defaultUnit = tail.get().unit();
                perCurrency = tail.get().per();
            } else if (!scaled && (tail = continued(text, head, ns, sentences)).isPresent()) {
                end = p; // read as the figure it continues: "against 198.8 in 2021", "from 3,141", "(2022: 435.7)"
                defaultUnit = tail.get().unit();
                inBasisPoints = BASIS_POINTS.matcher(tail.get().text()).find();
                perCurrency = tail.get().per();
                String local = perCurrency == null ? "" : localCurrency(sentenceBefore(text, ns, sentences), perCurrency);
                if (!local.isEmpty()) {
                    defaultUnit = local; // "… the peso averaged 17.76 per dollar, while the real averaged 4.99"
                }
            } else if (!scaled && (quoted = quotedAgainst(text, head, ns, sentences)).isPresent()) {
                end = p; // "The franc weakened 0.9% against the euro to 0.98": the franc's price in euros
                defaultUnit = quoted.get()[0];
                perCurrency = quoted.get()[1];
                if (QUOTED_IN_DOLLARS.contains(defaultUnit) || QUOTED_BOTH_WAYS.contains(defaultUnit)
                        && BELOW_ONE.matcher(number).matches()) {
                    // "The euro fell 0.3% against the dollar to 1.0812", "The kina … against the US dollar … was at
                    // 0.2674": a currency quoted the other way round, so many dollars to one of it
                    defaultUnit = perCurrency;
                    perCurrency = quoted.get()[0];
                }
            } else if (!scaled && (x = PEGGED_AT.matcher(head)).find()
                    && FigureParser.currencyOfWord(x.group(1)).isPresent() && !(defaultUnit = localCurrency(sentenceBefore(text, ns, sentences),
                    FigureParser.currencyOfWord(x.group(1)).orElse(""))).isEmpty()) {
                end = p; // "The convertible mark is pegged to the euro at 1.95583": the pegged currency's price
                perCurrency = FigureParser.currencyOfWord(x.group(1)).orElseThrow();
            } else if (!scaled && !YEAR.matcher(number).matches() && ((x = CURRENCY_MOVED.matcher(head)).find()
                    || (x = HOLDS_CURRENCY_AT.matcher(head)).find())
                    && !QUOTED_IN_DOLLARS.contains(new LocalCurrency(text).of(FigureParser.currencyOfWord(x.group(1))
                    .orElse("USD"), x.group(1), true, sentenceBefore(text, ns, sentences)))) {
                // (the pound of a Lebanese or Egyptian text is priced in pounds, not in dollars as sterling is)
                end = p; // "yen jumps past 150": a currency moved to a bare number, its price in dollars
                defaultUnit = FigureParser.currencyOfWord(x.group(1)).orElseThrow();
                perCurrency = "USD";
            } else if (((x = LARGEST_GROUP.matcher(sentenceBefore(text, ns, sentences))).find()
                    && (!scaled || CountedNoun.end(text, p) <= 0)
                    || !scaled && (x = WITH_AFTER_LIST.matcher(head)).find()
                    || (x = GROUP_RANKED_NEXT.matcher(sentenceBefore(text, ns, sentences))).find()
                    && (!scaled || CountedNoun.end(text, p) <= 0))
                    && (FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))
                    || NATIONALS_IN_ESE.matcher(x.group(1)).matches())) {
                end = p; // "Bangladeshis were the largest group, at 13,779, followed by Syrians with 12,473",
                         // "Malaysians were the largest group at 4.9 million"
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
                if (x.pattern() == GROUP_RANKED_NEXT) {
                    // "Americans were the largest group, with 610,000 departures, followed by Britons at 255,000":
                    // departures; "Vietnamese made up the largest group at 518,364, followed by Chinese at": Chinese;
                    // "Chinese visitors were the largest group at 6.1 million, followed by Malaysians at": visitors
                    String before = countBefore(text, ns, sentences);
                    Matcher next = NEXT_GROUP_NAMED.matcher(head);
                    defaultUnit = (before == null || before.equals(defaultUnit)) && next.find()
                            && Character.isUpperCase(x.group(1).charAt(0))
                            ? next.group(1).toLowerCase(Locale.ROOT) : Optional.ofNullable(before).orElse(defaultUnit);
                }
            } else if (!scaled && WHOLE.matcher(number).matches() && !YEAR.matcher(number).matches()
                    && FROM_END.matcher(head).find() && CountedNoun.end(text, p) == 0
                    && (tail = countInSentence(text, ns, start, sentences)).isPresent()) {
                end = p; // "grow its fleet to more than 800 aircraft by 2033, from about 490 now": aircraft
                defaultUnit = tail.get().unit();
            } else if (!scaled && !YEAR.matcher(number).matches() && AT_AGAIN.matcher(head).find()
                    && (tail = figureBefore(text, start, sentences)).isPresent()
                    && tail.get().kind() == FigureKind.MONEY && tail.get().scale() == null && tail.get().per() == null
                    && AT_END.matcher(text.substring(sentenceOf(ns, sentences)[0], tail.get().start())).find()) {
                end = p; // "highest in mining, at 812,000 tenge, and lowest in agriculture, at 247,000": in tenge too
                defaultUnit = tail.get().unit();
            } else if ((x = COLON_NOUN.matcher(text).region(p, text.length())).lookingAt()
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))) {
                end = p; // "3.2 million: households behind on at least one bill": a list's label, its noun after it
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if (scaled && TIME_RATE_AFTER.matcher(text).region(p, text.length()).lookingAt()
                    && (tail = countInSentence(text, ns, start, sentences)).isPresent()) {
                end = p; // "There were 2.5 billion transactions, about 6.8 million a day": transactions
                defaultUnit = tail.get().unit();
            } else if (scaled && (defaultUnit = namedAfterVerb(text, p)) != null) {
                end = p; // "and 32 million were refugees": what the number is, named after its verb
            } else if (scaled && (defaultUnit = numberOfNoun(text, sentenceOf(ns, sentences)[0], start)) != null) {
                // "the number of employed people increased by 296,000 to 16.8 million": people; "Hires fell to 5.31
                // million, and the number of people quitting rose to 3.3 million": people, not hires
                end = p;
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches()
                    && (THE_JUST_BEFORE.matcher(head).find() || FOLLOWED_BY_AT_END.matcher(
                    tailOf(sentenceBefore(text, ns, sentences), 150)).find()))
                    && (defaultUnit = comparedWith(text, head, start, ne, p, sentences)) != null) {
                end = p; // "quotas of 240 million wet metric tons, below the 270 million miners had sought": tonnes;
                         // "rose by 116,500, more than double the 40,000 economists had forecast": as many of what
                         // rose (a number without a scale word only after "the": not "the index rose to 4,210")
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches())
                    && (defaultUnit = trafficNoun(text, sentenceOf(ns, sentences)[0], start)) != null) {
                end = p; // "Passenger traffic at Nigerian airports rose 7.6% to 16.2 million": passengers
            } else if (scaled && WAITING_LIST.matcher(tailOf(sentenceBefore(text, ns, sentences), 120)).find()) {
                end = p; // "The waiting list for routine hospital treatment fell to 7.61 million": cases waiting
                defaultUnit = "cases";
            } else if (scaled && (x = NOUN_BEFORE_VERB.matcher(clause = tailOf(NOUN_ASIDE.matcher(sentenceBefore(text,
                    ns, sentences)).replaceAll(""), 80))).find() && FigureParser.isPluralNoun(countedBeforeVerb(x))
                    && (!MONEY_NOUNS.matcher(countedBeforeVerb(x)).matches()
                    || GOODS_BEFORE.matcher(clause.substring(0, x.start())).find()
                    || countedInText(text, countedBeforeVerb(x)))) {
                end = p; // "Foreign tourist arrivals reached 28.15 million", "visitors … numbered 3.4 million"; "car
                         // exports were about 1 million": units; "UPI payments top 20 billion" where the text
                         // counts "20.01 billion payments": payments
                defaultUnit = MONEY_NOUNS.matcher(countedBeforeVerb(x)).matches()
                        && !countedInText(text, countedBeforeVerb(x)) ? "units" : countedBeforeVerb(x);
            } else if (scaled && (x = NOUN_BEFORE_VERB.matcher(tailOf(NOUN_ASIDE.matcher(sentenceBefore(text, ns,
                    sentences)).replaceAll(""), 80))).find() && MONEY_NOUNS.matcher(countedBeforeVerb(x)).matches()
                    && (tail = countSentencesBack(text, ns, start, 2, sentences)).isPresent()
                    && GOODS_COUNTED.matcher(tail.get().unit()).matches()) {
                end = p; // "Toyota sold 10.82 million vehicles … Sales in China fell 6.9% to 1.78 million": vehicles
                defaultUnit = tail.get().unit();
            } else if (!scaled && WHOLE.matcher(number).matches() && OF_THE_BEFORE.matcher(head).find()
                    && text.startsWith(",", p) && (defaultUnit = countNear(text, ns, true, sentences)) != null) {
                end = p; // "a poll of 28 economists … Of the 28, 19 expect": the count named again
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches()) && (x = NOUN_COMMA_AT.matcher(head)).find()
                    && (CLAUSE_ENDS.matcher(text).region(p, text.length()).lookingAt()
                    || OF_WHOM_AFTER.matcher(text).region(p, text.length()).lookingAt())
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))
                    && !MONEY_NOUNS.matcher(x.group(1).toLowerCase(Locale.ROOT)).matches()) {
                end = p; // "Deaths, at 358,400, still outnumbered births": deaths; "Diaspora visitors, about 800,000 of
                         // whom return each summer": visitors
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches()) && (WORKFORCE_AT.matcher(head).find()
                    || scaled && EMPLOYS.matcher(head).find())) {
                end = p; // "Its workforce grew to about 900,000", "expects to employ 1.9 million": employees
                defaultUnit = "employees";
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches()) && EMPLOYMENT_AT.matcher(head).find()) {
                end = p; // "Formal employment stood at 3.1 million", "employment fell by 92,000": jobs
                defaultUnit = "jobs";
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches()) && (x = NOUN_LABEL.matcher(head)).find()
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))
                    && !MONEY_NOUNS.matcher(x.group(1).toLowerCase(Locale.ROOT)).matches()) {
                end = p; // "- Births: 9.02 million, the fewest since 1949": births
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if ((scaled || WHOLE.matcher(number).matches() && !YEAR.matcher(number).matches())
                    && DEATH_TOLL.matcher(tailOf(sentenceBefore(text, ns, sentences), 120)).find()) {
                end = p; // "The death toll from last week's earthquake rose to 5,120": deaths
                defaultUnit = "deaths";
            } else if ((scaled || WHOLE.matcher(number).matches()) && !YEAR.matcher(number).matches()
                    && CountedNoun.end(text, p) <= 0 && (PEOPLE_STATE_AFTER.matcher(text).region(p, text.length())
                    .lookingAt() || PEOPLE_ACTED_ON.matcher(head).find())) {
                end = p; // "with 17,300 injured and about 400 still missing", "Police arrest 1,200 in crackdown"
                defaultUnit = "people";
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches())
                    && PEOPLE_NAMED_BY_ACTIVITY.matcher(head).find()) {
                end = p; // "Unemployment climbed by 27,000 to 2.86 million", "Net overseas migration fell to 379,000"
                defaultUnit = "people";
            } else if (scaled && (POPULATION_OF.matcher(sentenceBefore(text, ns, sentences)).find()
                    || PLACE_OF.matcher(head).find()
                    || POPULATION_LABEL.matcher(head).find())
                    || GROUPED_WHOLE.matcher(number).matches() && CountNouns.PEOPLE_LABEL.matcher(head).find()) {
                // "Uruguay, a country of 3.4 million,", "its population fell to 2.4 million": its people; "* Jobless
                // total: 254,000": people
                end = p;
                defaultUnit = "people";
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches())
                    && CountNouns.PEOPLE_VERB_AFTER.matcher(text).region(p, text.length()).lookingAt()) {
                end = p; // "Some 3 million left the region, and about 700,000 still live in container cities": people
                defaultUnit = "people";
            } else if (WHOLE.matcher(number).matches() && PART_BEFORE.matcher(head).find()
                    && PART_OF_ITS_AFTER.matcher(text).region(p, text.length()).lookingAt()
                    && (noun = countBefore(text, ns, sentences)) != null
                    && FigureParser.currencyOfWord(noun).isEmpty()) {
                end = p; // "handed over 75 jets, including 58 from its A320neo family": jets
                defaultUnit = noun;
            } else if (scaled && (x = CountNouns.PEOPLE_AFTER.matcher(text).region(p, text.length())).lookingAt()) {
                end = p; // "The country's 9.1 million employed include 2.3 million who work for themselves": people;
                // "10.3 million visitors, including 8.06 million who arrived by air": visitors
                defaultUnit = x.group(1) == null ? "people" : Optional.ofNullable(peopleWho(text, ns, sentences))
                        .or(() -> Optional.ofNullable(PART_BEFORE.matcher(head).find()
                                ? countBefore(text, ns, sentences) : null)).orElse("people");
            } else if (scaled && !MONEY_VERB_BEFORE.matcher(head).find()
                    && (tail = lastFigure(text, previousSentenceStart(text, ns, sentences), start, sentences,
                    c -> (c.kind() == FigureKind.COUNT || c.kind() == FigureKind.MONEY
                            || c.kind() == FigureKind.QUANTITY)
                            && c.scale() == statedScale))
                    .isPresent()
                    && (tail.get().kind() == FigureKind.COUNT || tail.get().kind() == FigureKind.QUANTITY)
                    && (tail.get().start() >= sentenceOf(ns, sentences)[0] || CONTINUES_HEAD.matcher(head).find())) {
                end = p; // "lost about 4 million subscribers, leaving it with 84.2 million. Airtel had 62.9 million and
                         // Globacom 61.3 million": the last count before with the same scale word (money in billions
                         // between), continued in its sentence, or in the next by what had it or was expected of it
                defaultUnit = tail.get().unit();
            } else if (!scaled && ELIDED_MULTIPLE_HEAD.matcher(head).find()
                    && (tail = lastFigure(text, sentenceOf(ns, sentences)[0], start, sentences,
                    c -> c.unit().equals("times"))).isPresent()) {
                end = p; // "Banks trade at 7 times earnings, and insurers at 9": a multiple too, its verb left out
                defaultUnit = "times";
            } else if (scaled && ELIDED_NAME_HEAD.matcher(head).find()
                    && (tail = countInSentence(text, ns, start, sentences)).isPresent()) {
                end = p; // "added 686,000 members, Europe 1.9 million and Asia-Pacific 2.3 million": members, whatever
                         // the scale word
                defaultUnit = tail.get().unit();
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches()) && (x = PUT_AT.matcher(head)).find()
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))
                    && !MONEY_NOUNS.matcher(x.group(1).toLowerCase(Locale.ROOT)).matches()) {
                end = p; // "put the quarter's shipments slightly lower, at 309.9 million": shipments
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches()) && THE_NUMBER_TO.matcher(head).find()
                    && (tail = lastFigure(text, previousSentenceStart(text, ns, sentences), start, sentences,
                    c -> c.kind() == FigureKind.COUNT)).isPresent()) {
                end = p; // "counted 1,472 insolvencies … and expects the number to peak at about 26,000"
                defaultUnit = tail.get().unit();
            } else if ((scaled || GROUPED_WHOLE.matcher(number).matches()) && TOP_PLACE_WITH.matcher(head).find()
                    && CountedNoun.end(text, p) <= 0
                    && (tail = countSentencesBack(text, ns, start, 2, sentences)).isPresent()) {
                end = p; // "issued 839,266 labour permits … Malaysia was the top destination, with 187,211": permits
                defaultUnit = tail.get().unit();
            } else if (scaled && RESTATED_COUNT.matcher(head).find()
                    && (tail = countInSentence(text, ns, start, sentences)).isPresent()) {
                end = p; // "About 580,000 people remain displaced …, down from a peak of more than 1 million": people
                defaultUnit = tail.get().unit();
            } else if (scaled && (defaultUnit = countedElsewhere(text, number, text.substring(ne, p), ns,
                    MONEY_VERB_BEFORE.matcher(head).find(), sentences)) != null) {
                end = p; // "Pix instant payments hit 6.4 billion" where the text says "6.4 billion transactions"
            } else if (scaled && (FORECASTS_OF.matcher(head).find() || MONEY_VERB_BEFORE.matcher(head).find())
                    && (tail = lastFigure(text, sentenceOf(ns, sentences)[0], start, sentences,
                    c -> c.kind() == FigureKind.MONEY && c.scale() != null)).isPresent()
                    && CURRENCY_CODE.matcher(tail.get().unit()).matches() && tail.get().per() == null) {
                // "profit fell to 9.18 trillion won, below forecasts of 10.7 trillion": won; "cut its budget by 12
                // trillion pesos after Congress rejected a tax bill meant to raise 12 trillion": pesos
                end = p;
                defaultUnit = tail.get().unit();
            } else if (scaled && MONEY_SUBJECT.matcher(head).find()
                    && (tail = lastFigure(text, previousSentenceStart(text, ns, sentences), start, sentences,
                    c -> c.kind() == FigureKind.MONEY)).isPresent()
                    && CURRENCY_CODE.matcher(tail.get().unit()).matches() && tail.get().per() == null) {
                end = p; // "sales fell to 6.7 billion francs and its operating profit by 70% to 304 million": francs
                defaultUnit = tail.get().unit();
            } else if (scaled) {
                end = p;
                defaultUnit = "";
            } else if (EMPLOYMENT_CHANGED.matcher(head).find() && WHOLE.matcher(number).matches()
                    && !YEAR.matcher(number).matches()) {
                end = p; // "employment fell by 2,200", "payrolls rose by 175,000": jobs, though an index stands near
                defaultUnit = "jobs";
            } else if ((RATIO_BEFORE.matcher(sentenceBefore(text, ns, sentences)).find()
                    || RATE_WAS.matcher(head).find() && FERTILITY.matcher(text.substring(previousSentenceStart(text, ns,
                    sentences), ns)).find()) && number.contains(".")) {
                // (and "The total fertility rate … was 1.26. Tokyo's rate was 1.04")
                end = p; // "The bid-to-cover ratio, a gauge of demand, was 2.48": a ratio, though a gauge names it
                defaultUnit = "";
            } else if (!scaled && !YEAR.matcher(number).matches() && MARK_AFTER.matcher(text).region(p, text.length())
                    .lookingAt() && (x = CURRENCY_FIRST.matcher(sentenceBefore(text, ns, sentences))).lookingAt()
                    && !QUOTED_IN_DOLLARS.contains(FigureParser.currencyOfWord(x.group(1)).orElse("USD"))) {
                end = p; // "The yen averaged ¥153.42 … and briefly breached the 160 mark": its price in dollars
                defaultUnit = FigureParser.currencyOfWord(x.group(1)).orElseThrow();
                perCurrency = "USD";
            } else if (!scaled && !YEAR.matcher(number).matches() && INDEX_FOLLOWS.matcher(head).find()
                    && indexBefore(text, ns, sentences)) {
                end = p; // "above the 50 mark … beating the poll estimate of 50.8": a level as the index's before it
                defaultUnit = "points";
            } else if (!scaled && !YEAR.matcher(number).matches() && READING_OF.matcher(head).find()
                    && INDEX_NAMED.matcher(text.substring(previousSentenceStart(text, ns, sentences), ns)).find()) {
                end = p; // "The Ifo index fell to 88.6. Analysts had forecast a reading of 89.4": a gauge's level
                defaultUnit = "points";
            } else if ((INDEX_CONTEXT.matcher(sentenceBefore(text, ns, sentences)).find()
                    || INDEX_RECORD.matcher(sentenceBefore(text, ns, sentences)).find() || INDEX_SUBJECT.matcher(
                    RELATIVE_ASIDE.matcher(sentenceBefore(text, ns, sentences)).replaceAll("")).find())
                    && !YEAR.matcher(number).matches() && !countedSubjectBefore(text, ns, sentences)) {
                end = p; // before a noun of the sentence: "shares fell 1.2% and the index dropped 0.4% to 134,960"
                defaultUnit = "points";
            } else if ((x = NOUN_BEFORE_VERB.matcher(clause = tailOf(NOUN_ASIDE.matcher(sentenceBefore(text, ns,
                    sentences)).replaceAll(""), 80))).find()
                    && FigureParser.isPluralNoun(countedBeforeVerb(x))
                    && numberOfNoun(text, sentenceOf(ns, sentences)[0], start) == null) {
                end = p; // "approvals fell to 61,500"; "Car sales dropped 6.5% to 810,400": units, as with a scale word
                defaultUnit = MONEY_NOUNS.matcher(countedBeforeVerb(x)).matches()
                        && GOODS_BEFORE.matcher(clause.substring(0, x.start())).find() ? "units" : countedBeforeVerb(x);
            } else if ((x = CAPPED_AT.matcher(head)).find() && WHOLE.matcher(number).matches()
                    && !YEAR.matcher(number).matches()
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))
                    && !MONEY_NOUNS.matcher(x.group(1).toLowerCase(Locale.ROOT)).matches()) {
                end = p; // "The government has capped new hotel rooms at 1,200 a year"
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if ((x = ELIDED_VERB.matcher(head)).find() && FigureParser.isPluralNoun(x.group(1)
                    .toLowerCase(Locale.ROOT)) && countInSentence(text, ns, start, sentences).isPresent()) {
                end = p; // "Liquidations rose to 3,281 …, and administrations to 1,099": the verb left out
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if ((x = ONE_IN.matcher(head)).find() && (tail = lastFigure(text, sentenceOf(ns, sentences)[0],
                    start - (head.length() - x.start()), sentences, c -> c.kind() == FigureKind.COUNT)).isPresent()) {
                // (the count looked for stands before "1 in", which "1 in 7" would read again)
                end = p; // "one in 189 active companies failed, against one in 213 the year before": companies too
                defaultUnit = tail.get().unit();
            } else if (THOSE_OF.matcher(head).find() && (tail = lastFigure(text, previousSentenceStart(text, ns,
                    sentences), start, sentences, c -> c.kind() == FigureKind.COUNT)).isPresent()) {
                end = p; // "Departures from Tunisia fell to 19,246, while those from Libya dropped to 42,600"
                defaultUnit = tail.get().unit();
            } else if (!scaled && WHOLE.matcher(number).matches() && !YEAR.matcher(number).matches()
                    && (defaultUnit = numberOfNoun(text, sentenceOf(ns, sentences)[0], start)) != null) {
                // "the number of foreign trade enterprises … reached 645,000", "cut the number of ships allowed
                // through each day to 32"
                end = p;
            } else if ((POPULATION_OF.matcher(sentenceBefore(text, ns, sentences)).find()
                    || PLACE_OF.matcher(head).find())
                    && GROUPED_WHOLE.matcher(number).matches()) {
                // "the population passed 320,000", "The country of 132,500, spread over 33 atolls": its people
                end = p;
                defaultUnit = "people";
            } else if (EMPLOYS.matcher(head).find() && !YEAR.matcher(number).matches()) {
                end = p;
                defaultUnit = "employees";
            } else if ((defaultUnit = namedAfterVerb(text, p)) != null) {
                end = p; // "Of those who arrived, 8,043 were unaccompanied minors"
            } else if (!scaled && GROUPED_WHOLE.matcher(number).matches()
                    && WHO_OR_VERB_AFTER.matcher(text).region(p, text.length()).lookingAt()
                    && (defaultUnit = peopleWho(text, ns, sentences)) != null) {
                end = p; // "And the Russians who came in 2022? — About 110,000 have stayed, out of the 400,000 who"
            } else if ((x = WHO_OR_VERB_AFTER.matcher(text).region(p, text.length())).lookingAt()
                    && !x.group().strip().equalsIgnoreCase("who")
                    && (tail = countInSentence(text, ns, start, sentences)).isPresent()) {
                end = p; // "Wilko closed all 400 stores; 71 have since been bought": of what was counted before
                defaultUnit = tail.get().unit();
            } else if (!scaled && GROUPED_WHOLE.matcher(number).matches()
                    && (x = WHO_OR_VERB_AFTER.matcher(text).region(p, text.length())).lookingAt()
                    && !x.group().strip().equalsIgnoreCase("who")
                    && (defaultUnit = countNear(text, ns, true, sentences)) != null) {
                end = p; // "started 13,600 homes in March.\n\nIn the first quarter, 48,900 were started": a count
                         // as the subject of its verb, with no noun, counts what was counted before, as a change does
            } else if (!scaled && GROUPED_WHOLE.matcher(number).matches() && CountedNoun.end(text, p) <= 0
                    && (x = NUMBER_OF_REVISED_BY.matcher(sentenceBefore(text, ns, sentences))).find()
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))) {
                end = p; // "The annual revision cut the number of jobs added in the year to March 2024 by 598,000"
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if (!scaled && GROUPED_WHOLE.matcher(number).matches() && CountedNoun.end(text, p) <= 0
                    && (ADDED_OR_LOST.matcher(head).find() || CHANGE_STANDS_AT.matcher(head).find())
                    && ((defaultUnit = countNear(text, ns, true, sentences)) != null
                    || (tail = countSentencesBack(text, ns, start, 3, sentences)).isPresent()
                    && (defaultUnit = tail.get().unit()) != null)) {
                end = p; // "Health care added 44,000", "December's gain now stands at 307,000": what was counted before
            } else if (!scaled && GROUPED_WHOLE.matcher(number).matches() && CountedNoun.end(text, p) <= 0
                    && (x = AND_SUBJECT.matcher(head)).find()
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))
                    && (tail = countJustBefore(text, ns, start, 40, sentences)).isPresent()) {
                end = p; // "Health care added 44,000 jobs and retailers 34,000": the same count, its verb left out
                defaultUnit = tail.get().unit();
            } else if (!scaled && !YEAR.matcher(number).matches() && COUNT_THEN_FROM.matcher(head).find()
                    && (tail = countJustBefore(text, ns, start, 30, sentences)).isPresent()) {
                end = p; // "cut the number of ships allowed through each day to 32 from 36": what it changed from
                defaultUnit = tail.get().unit();
            } else if (!scaled && !YEAR.matcher(number).matches() && AND_VERBED.matcher(head).find()
                    && (tail = countJustBefore(text, ns, start, 30, sentences)).isPresent()) {
                end = p; // "We opened 38 stores and closed 11": the same count, a second verb's
                defaultUnit = tail.get().unit();
            } else if (!scaled && !YEAR.matcher(number).matches() && (ANOTHER_BEFORE.matcher(head).find()
                    || TIME_RATE_AFTER.matcher(text).region(p, text.length()).lookingAt())
                    && (tail = countInSentence(text, ns, start, sentences)).isPresent()) {
                end = p; // "54 smelters in operation and another 33 under construction", "13,479 shops, the
                         // equivalent of 37 a day": more of what was counted
                defaultUnit = tail.get().unit();
            } else if ((x = HAD_THE_MOST_WITH.matcher(head)).find()
                    && FigureParser.isPluralNoun(x.group(1).toLowerCase(Locale.ROOT))) {
                end = p; // "Construction had the most insolvencies of any industry, with 4,098": insolvencies
                defaultUnit = x.group(1).toLowerCase(Locale.ROOT);
            } else if (!scaled && PER_POPULATION.matcher(text).region(p, text.length()).lookingAt()
                    && (tail = countInSentence(text, ns, start, sentences)).isPresent()) {
                end = p; // "one in 189 active companies entered insolvency, a rate of 52.8 per 10,000": companies
                defaultUnit = tail.get().unit();
            } else if (!scaled && WHOLE.matcher(number).matches() && (x = IN_WHOLE.matcher(text).region(p,
                    text.length())).lookingAt() && new BigDecimal(x.group(1)).compareTo(new BigDecimal(number)) > 0
                    && CountedNoun.end(text, x.end()) == 0) {
                end = p; // "1 in 4 in the north-east", "7 in 10 spend most of it": a share of what was counted
                defaultUnit = Optional.ofNullable(countNear(text, ns, false, sentences)).orElseGet(
                        () -> groupOpened(text, ns, sentences));
            } else if (!scaled && !YEAR.matcher(number).matches() && ONE_IN_WHOLE.matcher(head).find()
                    && CountedNoun.end(text, p) == 0) {
                end = p; // the whole of "1 in 4", with no noun after it
                defaultUnit = Optional.ofNullable(countNear(text, ns, false, sentences)).orElseGet(
                        () -> groupOpened(text, ns, sentences));
            } else if (!YEAR.matcher(number).matches() && MORE_AFTER.matcher(text).region(p, text.length()).lookingAt()
                    && (tail = countInSentence(text, ns, start, sentences)).isPresent()) {
                end = p; // "a fleet of 147 aircraft and has 42 more on order": more of what was counted
                defaultUnit = tail.get().unit();
            } else if (!scaled && GROUPED_WHOLE.matcher(number).matches() && ELIDED_SUBJECT.matcher(head).find()
                    && (tail = countInSentence(text, ns, start, sentences)).isPresent()) {
                end = p; // "Transactions jumped to 7,429 in April …, but slowed to about 5,000 in May": the same count
                defaultUnit = tail.get().unit();
            } else if (!scaled && GROUPED_WHOLE.matcher(number).matches() && !LEVEL_AT.matcher(head).find()
                    && (defaultUnit = countNear(text, ns, CHANGE_OF_WHAT_WAS_COUNTED.matcher(head).find(),
                            sentences)) != null) {
                end = p; // "... added 69,000 jobs, health care 45,000": a count whose noun was just stated
            } else if (!scaled && GROUPED_WHOLE.matcher(number).matches() && !LEVEL_AT.matcher(head).find()
                    && (tail = lastFigure(text, previousSentenceStart(text, ns, sentences), start, sentences,
                            c -> c.kind() == FigureKind.COUNT)).isPresent()) {
                end = p; // "48,900 were started and 49,600 completed. Permits were issued for 67,300": the noun
                         // those counts took from before them
                defaultUnit = tail.get().unit();
            } else {
                return Optional.empty();
            }
        }
        if (currencyBefore == null && !scaled && YEAR.matcher(number).matches() && end == p) {
            return Optional.empty();
        }
        Matcher rate = RATE.matcher(text).region(end, text.length());
        Matcher slash = SLASH_RATE.matcher(text).region(end, text.length());
        String per = perCurrency;
        int readEnd = pointsOfBasis ? p : -1;
        if (rate.lookingAt() && !PERCENT_AT_END.matcher(text.substring(start, end)).find()) {
            end = rate.end();
            per = rateNoun(rate);
            Matcher time = PER_HEAD_IN_TIME.matcher(text).region(end, text.length());
            if (PER_HEAD.matcher(per).matches() && time.lookingAt()) {
                end = time.end(); // "51 kilograms per person a year": a rate per person, and the time it is over
            }
        } else if ((currencyBefore != null || CENTS_FIGURE.matcher(text.substring(start, end)).find())
                && slash.lookingAt()) {
            per = FigureParser.perOfSlashRate(slash.group()); // "$82.50/bbl", "82.4 cents/lb"
            readEnd = end;
            end = slash.end();
        } else if ((currencyBefore != null || CENTS_FIGURE.matcher(text.substring(start, end)).find())
                && (x = PER_AMOUNT.matcher(text).region(end, text.length())).lookingAt()) {
            per = x.group(1); // "67.25 cents per $100 of assessed value": a tax rate, per an amount of value
            end = x.end();
        } else if (currencyBefore == null && (x = PER_POPULATION.matcher(text).region(end, text.length()))
                .lookingAt()) {
            per = "population"; // "9,000 per 100,000 in the Federal District": a count per so many people
            readEnd = end;
            end = x.end();
            if (defaultUnit == null && (tail = countInSentence(text, ns, start, sentences)).isPresent()) {
                defaultUnit = tail.get().unit(); // "3,210 cases per 100,000 inhabitants …, and topped 9,000 per"
            }
        } else if (currencyBefore != null && (x = PER_SQUARE_FOOT.matcher(text).region(end, text.length())).lookingAt()) {
            per = x.group(1).equalsIgnoreCase("psf") ? "square foot" : "square metre"; // "S$2,100 psf"
            end = x.end();
        }
        Optional<Candidate> built = build(text, start, readEnd < 0 ? end : readEnd, end, defaultUnit, per, sentences);
        // "a spread of 105 basis points, against 250 two years ago": 250 basis points, 2.5 percentage points
        return inBasisPoints ? built.map(c -> new Candidate(c.start(), c.end(), c.text(), c.value().movePointLeft(2),
                c.unit(), c.per(), c.scale(), c.kind(), c.sentence(), c.sentenceStart())) : built;
    }

    /** " per $100", " for every $1,000": the amount a rate in money is per, as property tax rates are written. */
    private static final Pattern PER_AMOUNT = Pattern.compile("(?i)\\G\\s+(?:per|for\\s+(?:every|each))\\s+"
            + "(\\$\\s?\\d[\\d,]*)(?![\\d.,]?\\d|\\s*(?:million|billion|trillion|bn|mn|m|k)(?![\\p{L}]))");
    /** The people a rate is per: "per person", "a head", "per capita", "per household". */
    private static final Pattern PER_HEAD = Pattern.compile("(?i)person|head|capita|resident|inhabitant|household|"
            + "worker|employee|student|child|pupil");
    /** " a year", " per month", " per annum" after a rate per person. */
    private static final Pattern PER_HEAD_IN_TIME = Pattern.compile("(?i)\\G\\s+(?:an?|per)\\s+(?:year|month|week|"
            + "day|annum)(?![\\p{L}])");

    /** The currency a rate written "/$", "/US$", "/€" or "/£" right at {@code p} is per, or null. */
    static String perSign(String text, int p) {
        if (text.startsWith("/$", p) || text.startsWith("/US$", p)) {
            return "USD";
        }
        return text.startsWith("/€", p) ? "EUR" : text.startsWith("/£", p) ? "GBP" : null;
    }

    /** A percentage, however written: "a month" after it is no rate of it ("2 percent a month" is a rate of 2%). */
    private static final Pattern PERCENT_AT_END = Pattern.compile("(?i)(?:%|percent|per\\s+cent|pct|\\dpc)$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** "basis points", "25bp": a sentence that counts its points in hundredths of a percentage point. */
    private static final Pattern BASIS_IN_SENTENCE = Pattern.compile("(?i)\\bbasis[\\s-]+points?\\b|\\d\\s*bps?\\b");
    /** A figure written in basis points, hundredths of a percentage point: "105 basis points", "35bp". */
    private static final Pattern BASIS_POINTS = Pattern.compile("(?i)(?:basis[\\s-]+points?|\\d\\s*bps?)$");
    private static final Pattern THE_BEFORE = Pattern.compile("(?i)(?:\\bthe\\s+(?:Brazilian\\s+)?|\\bBrazil['’]s\\s+)$");
    /** "pegged to the", "against the": the currency after these is what another is quoted against or tied to. */
    private static final Pattern PEGGED_TO = Pattern.compile("(?i)\\b(?:(?:pegged|tied|linked)(?:\\s+(?:one-to-one|"
            + "one\\s+to\\s+one|at\\s+par))?\\s+to|against|versus)\\s+(?:the|(?:\\S+\\s+)?\\S+['’]s)\\s+"
            + "(?:[\\p{L}]+\\s+){0,2}$");

    /** "4.26 per", "122 to the": the currency after these is what an earlier rate was quoted per. */
    private static final Pattern QUOTED_PER = Pattern.compile("(?i)\\d\\s+(?:per|to\\s+the|a)\\s+"
            + "(?:(?:US|U\\.S\\.)\\s+)?$");

    /** A sentence's end: a stop, a semicolon or a line's end. */
    private static final Pattern SENTENCE_ENDS = Pattern.compile("[.;!?](?=\\s)|\\n");

    /** ", which": what follows a currency the rate after is then of. */
    private static final Pattern WHICH_AFTER = Pattern.compile(",?\\s+which\\b");

    /** Whether the currency named at {@code at} is what another is tied to or quoted against. */
    private static boolean peggedTo(String text, int at) {
        String before = text.substring(Math.max(0, at - 50), at);
        return PEGGED_TO.matcher(before).find() || QUOTED_PER.matcher(before).find();
    }

    /**
     * The last currency the sentence names before the rate other than the one it is quoted against ("the som", "the
     * official peso exchange rate", "the Singapore dollar"); "" if none.
     */
    private static String localCurrency(String before, String against) {
        String found = "";
        int foundAt = -1;
        Matcher w = WORD.matcher(before);
        while (w.find()) {
            if (peggedTo(before, w.start())
                    && !WHICH_AFTER.matcher(before).region(w.end(), before.length()).lookingAt()) {
                continue; // "The lev, pegged to the euro, averaged 1.81": the euro is what the lev is tied to; not
                // in "pegged to South Africa's rand, which traded at about 18.1"
            }
            // "the real" and "Brazil's real" name Brazil's currency only here, beside a rate: elsewhere it is "the real
            // economy" or "Brazil's real GDP".
            String code = w.group().equalsIgnoreCase("real")
                    && THE_BEFORE.matcher(before.substring(Math.max(0, w.start() - 18), w.start())).find() ? "BRL"
                    : FigureParser.currencyOfWord(w.group()).orElse("");
            if (!code.isEmpty() && !code.equals(against)) {
                found = code;
                foundAt = w.start();
            }
        }
        Optional<Map.Entry<Integer, String>> national = Currencies.lastNationalNounIn(before);
        if (national.isPresent() && national.get().getValue().equals(against)
                && !SENTENCE_ENDS.matcher(before.substring(national.get().getKey())).find()) {
            // "The Nepali rupee is pegged to the Indian rupee at": the one just before the currency it is quoted in,
            // in the rate's own sentence
            int quotedIn = national.get().getKey();
            national = Currencies.lastNationalNounIn(before.substring(0, quotedIn))
                    .filter(n -> n.getKey() >= quotedIn - 60);
        }
        if (national.isPresent() && national.get().getKey() >= foundAt - 20 && !national.get().getValue().equals(against)
                && !peggedTo(before, national.get().getKey())) {
            found = national.get().getValue(); // "the Singapore dollar strengthened to 1.3345 against the US dollar"
        }
        return found;
    }

    /** ", and administrations to": a second subject whose verb, the first's, is left out before its number. */
    private static final Pattern ELIDED_VERB = Pattern.compile("(?i)(?:,|\\band|\\bwhile)\\s+(?:and\\s+)?(?:the\\s+)?"
            + "(\\p{L}+s)\\s+to\\s+" + HEDGE + "$");
    /** "Bangladeshis were the largest group, at", "Americans were again the largest group": a group's size after it. */
    private static final String GROUP_RANKED = "\\b(\\p{L}+s|(?-i:\\p{Lu})\\p{L}+ese)(?:,[^,;.\\d]{1,40},"
            + "|\\s+(?:from|in|of)\\s+[^,;.\\d]{1,30}?)?\\s+"
            + "(?:(?:were|are|remained|remain|made\\s+up|make\\s+up|formed|form)\\s+"
            + "(?:again\\s+|still\\s+|once\\s+more\\s+)?the\\s+"
            + "(?:largest|biggest|second[- ]largest|next|most\\s+common)\\s+(?:group|nationality)[^,;.\\d]{0,30}?"
            + "|(?:topped|tops|led|leads|headed|heads)\\s+the\\s+(?:list|ranking|table)"
            + "|(?:were|are)\\s+(?:again\\s+|still\\s+)?the\\s+most\\s+numerous)";
    /** "and Filipinos at", "followed by Chinese at": the next group of a ranking, named as its people. */
    private static final Pattern NEXT_GROUP_NAMED = Pattern.compile("(?:followed\\s+by|and)\\s+"
            + "(\\p{Lu}\\p{L}+(?:s|ese))\\s+(?:at|with)\\s+" + HEDGE + "$");
    /** "Vietnamese", "Chinese": people of a nation, a plural without its "s". */
    private static final Pattern NATIONALS_IN_ESE = Pattern.compile("\\p{Lu}\\p{L}+ese");
    private static final Pattern LARGEST_GROUP = Pattern.compile("(?i)" + GROUP_RANKED
            + ",?\\s+(?:at|with|accounting\\s+for|numbering)\\s+"
            + HEDGE + "$");
    /**
     * "Japanese visitors topped the list at 928,235, followed by those from Hong Kong and Macau at 1.14 million
     * combined, and South Koreans at": the next of the ranking, the same group.
     */
    private static final Pattern GROUP_RANKED_NEXT = Pattern.compile("(?i)" + GROUP_RANKED
            + "(?:[^.;]|\\.(?=\\d))*?(?:followed\\s+by|,?\\s+and)\\s+[^.;\\d]{1,50}?\\s+(?:at|with)\\s+" + HEDGE + "$");
    /** ", at": a second amount set beside a first one the sentence also put "at", and whose currency it keeps. */
    private static final Pattern AT_AGAIN = Pattern.compile("(?i),\\s+at\\s+" + HEDGE + "$");
    private static final Pattern AT_END = Pattern.compile("(?i)\\bat\\s+" + HEDGE + "$");
    /** "followed by Syrians with": the next of a list of groups, each with its size. */
    private static final Pattern WITH_AFTER_LIST = Pattern.compile("(?i)\\b(?:followed\\s+by|then|and)\\s+(?:the\\s+)?"
            + "(\\p{L}+s)\\s+with\\s+" + HEDGE + "$");
    /** "while those from Libya dropped to": more of what was counted before, elsewhere. */
    private static final Pattern THOSE_OF = Pattern.compile("(?i)\\bthose\\s+(?:from|in|of|at|for|to)\\s+"
            + "[^,;.\\d]{1,40}?\\s+(?:\\p{L}+ed|rose|fell|grew)\\s+(?:to|by)\\s+" + HEDGE + "$");
    /** "8,043 were unaccompanied minors", "400 will be engineers": a verb of being and the two words after it. */
    private static final Pattern NOUN_AFTER_VERB = Pattern.compile("(?i)\\G\\s+(?:were|are|will\\s+be|would\\s+be)\\s+"
            + "([\\p{L}-]+)(?![\\p{L}])(?:\\s+(\\p{L}+)(?![\\p{L}]))?");

    /**
     * What the number ending at {@code p} is, named after its verb ("8,043 were unaccompanied minors", "74,530 were
     * families with children"), in lower case; null when no plural follows ("22 were in deficit").
     */
    static String namedAfterVerb(String text, int p) {
        Matcher m = NOUN_AFTER_VERB.matcher(text).region(p, text.length());
        if (!m.lookingAt()) {
            return null;
        }
        String first = m.group(1).toLowerCase(Locale.ROOT);
        String second = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
        return FigureParser.isPluralNoun(second) ? second : FigureParser.isPluralNoun(first) ? first : null;
    }
    /** "one in", "1 in every": a rate's numerator before its denominator, which counts what the rate is of. */
    private static final Pattern ONE_IN = Pattern.compile("(?i)\\b(?:one|1)\\s+in\\s+(?:every\\s+)?$");
    /** "and closed": a second verb, right before a number, after a count. */
    /** "Health care added", "while mining and oil lost": a change stated by its verb alone, its noun left out. */
    private static final Pattern ADDED_OR_LOST = Pattern.compile("(?i)\\b(?:added|adds|adding|lost|loses|losing|shed|"
            + "sheds|shedding|created|creates|creating)\\s+" + BOUND + HEDGE + "$");
    /** "and retailers": a second subject of the verb before, left out ("added 44,000 and retailers 34,000"). */
    private static final Pattern AND_SUBJECT = Pattern.compile("(?i)\\band\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?"
            + "(\\p{L}+s)\\s+" + HEDGE + "$");
    /** "December's gain now stands at", "the increase was": a change named as a noun, at a level. */
    private static final Pattern CHANGE_STANDS_AT = Pattern.compile("(?i)\\b(?:gain|increase|rise|addition|drop|"
            + "decline|fall|loss)\\s+(?:now\\s+)?(?:stands?|stood|was|is|came|comes|totall?ed)\\s+(?:at\\s+|to\\s+)?"
            + BOUND + HEDGE + "$");
    /**
     * "cut the number of jobs added in the year to March 2024 by": the noun of "the number of", revised by an amount;
     * group 1.
     */
    private static final Pattern NUMBER_OF_REVISED_BY = Pattern.compile("(?i)\\b(?:cut|cuts|reduced|reduces|lowered|"
            + "lowers|raised|raises|lifted|lifts|revised\\s+(?:up|down))\\s+the\\s+number\\s+of\\s+(\\p{L}+)\\b"
            + "[^;]{0,80}?\\s+by\\s+" + BOUND + HEDGE + "$");
    /**
     * "to 32 from ", "to 32 ships from about ", "to 265 from more than ": a count right before "from", the number after
     * it the same count's.
     */
    private static final Pattern COUNT_THEN_FROM = Pattern.compile("(?i)\\d(?:\\s+\\p{L}+)?\\s+from\\s+" + BOUND + HEDGE
            + "$");
    private static final Pattern AND_VERBED = Pattern.compile("(?i)\\band\\s+(?:\\p{L}+ed|sold|built|lost|cut|shut|"
            + "won|made|bought|hired)\\s+" + HEDGE + "$");
    /** "pegged to the euro at about": what a currency is pegged to, and at what price. */
    private static final Pattern PEGGED_AT = Pattern.compile("(?i)\\b(?:pegged|fixed|tied)\\s+(?:to|against)\\s+the\\s+"
            + "(?:US\\s+|U\\.S\\.\\s+|(?-i:\\p{Lu})\\p{Ll}+\\s+)?(" + Currencies.NOUN_PATTERN + ")\\s+at\\s+" + HEDGE
            + "$");
    /** "holds pound at", "kept the kyat at": a currency held at a price, named as the verb's object. */
    private static final Pattern HOLDS_CURRENCY_AT = Pattern.compile("(?i)\\b(?:holds?|held|holding|keeps?|kept|"
            + "keeping|pegs?|pegged|fix(?:es|ed)?|sets?)\\s+(?:the\\s+|its\\s+)?(" + Currencies.NOUN_PATTERN
            + ")\\s+at\\s+" + HEDGE + "$");
    /** ": households behind on", ": the number of people who": a list's label's noun, after its colon. */
    private static final Pattern COLON_NOUN = Pattern.compile(
            "\\G:\\s+(?:the\\s+number\\s+of\\s+)?(\\p{L}+)(?![\\p{L}])");
    /** "42 more on order": more of what a count before it counted ("more than" compares instead). */
    private static final Pattern MORE_AFTER = Pattern.compile("(?i)\\G\\s+more\\b(?!\\s+than)");
    /** "another 33", "a further 1,200": more of what was counted before, before the number. */
    private static final Pattern ANOTHER_BEFORE = Pattern.compile("(?i)\\b(?:another|a\\s+further|an\\s+additional|"
            + "an\\s+extra)\\s+" + HEDGE + "$");
    /** " a day", " per week": a count's rate in time, with no noun of its own between. */
    private static final Pattern TIME_RATE_AFTER = Pattern.compile("(?i)\\G\\s+(?:a|an|per|each|every)\\s+(?:day|week|"
            + "month|year|hour)\\b(?!\\s+(?:earlier|ago|later|before))");
    /** " in 4", " in 10": the whole a share "1 in 4" is of, as group 1. */
    private static final Pattern IN_WHOLE = Pattern.compile("\\G\\s+in\\s+(\\d{1,4})(?![\\d.,%])");
    /** "1 in ", "7 in ": a share's part before its whole. */
    private static final Pattern ONE_IN_WHOLE = Pattern.compile("(?<![\\d.,])\\d{1,3}\\s+in\\s+$");
    /** "110,000 have stayed", "400,000 who crossed": a number as the subject of its verb, with no noun of its own. */
    private static final Pattern WHO_OR_VERB_AFTER = Pattern.compile("(?i)\\G\\s+(?:who|have|has|had|were|are|work|"
            + "live|died|remain|remained|stay|stayed)(?=[\\s.,;])");

    /** A sentence whose subject is "it" or "the currency", after a speaker's label ("A: It went from"). */
    private static final Pattern IT_OPENS = Pattern.compile("(?i)[\\s\"“]*(?:\\p{Lu}{1,2}:\\s*)?"
            + "(?:it|the\\s+currency)\\s");
    /** "from about 480 to the dollar in early 2022 to around": the end a rate moved to, after the one it moved from. */
    private static final Pattern FROM_THEN_TO = Pattern.compile("(?i)\\bfrom\\s+" + HEDGE + "\\d[\\d.,]*\\s+(?:to|per|"
            + "against)\\s+(?:the\\s+)?(?:US\\s+|U\\.S\\.\\s+)?(?:" + Currencies.NOUN_PATTERN + ")(?![\\p{L}])"
            + "[^;]{0,40}?\\bto\\s+" + HEDGE + "$");
    /** "the 'blue' dollar sold for about", "a dollar fetched": what a dollar costs follows, in another currency. */
    private static final String SOLD_FOR = "(?:(?:had|has|was|is)\\s+)?(?:sold|sells|selling|traded|trades|trading|"
            + "changed\\s+hands|changes\\s+hands|fetched|fetches|went|goes|cost|costs)\\s+(?:for|at)?\\s*";
    private static final String DOLLAR = "(?i)\\bdollars?[\"”'’]?\\s+";
    private static final Pattern DOLLAR_SOLD_FOR = Pattern.compile(DOLLAR + SOLD_FOR + HEDGE + "$");
    /** "where the dollar had fetched LE70, it traded at": the dollar, named before in its sentence, as "it". */
    private static final Pattern IT_SOLD_FOR = Pattern.compile("(?i)\\bit\\s+" + SOLD_FOR + HEDGE + "$");
    private static final Pattern DOLLAR_SOLD = Pattern.compile(DOLLAR + SOLD_FOR);

    /** Amounts in currencies whose hundredths are cents, as a sentence writes them: euros, rand, other dollars. */
    private static final Pattern CENTS_CURRENCY = Pattern.compile("(€|(?i:\\beuros?\\b))|((?<![\\p{L}])R\\d|"
            + "(?i:\\brand\\b))|((?<![\\p{L}])A\\$|(?i:Australian\\s+dollar))|((?<![\\p{L}])C\\$|"
            + "(?i:Canadian\\s+dollar))|((?<![\\p{L}])NZ\\$)|((?<![\\p{L}])S\\$)|((?<![\\p{L}])HK\\$)|"
            + "((?<![\\p{L}])(?:US|U\\.S\\.)\\s?\\$)");
    private static final String[] CENTS_CODES = {"EUR", "ZAR", "AUD", "CAD", "NZD", "SGD", "HKD", "USD"};

    /**
     * Whose cents a sentence's cents are when they name no currency: those of the first currency with cents the
     * sentence writes an amount in ("by 80c to €13.50"), else those of the text's bare dollar (an Australian paper's
     * "fell 31c" is Australian cents), else, for a price of a unit in a text with no amount in dollars, those of the
     * first currency with cents it names (a Johannesburg paper's "petrol dropped by 54c a litre" is the rand's, and so
     * are the other cents of that sentence; "WTI lost 57 cents" stays the dollar's), else US cents.
     */
    private static String centsOf(String sentence, String text) {
        Optional<String> named = centsCurrency(sentence);
        if (named.isPresent()) {
            return named.get();
        }
        String dollar = LocalCurrency.dollarOf(text);
        // "Diesel will drop by between 47c and 50c a litre, and paraffin by 49c": each is the price of a unit
        return dollar.equals("USD") && CENTS_A_THING.matcher(sentence).find() && !DOLLAR_AMOUNT.matcher(text).find()
                ? centsCurrency(text).orElse(dollar) : dollar;
    }

    /** Cents as the price of a unit, in the figure or elsewhere in its sentence: "54c a litre". */
    private static final Pattern CENTS_A_THING = Pattern.compile(CENTS_WRITTEN + A_THING + "\\b");

    /** The first currency with cents that {@code words} write an amount in or name, if any. */
    private static Optional<String> centsCurrency(String words) {
        Matcher m = CENTS_CURRENCY.matcher(words);
        if (m.find()) {
            for (int g = 1; g <= CENTS_CODES.length; g++) {
                if (m.group(g) != null) {
                    return Optional.of(CENTS_CODES[g - 1]);
                }
            }
        }
        return Optional.empty();
    }

    /** An amount in dollars: "$5", "US$ 2.1". */
    private static final Pattern DOLLAR_AMOUNT = Pattern.compile("\\$\\s?\\d");

    private static Optional<Candidate> build(String text, int start, int end, String defaultUnit, String per,
                                             List<int[]> sentences) {
        return build(text, start, end, end, defaultUnit, per, sentences);
    }

    /** The figure read from [start, readEnd) and spanning [start, end): "1.6 million" of "1.6 million-barrel". */
    private static Optional<Candidate> build(String text, int start, int readEnd, int end, String defaultUnit,
                                             String per, List<int[]> sentences) {
        String figure = text.substring(start, readEnd);
        StatedFigure f;
        try {
            f = FigureParser.parse(figure, defaultUnit);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        String unit = f.unit() == null ? "" : f.unit();
        int[] s = sentenceOf(start, sentences);
        String sentence = text.substring(s[0], s[1]);
        boolean cents = CENTS_FIGURE.matcher(figure).find();
        Matcher ofEvery = CENTS_OF_EVERY.matcher(text).region(end, text.length());
        if (cents && ofEvery.lookingAt()) {
            unit = FigureParser.currencyOfWord(ofEvery.group(1)).orElse(unit); // "22 cents of every rand"
        } else if (cents && !figure.startsWith("US") && !figure.contains(" US ") && unit.equals("USD")) {
            unit = centsOf(sentence, text); // "rise by 80c to €13.50 an hour"
        }
        if ((org.factline.measure.Quantities.isUnit(unit) || unit.startsWith("square "))
                && (PACK_SIZE.matcher(text).region(end, text.length()).lookingAt()
                && ARTICLE_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find()
                || PACKS_OF.matcher(text.substring(Math.max(0, start - 20), start)).find())) {
            // "a 50kg bag of rice sells for N80,000", "a 50 sq m flat", "5.2 million bags of 46 kilograms": a size
            return Optional.empty();
        }
        if (unit.equals("AED") && FILS.matcher(figure).find() && !UAE.matcher(text).find()) {
            return Optional.empty(); // fils outside the Emirates are thousandths of a dinar: no figure, not a wrong one
        }
        if (unit.equals("points") && PERCENTAGE_POINTS.matcher(text).region(0, start).find()
                && !INDEX_NAMED.matcher(text).find()) {
            // "raise contributions by 7 percentage points … 4.5 points would go to": in a text that names no index,
            // after percentage points, points are those
            unit = "percentage_point";
        }
        if (unit.equals("bpd")) {
            // "1 million bpd" is 1 million barrels a day, as "barrels a day" written out is.
            unit = "barrels";
            per = "day";
        }
        if (per == null && f.scale() == null && org.factline.measure.Units.isCurrency(unit) && !unit.equals("USD")
                && (DOLLAR_SOLD_FOR.matcher(text.substring(Math.max(0, start - 60), start)).find()
                || IT_SOLD_FOR.matcher(text.substring(Math.max(0, start - 40), start)).find()
                && DOLLAR_SOLD.matcher(sentenceBefore(text, start, sentences)).find())) {
            per = "USD"; // "the parallel 'blue' dollar sold for about 1,030 pesos": the dollar's price in pesos
        }
        // An exchange rate (so many soms per dollar) is a price, not an amount of money.
        FigureKind kind = per != null && FigureParser.isKnownCurrency(per) ? FigureKind.OTHER : FigureKind.ofUnit(unit);
        BigDecimal value = f.value();
        if (value.signum() > 0 && isFall(text, start, end, kind, unit, sentences)) {
            value = value.negate();
        }
        return Optional.of(new Candidate(start, end, text.substring(start, end), value, unit, per, f.scale(), kind,
                sentence, s[0]));
    }

    /**
     * The first number of a range, read as its end {@code tail} is ("3-4%", "5 to 7 per cent": the first number takes
     * the unit and scale of the second); {@code ownScale} when it has a scale word of its own ("fell by 2.08 million
     * to 1.40967 billion"), which it keeps, up to {@code ne}.
     */
    private static Optional<Candidate> rangeHead(String text, int start, int ne, Candidate tail, boolean ownScale,
                                                 List<int[]> sentences) {
        if (tail.kind() == FigureKind.OTHER && tail.scale() == null && tail.per() == null) {
            return Optional.empty();
        }
        Optional<Candidate> head = build(text, start, ne, tail.unit(), null, sentences);
        if (head.isEmpty()) {
            return head;
        }
        Candidate h = head.get();
        BigDecimal value = h.value();
        // "40 to 45 million" is 40 million; "27,000 to 2.86 million" states its own magnitude
        ScaleWord scale = ownScale ? h.scale()
                : GROUPED_WHOLE.matcher(text.substring(start, ne)).find() ? null : tail.scale();
        if (scale != null && !ownScale) {
            value = value.scaleByPowerOfTen(scale.exponent()); // the head read without the scale it shares
        }
        if (BASIS_POINTS.matcher(tail.text()).find()) {
            value = value.movePointLeft(2); // "between 40 and 45 basis points", "+100/-300 basis points"
        }
        if (tail.value().signum() < 0 && value.signum() > 0 && text.charAt(h.start()) != '+') {
            value = value.negate(); // "down 2-3%", but not the "+100" of "+100/-300 basis points"
        }
        return Optional.of(new Candidate(h.start(), h.end(), h.text(), value, tail.unit(), tail.per(), scale,
                tail.kind(), h.sentence(), h.sentenceStart()));
    }

    private static Optional<Candidate> rangeTail(String text, int start, int p, List<int[]> sentences) {
        if (Standing.quoteBid(text, p)) {
            // "298.50/299.00 to the dollar": the bid takes what the offer is, an exchange rate among them
            Matcher offer = NUMBER.matcher(text).region(p + 1, text.length());
            return offer.lookingAt() ? candidateAt(text, offer.start(), offer.end(), sentences)
                    .filter(c -> c.start() == p + 1 && (c.per() != null || c.kind() != FigureKind.OTHER))
                    : Optional.empty();
        }
        Matcher r = RANGE_TAIL.matcher(text).region(p, text.length());
        if (!r.lookingAt()) {
            return Optional.empty();
        }
        // "between 4 and 4.5%"; and "cuts of 50 and 75 basis points", two sizes of one change in points
        boolean and = r.group(1) != null;
        boolean between = BETWEEN.matcher(text.substring(Math.max(0, start - 12), start)).find();
        boolean sizesOf = and && SIZES_OF.matcher(text.substring(Math.max(0, start - 30), start)).find();
        if (and && !between && !sizesOf) {
            return Optional.empty();
        }
        Matcher n = NUMBER.matcher(text).region(r.end(), text.length());
        if (!n.find() || n.start() > r.end() + 2) {
            return Optional.empty();
        }
        boolean changeThenLevel = r.group().strip().startsWith("to")
                && CHANGE_BY.matcher(text.substring(Math.max(0, start - 40), start)).find();
        return candidateAt(text, n.start(), n.end(), sentences)
                .filter(c -> c.start() == r.end() && !(c.kind() == FigureKind.OTHER && c.scale() == null
                        && c.per() == null)
                        && (!sizesOf || between || c.unit().equals(org.factline.measure.Units.PERCENTAGE_POINT))
                        && !(changeThenLevel && levelAfterChange(text.substring(start, p), c)));
    }

    /** " to ", " to about ": what leads from a change's size to the level it came to. */
    private static final Pattern CHANGE_TO = Pattern.compile("(?i)\\G\\s+to\\s+" + HEDGE);

    /**
     * The level a change "by" the number ending at {@code p} came to, when that is what follows ("rose by 19,000 to
     * 2.78 million people"), and no range's other end.
     */
    private static Optional<Candidate> levelTail(String text, int start, int p, List<int[]> sentences) {
        Matcher r = CHANGE_TO.matcher(text).region(p, text.length());
        if (!r.lookingAt() || !CHANGE_BY.matcher(text.substring(Math.max(0, start - 40), start)).find()) {
            return Optional.empty();
        }
        Matcher n = NUMBER.matcher(text).region(r.end(), text.length());
        if (!n.find() || n.start() > r.end() + 3) {
            return Optional.empty();
        }
        return candidateAt(text, n.start(), n.end(), sentences)
                .filter(c -> c.start() >= r.end() && levelAfterChange(text.substring(start, p), c));
    }

    /** The count whose number starts right at {@code at}, if the number there is one. */
    private static Optional<Candidate> countAt(String text, int at, List<int[]> sentences) {
        Matcher n = NUMBER.matcher(text).region(at, text.length());
        return n.lookingAt() ? candidateAt(text, n.start(), n.end(), sentences)
                .filter(c -> c.kind() == FigureKind.COUNT && c.start() == at) : Optional.empty();
    }

    /** "increased by", "fell by about": a change, which "to" after its size may follow with the level it came to. */
    private static final Pattern CHANGE_BY = Pattern.compile("(?i)\\b(?:\\p{L}+ed|rose|fell|grew|shrank|up|down)\\s+"
            + "by\\s+" + HEDGE + "[^\\s\\d]{0,3}$");

    /**
     * Whether {@code tail} is the level a change of {@code head} came to ("increased by 296,000 to 16.8 million"),
     * not a range's other end ("rose by 2 to 3 million"): a head with thousands grouped shares no scale word, and a
     * level is more than four times the change that led to it.
     */
    private static boolean levelAfterChange(String head, Candidate tail) {
        String digits = head.replaceAll("[^\\d.,]", "");
        if (digits.isEmpty() || digits.startsWith(".")) {
            return false;
        }
        BigDecimal value = new BigDecimal(digits.replace(",", ""));
        if (!digits.contains(",") && tail.scale() != null) {
            value = value.scaleByPowerOfTen(tail.scale().exponent());
        }
        return value.signum() > 0 && tail.value().abs().compareTo(value.multiply(BigDecimal.valueOf(4))) > 0;
    }

    /** "3 out of 4 economists": the count after "out of" (or "of the"), whose noun the first number takes. */
    private static Optional<Candidate> outOf(String text, int p, List<int[]> sentences) {
        Matcher o = OUT_OF.matcher(text).region(p, text.length());
        if (!o.lookingAt()) {
            return Optional.empty();
        }
        Matcher n = NUMBER.matcher(text).region(o.end(), text.length());
        if (!n.lookingAt()) {
            return Optional.empty();
        }
        return candidateAt(text, n.start(), n.end(), sentences).filter(c -> c.kind() == FigureKind.COUNT);
    }

    /** "…, but slowed to about": a second verb of the sentence's subject, which is not written again. */
    private static final Pattern ELIDED_SUBJECT = Pattern.compile("(?i)\\b(?:and|but)\\s+(?:then\\s+)?"
            + "(?:\\p{L}+ed|rose|fell|grew|sank|slid)\\s+(?:to|by)\\s+" + HEDGE + "$");

    /**
     * What states a change of a count, or what was expected of it, right before its number: "a gain of", "fell by",
     * "edged up by", "by a combined", "rose 2.1% to", "had forecast about".
     */
    private static final Pattern CHANGE_OF_WHAT_WAS_COUNTED = Pattern.compile("(?i)(?:\\b(?:gains?|increases?|rises?|"
            + "falls?|drops?|declines?|decreases?|loss(?:es)?|additions?)\\s+of|\\b(?:\\p{L}+ed|up|down|rose|fell|grew|"
            + "shrank|lost)\\s+by|\\bby\\s+a\\s+(?:combined|total\\s+of|cumulative|further)|"
            + "\\b(?:rose|fell|grew|climbed|jumped|dropped|declined|increased|decreased)\\s+[\\d.,]+\\s?"
            + "(?:%|percent|per\\s+cent)\\s+to|"
            + "\\b(?:had\\s+)?(?:forecast|expected|predicted|projected|estimated|anticipated))\\s+" + HEDGE + "$");

    /**
     * The noun of a count or the unit of a quantity, written with it, or the currency of an amount without a scale
     * word (when the number at {@code at} has none either), that ends at most 20 characters before {@code at} in its
     * sentence, with no figure and no comma between ("612.4 million shares from", "to 868,000 tonnes from", "to 800
     * zlotys from"; not "5 million shares, while the price rose from", nor "employs 300 from", whose noun is not
     * written, nor "$5 billion from" before a bare number).
     */
    private static String figureJustBefore(String text, int at, boolean scaled, List<int[]> sentences) {
        return lastFigure(text, sentenceOf(at, sentences)[0], at, sentences, c -> true)
                .filter(c -> ((c.kind() == FigureKind.COUNT || c.kind() == FigureKind.QUANTITY)
                        && Character.isLetter(c.text().charAt(c.text().length() - 1))
                        || c.kind() == FigureKind.MONEY && c.scale() == null && c.per() == null && !scaled)
                        && at - c.end() <= 20
                        && text.substring(c.end(), at).indexOf(',') < 0)
                .map(Candidate::unit).orElse(null);
    }

    /**
     * Whether the word right after {@code p} is what the number counts or measures ("12 bcm", "5 mines"), or a name
     * before it ("96 Apache helicopters"; but "98 registered gains" is no count of gains).
     */
    private static boolean nounRightAfter(String text, int p) {
        Matcher word = FIRST_WORD.matcher(text).region(p, text.length());
        int nounEnd = CountedNoun.end(text, p);
        return word.lookingAt() && (nounEnd == word.end()
                || nounEnd > 0 && Character.isUpperCase(word.group().strip().charAt(0)));
    }

    private static final Pattern FIRST_WORD = Pattern.compile("\\G\\s?\\p{L}+");

    /** A count and a colon, then a list of numbers: its noun (group 1) counts each. */
    private static final Pattern COLON_LIST = Pattern.compile("\\d[\\d,]*\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(\\p{L}+)"
            + "\\s*:\\s*(?:[^.;:]*?(?:,|\\band)\\s+)?$");

    private static final Pattern THE_JUST_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
    private static final Pattern TO_OR_FROM = Pattern.compile("(?i)\\b(?:to|from)\\s+" + HEDGE + "$");
    /** "with 610,000 departures, followed by Britons at 255,000": the next of a ranking, by its name. */
    private static final String FOLLOWED_BY_AT = "(?:followed\\s+by|(?<=followed\\s+by[^;]{1,80})and)\\s+(?:the\\s+)?"
            + "(?:(?-i:\\p{Lu})\\p{L}+(?:\\s+(?-i:\\p{Lu})\\p{L}+)?"
            // "followed by wholesale and retail trade at": an industry, in lower case
            + "|(?-i:\\p{Ll})[\\p{L}-]*(?:\\s+(?:and\\s+)?(?-i:\\p{Ll})[\\p{L}-]*){0,4})\\s+(?:at|with)";
    private static final Pattern FOLLOWED_BY_AT_END = Pattern.compile("(?i)\\b" + FOLLOWED_BY_AT + "\\s+" + HEDGE
            + "$");
    /**
     * Before a number with a scale word, what compares it with a figure before it or continues that figure: "below
     * the", "more than the", "a target of", "the record", "a record", "from", "to", "followed by", "keep it at".
     */
    private static final Pattern COMPARED_WITH_THE = Pattern.compile("(?i)\\b(?:(?:keep|keeps|kept|keeping|hold|holds|"
            + "held|holding|maintain|maintains|maintained|maintaining|leave|leaves|left)\\s+(?:it|them|\\p{Ll}+)\\s+at|"
            + "(?:below|above|under|over|short\\s+of|"
            + "more\\s+than|less\\s+than|fewer\\s+than|double|twice|triple|half)\\s+the|"
            + "(?:target|goal|forecast|estimate|total|peak|capacity|quota|ceiling)\\s+of|"
            + FOLLOWED_BY_AT + "|(?:ahead\\s+of|behind|and)\\s+(?:the\\s+)?[\\p{L}-]+(?:\\s+[\\p{L}-]+)?\\s+at|"
            + "(?:while|whereas)\\s+[^,;:\\d]{1,40}?\\s+\\p{Ll}+ed|,\\s+which\\s+\\p{Ll}+ed|"
            + "(?:the|a)\\s+record|from|to|and|followed\\s+by|against|versus|on\\s+top\\s+of\\s+the)\\s+" + HEDGE
            + "$");

    /** "against", "versus": a figure set beside another. */
    private static final Pattern AGAINST_AT_END = Pattern.compile("(?i)\\b(?:against|versus)\\s+" + HEDGE + "$");
    /** "a record", "the record": a figure set against the highest one. */
    private static final Pattern RECORD_BEFORE = Pattern.compile("(?i)\\b(?:the|a)\\s+record\\s+" + HEDGE + "$");
    /** The next of a list: after a comma or "and". */
    private static final Pattern LIST_NEXT = Pattern.compile("(?i)(?:,|\\band)\\s+" + HEDGE + "$");
    /** "of wheat": what a number of a list is of, right after it. */
    private static final Pattern OF_NOUN_AFTER = Pattern.compile("\\s+of\\s+\\p{Ll}");

    /**
     * The unit of the count or quantity stated last in the sentence, with the same scale word as the number at
     * {@code [ne, p)}, when {@code head} compares with it or continues it, or the number is the next of a list of
     * what they are of, or null: "28.15 million foreign tourists, below the target of 30 million and the record 39.9
     * million of 2019"; "22.2 million tonnes of corn, 13.1 million of wheat".
     */
    private static String comparedWith(String text, String head, int at, int ne, int p, List<int[]> sentences) {
        Integer outer = COMPARING.get();
        boolean listed = LIST_NEXT.matcher(head).find() && OF_NOUN_AFTER.matcher(text).region(p, text.length())
                .lookingAt(); // "22.2 million tonnes of corn, 13.1 million of wheat and 1.9 million of barley"
        // (the whole sentence before the number: "followed by Egypt with 71.3 million and the United Kingdom with")
        if (!COMPARED_WITH_THE.matcher(sentenceBefore(text, at, sentences)).find() && !listed || at >= outer) {
            return null; // reading the figure before may read a range's tail, this one: "from 5 million to 6 million"
        }
        if (OWN_SUBJECT.matcher(head).find()) {
            return null; // "Hires rose to 5.5 million, while quits fell to 3.1 million": quits, not hires
        }
        Optional<ScaleWord> scale = ScaleWord.fromText(text.substring(ne, p).strip());
        COMPARING.set(at); // earlier figures may be read, each compared with one before it in turn
        try {
            // a record set against a figure may have a scale word of its own ("650,000 tonnes, from 750,000 last season
            // and a record 1.05 million"), and so may what a count is more or fewer than ("250,000 new civil servants,
            // fewer than the 2.3 million the regions had asked for"), and so may what it is set against ("numbered only
            // 226,000, against 2.71 million in 2019")
            boolean record = RECORD_BEFORE.matcher(head).find() || THAN_THE.matcher(head).find()
                    || AGAINST_AT_END.matcher(head).find();
            java.util.function.Predicate<Candidate> alike = c -> (c.kind() == FigureKind.COUNT
                    || c.kind() == FigureKind.QUANTITY) && (record || java.util.Objects.equals(c.scale(),
                    scale.orElse(null)));
            // after "to" or "from", the figure just before ("hybrid sales climbed 31% to 3.8 million" is no count of
            // the vehicles before the 31%); after "the record", "target of" …, the last count or quantity with that
            // scale, past other figures ("2.2 million foreign tourists …, up 29% … close to the record 2.3 million")
            boolean moved = TO_OR_FROM.matcher(head).find();
            Optional<Candidate> before = lastFigure(text, sentenceOf(at, sentences)[0], at, sentences,
                    moved ? c -> true : alike);
            if (FROM_AT_END.matcher(head).find() && before.filter(c -> c.kind() == FigureKind.PERCENT).isPresent()) {
                // "83.7 million tonnes …, up 20% from 69.6 million": the change stands between, the level before it
                before = lastFigure(text, sentenceOf(at, sentences)[0], before.get().start(), sentences, alike);
            }
            return before.filter(alike).map(Candidate::unit).orElse(null);
        } finally {
            COMPARING.set(outer);
        }
    }

    /**
     * Whether the figure before {@code at} in its sentence, at most 120 characters back, is an index's level. Each
     * level may follow one before it ("slipped to 45.6 from 46.1"), so the look back nests, at most three deep.
     */
    private static boolean indexBefore(String text, int at, List<int[]> sentences) {
        int depth = INDEX_DEPTH.get();
        if (depth >= 3) {
            return false;
        }
        INDEX_DEPTH.set(depth + 1);
        try {
            return lastFigure(text, Math.max(sentenceOf(at, sentences)[0], at - 120), at, sentences, c -> true)
                    .filter(c -> c.kind() == FigureKind.INDEX).isPresent();
        } finally {
            INDEX_DEPTH.set(depth);
        }
    }

    private static final ThreadLocal<Integer> INDEX_DEPTH = ThreadLocal.withInitial(() -> 0);

    /** Where the number is that this thread is finding the figure before of ({@link #comparedWith}); none at first. */
    private static final ThreadLocal<Integer> COMPARING = ThreadLocal.withInitial(() -> Integer.MAX_VALUE);

    /** The last figure of the sentence before {@code at} that is no count (counts have a rule of their own). */
    private static Optional<Candidate> figureBefore(String text, int at, List<int[]> sentences) {
        return lastFigure(text, sentenceOf(at, sentences)[0], at, sentences, c -> c.kind() != FigureKind.COUNT);
    }

    /** The first count read in the sentence of {@code ns}, before {@code at}: what a ratio after it divides. */
    private static Optional<Candidate> firstCountInSentence(String text, int ns, int at, List<int[]> sentences) {
        int from = sentenceOf(ns, sentences)[0];
        Optional<Candidate> first = Optional.empty();
        for (Optional<Candidate> c = lastFigure(text, from, at, sentences, k -> k.kind() == FigureKind.COUNT);
                c.isPresent(); c = lastFigure(text, from, c.get().start(), sentences,
                k -> k.kind() == FigureKind.COUNT)) {
            first = c;
        }
        return first;
    }

    /** The last count read in the sentence of {@code ns}, before {@code at}: what a number without a noun continues. */
    private static Optional<Candidate> countInSentence(String text, int ns, int at, List<int[]> sentences) {
        return lastFigure(text, sentenceOf(ns, sentences)[0], at, sentences, c -> c.kind() == FigureKind.COUNT);
    }

    /**
     * The count "N of them" is a part of: the last in this sentence or the one before with the same scale word as N
     * ("11.3 million people in the 31 urban areas …, and 2.5 million of them": people), else the last count.
     */
    private static Optional<Candidate> wholeOfThem(String text, int ns, int at, ScaleWord scale,
                                                   List<int[]> sentences) {
        return lastFigure(text, sentencesBackStart(ns, 2, sentences), at, sentences,
                c -> c.kind() == FigureKind.COUNT && (scale == null || c.scale() == scale))
                .or(() -> countSentencesBack(text, ns, at, 2, sentences));
    }

    /**
     * The last count before {@code at} in the sentence of {@code ns} or the {@code back} sentences before it, across
     * paragraphs: what "of them", "added 44,000" or "the top destination, with" count.
     */
    private static Optional<Candidate> countSentencesBack(String text, int ns, int at, int back,
                                                         List<int[]> sentences) {
        return lastFigure(text, sentencesBackStart(ns, back, sentences), at, sentences,
                c -> c.kind() == FigureKind.COUNT);
    }

    /**
     * The figure just before {@code at} in the sentence of {@code ns}, when it is a count that ends at most {@code
     * reach} characters before: "reached 542,000, up from", "opened 38 stores and closed".
     */
    private static Optional<Candidate> countJustBefore(String text, int ns, int at, int reach, List<int[]> sentences) {
        return lastFigure(text, sentenceOf(ns, sentences)[0], at, sentences, c -> true)
                .filter(c -> c.kind() == FigureKind.COUNT && at - c.end() <= reach);
    }

    /** The last figure that {@code kept} keeps among those read from {@code from} to {@code at}. */
    private static Optional<Candidate> lastFigure(String text, int from, int at, List<int[]> sentences,
                                                  java.util.function.Predicate<Candidate> kept) {
        Matcher n = NUMBER.matcher(text).region(Math.min(from, at), at);
        Candidate last = null;
        int read = -1;
        while (n.find()) {
            if (n.start() < read) {
                continue; // the "5" of "8.2 million PlayStation 5 consoles" is inside the figure before it
            }
            Optional<Candidate> c = candidateAt(text, n.start(), n.end(), sentences);
            if (c.isPresent() && c.get().end() <= at) {
                read = c.get().end();
                if (kept.test(c.get())) {
                    last = c.get();
                }
            }
        }
        return Optional.ofNullable(last);
    }

    /**
     * The exchange rate stated last before {@code at}, in its sentence or the one before, when no other figure stands
     * between: "The ruble weakened past 100 to the dollar. … It traded at 89.5 on Friday."
     */
    private static Optional<Candidate> rateNear(String text, int at, List<int[]> sentences) {
        int[] s = sentenceOf(at, sentences);
        Optional<Candidate> rate = figureBefore(text, at, sentences);
        if (rate.isEmpty() && s[0] > 0) {
            rate = figureBefore(text, s[0] - 1, sentences);
        }
        Optional<Candidate> near = rate.filter(r -> r.per() != null && CURRENCY_CODE.matcher(r.per()).matches()
                && !figureBetween(text, r.end(), at));
        if (near.isPresent() || s[0] == 0) {
            return near;
        }
        // "… let the pound fall to about 49.5 per dollar. [a sentence of other figures] The pound has since
        // strengthened to around 47": the last rate of the few sentences before.
        int from = s[0];
        for (int i = 0; i < RATE_SENTENCES && from > 0; i++) {
            from = sentenceOf(from - 1, sentences)[0];
        }
        return lastFigure(text, from, s[0], sentences, r -> r.per() != null && CURRENCY_CODE.matcher(r.per()).matches());
    }

    /** How many sentences back a currency's sentence may find the rate it continues. */
    private static final int RATE_SENTENCES = 3;

    /** A sentence's subject that is a currency: "The currency", "The Egyptian pound", "It", "the local unit". */
    private static final Pattern CURRENCY_SUBJECT = Pattern.compile("(?i)\\b(?:currency|unit|it|(?:central|reference|"
            + "exchange|official|mid-?point|fixing|guidance)\\s+rates?)\\b");

    /**
     * A bare number reached "to" or "at", or a record of, in a sentence that names a currency and, before the number,
     * the one it is quoted against: "The franc weakened 0.9% against the euro to 0.98" is francs per euro, as is "the
     * krona lost 15% against the euro … and traded at a record low of 12.02". The currency and the one it is quoted
     * in, or empty.
     */
    private static Optional<String[]> quotedAgainst(String text, String head, int at, List<int[]> sentences) {
        if (!LEVEL_TO.matcher(head).find() && !EXTREME_OF.matcher(head).find()) {
            return Optional.empty();
        }
        String before = sentenceBefore(text, at, sentences);
        // years between ("against the euro between 2021 and late 2023", "a 26-year low") are no other figure
        Matcher against = AGAINST_BEFORE.matcher(YEAR_IN_TEXT.matcher(before).replaceAll("year"));
        if (!against.find()) {
            return Optional.empty();
        }
        String per = FigureParser.currencyOfWord(against.group(1)).orElse("");
        String currency = localCurrency(before, per);
        return currency.isEmpty() || per.isEmpty() ? Optional.empty() : Optional.of(new String[] {currency, per});
    }

    /** Whether the sentence up to {@code at} is about a currency: "The currency", "The Egyptian pound", "It". */
    private static boolean aboutACurrency(String text, int at, List<int[]> sentences) {
        int[] s = sentenceOf(at, sentences);
        String subject = text.substring(Math.min(s[0], at), at);
        return CURRENCY_SUBJECT.matcher(subject).find() || WORD.matcher(subject).results()
                .anyMatch(w -> FigureParser.currencyOfWord(w.group()).isPresent());
    }

    /**
     * The exchange rate of {@code currency} stated last before {@code at}, in its sentence or the one before, when no
     * other amount in that currency stands between and the sentence of {@code at} is about a currency: "The Egyptian
     * pound weakened past 50 to the dollar … to secure an $8 billion loan. The pound traded at LE50.35".
     */
    private static Optional<Candidate> currencysRateNear(String text, int at, String currency, List<int[]> sentences) {
        if (!aboutACurrency(text, at, sentences)) {
            return Optional.empty();
        }
        int[] s = sentenceOf(at, sentences);
        int from = s[0] > 0 ? sentenceOf(s[0] - 1, sentences)[0] : s[0];
        // "pesos" read alone are Mexico's until the text says whose: "ARS 877 per dollar" is a rate of the same pesos
        return lastFigure(text, from, at, sentences, c -> LocalCurrency.same(currency, c.unit()))
                .filter(r -> r.per() != null && CURRENCY_CODE.matcher(r.per()).matches());
    }

    /**
     * The figure a bare number at {@code at} continues, whose unit and rate it takes, by the words before it
     * ({@code head}): the one it is set against ("322.6 to the dollar, against 198.8 in 2021", "in 2023 (2022:
     * 435.7)"); the rate it changed from or follows in a list, close before it ("3,466 per dollar from 3,141",
     * "14,035 a year earlier and about 9,000 in 2020"); or the exchange rate whose price it gives ("It traded at 89.5").
     */
    private static Optional<Candidate> continued(String text, String head, int at, List<int[]> sentences) {
        if (SET_AGAINST.matcher(head).find() || YEAR_IN_BRACKETS.matcher(head).find()) {
            return figureBefore(text, at, sentences);
        }
        if (BUT_AT.matcher(head).find()) {
            // "trades at about 135 to the dollar officially, but at 240 on the parallel market": a rate's other price
            return figureBefore(text, at, sentences).filter(f -> f.per() != null);
        }
        Matcher andThe = AND_THE_CURRENCY.matcher(head);
        // "The rupee closed at 298.50/299.00 to the US dollar in the spot market on Wednesday, stronger than 300.20":
        // a currency stronger or weaker than a number is still priced, however far its rate stands in the sentence.
        boolean than = THAN.matcher(head).find();
        // So is a pronoun's currency moving from a number ("let it weaken from 110"), and where a rate came from, set
        // off by a comma ("has weakened to 124.3 per dollar at the official rate since the central bank let it float
        // in July, from 57.5 before").
        int reach = (than || IT_MOVED.matcher(head).find() || COMMA_FROM.matcher(head).find())
                && aboutACurrency(text, at, sentences) ? Integer.MAX_VALUE : RATE_REACH;
        boolean fromTheLevel = FROM_THE.matcher(head).find()
                && NUMBERED_LEVEL.matcher(text).region(at, text.length()).lookingAt();
        if (FROM.matcher(head).find() || AND.matcher(head).find() || than || MULTIPLE_OF_ITS.matcher(head).find()
                || fromTheLevel || FROM_THEN_TO.matcher(sentenceBefore(text, at, sentences)).find()
                || andThe.find() && FigureParser.currencyOfWord(andThe.group(1)).isPresent()) {
            // a rate, or points: "fell to about 1,200 basis points over Treasuries, from more than 2,000 in 2023"
            return figureBefore(text, at, sentences)
                    .filter(t -> (t.per() != null || BASIS_POINTS.matcher(t.text()).find()) && at - t.end() <= reach
                            && !figureBetween(text, t.end(), at));
        }
        // "The euro rose to 1.0850" after the yen's rate: the euro's price is in dollars, no rate of the yen's kind;
        // "the rupee slid to 83.5, and the Nikkei fell to 38,000": an index's level, whatever rate stands near
        Matcher moved = CURRENCY_MOVED.matcher(head);
        if (moved.find() && QUOTED_IN_DOLLARS.contains(FigureParser.currencyOfWord(moved.group(1)).orElse(""))
                || INDEX_CONTEXT.matcher(head.substring(Math.max(head.lastIndexOf(','), head.lastIndexOf(';')) + 1))
                .find()) {
            return Optional.empty();
        }
        // not a clause with a subject of its own: "…, and tourist arrivals rose to 208,253" is no rate; "13 bolivianos
        // to the dollar, almost twice the official rate of 6.96": a rate named as one, priced as the rate before
        return (TRADED_AT.matcher(head).find() || MOVED_TO.matcher(head).find() || AVERAGED.matcher(head).find()
                || RATE_AT.matcher(head).find())
                && !OWN_SUBJECT.matcher(head).find()
                && aboutACurrency(text, at, sentences) ? rateNear(text, at, sentences) : Optional.empty();
    }

    /**
     * "slipped 0.3% to", "bought", "was at", "changing hands for as much as": what leads to a currency's price.
     */
    private static final Pattern PRICED_AT = Pattern.compile("(?i)\\b(?:to|at|bought|buys|buying|fetched|fetches|"
            + "fetching|averag(?:ed|ing|es)|(?:chang(?:e|es|ed|ing)\\s+hands|sold|sells?|selling|going|went)\\s+"
            + "(?:for|at))\\s+" + HEDGE + "$");
    /**
     * A currency as the subject of its sentence or clause: "Sterling", "The euro", "— the Japanese yen", "; peso"
     * (not "the euro zone").
     */
    private static final Pattern CURRENCY_AS_SUBJECT = Pattern.compile("(?i)(?:^[\\s\"“']*|[—–:;]\\s*)(?:the\\s+)?"
            + "(?:(?:" + Currencies.ADJECTIVE_PATTERN + ")\\s+)?(sterling|" + Currencies.NOUN_PATTERN + ")(?![\\p{L}])"
            + "(?!\\s+(?:zone|area|bonds?|notes?|debt|denominated))");

    /**
     * "The real has lost", "Brazil's real fell": Brazil's currency as its sentence's subject, a word no currency list
     * can hold alone ("in real terms").
     */
    private static final Pattern REAL_AS_SUBJECT = Pattern.compile("(?i)^[\\s\"“']*(?:the\\s+(?:Brazilian\\s+)?|"
            + "Brazil['’]s\\s+)real\\s+(?:has|had|is|was|fell|rose|weakened|strengthened|slid|slumped|gained|lost|"
            + "traded|closed|ended|hit|touched|firmed|dropped|jumped)\\b");
    /**
     * "the dollar had fetched around", "a US dollar buys about", "where dollars were changing hands for", "dollars sell
     * for": a currency named right before the verb pricing it (in the plural, with no article).
     */
    private static final Pattern CURRENCY_BEFORE_VERB = Pattern.compile("(?i)(?:\\b(?:the|a|one)\\s+"
            + "(?:US\\s+|U\\.S\\.\\s+)?(?:(?:" + Currencies.ADJECTIVE_PATTERN + ")\\s+)?"
            // a plural with no article, not an amount's ("5 billion dollars were")
            + "|(?<!\\d\\s)(?<!(?:million|billion|thousand|trillion)\\s)(?<![\\p{L}\\d])"
            + "(?=\\p{L}+s\\s+(?:were|are|was|is|have|had|sell|sold|fetch|fetched|change|changed|go|went)\\b))"
            + "(" + Currencies.NOUN_PATTERN + ")(?![\\p{L}])(?:[^\\d,;]){1,40}$");

    /**
     * The currency a sentence is about as it reaches a price: the one it opens with as its subject, or one named right
     * before the verb ("On the parallel market the dollar had fetched around"); "" when none.
     */
    private static String pricedCurrency(String sentence) {
        Matcher m = CURRENCY_AS_SUBJECT.matcher(sentence);
        if (!m.find() && !(m = CURRENCY_BEFORE_VERB.matcher(sentence)).find()) {
            return REAL_AS_SUBJECT.matcher(sentence).find() ? "BRL" : "";
        }
        return m.group(1).equalsIgnoreCase("sterling") ? "GBP"
                : Currencies.lastNationalNounIn(m.group()).map(Map.Entry::getValue)
                .orElse(FigureParser.currencyOfWord(m.group(1)).orElse(""));
    }

    /** A currency sign and an opening bracket right before a number: "$(" of "$(12.3) million". */
    private static final Pattern ACCOUNTING_SIGN = Pattern.compile("(?:" + FigureParser.CURRENCY_SIGNS + ")\\s?\\($");

    /**
     * "a net loss of $(12.3) million, or $(0.41) per share": an amount in brackets after its currency, as accounts
     * write a negative one; {@code from} is the sign, {@code p} just after the closing bracket.
     */
    private static Optional<Candidate> accountingNegative(String text, int from, int p, List<int[]> sentences) {
        int end = p;
        Matcher scale = SCALE.matcher(text).region(p, text.length());
        if (scale.lookingAt() && (!scale.group().startsWith(" ") || scale.group().strip().length() > 1)) {
            end = scale.end(); // "$(12.3) million", "$(12.3)m"; not "$(5) m", which may be metres
        }
        Matcher rate = RATE.matcher(text).region(end, text.length());
        return rate.lookingAt() ? build(text, from, end, rate.end(), null, rateNoun(rate), sentences)
                : build(text, from, end, null, null, sentences);
    }

    /** What a {@link #RATE} is per: "barrel" in "$93.37 a barrel", "container" in "$5,117 per 40ft container". */
    private static String rateNoun(Matcher rate) {
        return (rate.group(1) != null ? rate.group(1) : rate.group(2)).toLowerCase(Locale.ROOT);
    }

    /** Whether another figure (a number that is no year) stands in the text between {@code from} and {@code to}. */
    private static boolean figureBetween(String text, int from, int to) {
        // a time of day ("at 6pm today", "at 10:30") is no figure between
        return NUMBER_NOT_YEAR.matcher(CLOCK_TIME.matcher(text.substring(from, to)).replaceAll(" ")).find();
    }

    /** "6pm", "9.15am", "10:30", "9 a.m.": a time of day. */
    private static final Pattern CLOCK_TIME = Pattern.compile("(?i)\\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)"
            + "(?![\\p{L}])|\\b\\d{1,2}:\\d{2}\\b");

    /** The currency a sign written before an amount names: "Sh" KES, "$" USD. */
    private static String currencyOfSign(String sign) {
        return FigureParser.parse(sign + "1").unit();
    }

    private static String tailOf(String s, int length) {
        return s.length() > length ? s.substring(s.length() - length) : s;
    }

    private static boolean isFall(String text, int start, int end, FigureKind kind, String unit,
                                  List<int[]> sentences) {
        String before = sentenceBefore(text, start, sentences);
        int[] s = sentenceOf(start, sentences);
        return Direction.isFall(tailOf(before, Direction.LIST), text.substring(end, Math.max(end, Math.min(s[1], end + 40))), kind,
                unit, text.substring(start, end));
    }

    /**
     * The exchange rate a currency's amount at {@code start} is set against or moved from, close before it or written
     * with the same sign ({@code sign}, null when the currency is written after the number): "K20.2 per dollar against
     * K16.9 in 2022", "39.21 pesos on Wednesday, against about 45 pesos".
     */
    private static Optional<Candidate> rateSetAgainst(String text, String head, int start, String sign,
                                                      List<int[]> sentences) {
        if (!SET_AGAINST.matcher(head).find() && !FROM.matcher(head).find()) {
            return Optional.empty();
        }
        return figureBefore(text, start, sentences).filter(t -> t.per() != null
                && (start - t.end() <= 40 || sign != null && t.text().startsWith(sign))
                && !figureBetween(text, t.end(), start));
    }

    /**
     * "USD" when an amount in {@code currency}, reached at {@code start} and ending at {@code end}, is the dollar's
     * price, the dollar being what its sentence is about ("the dollar had fetched around Br 120", "The dollar closed
     * at 39.21 pesos", "the dollar averaging ¥144.77"); else null.
     */
    private static String dollarPricedIn(String text, String head, int start, int end, String currency,
                                         List<int[]> sentences) {
        if (!PRICED_AT.matcher(head).find() || PER_ANYTHING.matcher(text).region(end, text.length()).lookingAt()) {
            return null;
        }
        String priced = pricedCurrency(sentenceBefore(text, start, sentences));
        return priced.equals("USD") && !priced.equals(currency) ? priced : null;
    }

}
