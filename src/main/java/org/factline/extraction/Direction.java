package org.factline.extraction;

import java.util.regex.Pattern;

/** Whether the words around a figure make it a fall: "shrank by 8.6%", "a drop of 12%", "an 8.6% GDP drop". */
final class Direction {

    /** The words of a price's or an index's fall, in the past: "fell", "slid", "down". */
    private static final String PRICE_FELL = "fell|dropped|declined|slid|slipped|sank|tumbled|plunged|dipped|down|"
            + "falling|dropping|declining|sliding|slipping|sinking|tumbling|plunging|dipping";
    /** The words of a loss: "lost", "shed", "losing". */
    private static final String LOST = "lost|losing|loses|shed|sheds|shedding";
    /** The past of an economy's or a total's fall, that a list of its figures follows: "shrank", "declined". */
    private static final String SHRANK = "shrank|shrunk|fell|fallen|dropped|declined|decreased|contracted|slumped";
    /** Words of a rise, that end a list of falls. */
    private static final String ROSE = "rose|grew|increased|climbed|gained|jumped|surged|up|expanded";
    /** A character of the same sentence: no stop, semicolon or colon, but a decimal point ("14.6%"). */
    private static final String IN_SENTENCE = "(?:[^.;:]|\\.(?=\\d))";
    /** A range's head before its tail, after a dash or "and": "A$50 million-", "47c and ". */
    private static final String RANGE_HEAD = "(?:[^\\s\\d]{0,3}[\\d.,]+(?:\\s?(?:million|billion|trillion|bn|m|%|"
            + "percent|c|cents))?(?:\\s?[-–]\\s?|\\s+and\\s+))";
    /** What may stand between a word of a fall and its amount, at the end of what is read: "by about", "a further". */
    private static final String HEDGED_END = "(?:\\s+(?:by|a|further|some|about|around|nearly|almost|another))*\\s*$";

    private static final Pattern DOWN_BEFORE = Pattern.compile("(?i)\\b(?:shrank|shrunk|shrink|shrinks|shrinking|fell|"
            + "fall|falls|falling|fallen|drop|dropped|drops|dropping|declined|decline|declines|declining|decreased|"
            + "decrease|decreases|contracted|contract|contracts|contracting|slumped|slump|slumps|plunged|plunge|tumbled|"
            // not "putting down a 20% deposit"
            + "slid|slipped|sank|sunk|(?<!\\bput(?:s|ting)?\\s)down|lower|dipped|dip|eased|weaken|weakened|retreated|"
            + "lost|lose|"
            + "shed|slowed|devalued|devalues|devaluing|slips|slip|slides|sinks|dips|tumbles|plunges|eases|weakens|"
            + "retreats|"
            + "depreciate|depreciated|depreciates|depreciating|subtracted|shaved|knocked|trimmed|narrowed|narrows|"
            + "narrowing|losing|loses|"
            + "collapsed|collapse|collapses|plummeted|plummet|crashed|nosedived|tanked)"
            + "(?:\\s+(?:by|an?|annual|annualised|annualized|further|some|about|around|roughly|nearly|almost|more|than|as|much|"
            + "only|"
            + "over|just|estimated|record|year-on-year|sharp|sharply|steep|steeply|another))*\\s*[-−]?$");
    private static final Pattern DOWN_BY_BEFORE = Pattern.compile("(?i)\\b(?:shrank|shrunk|fell|fallen|dropped|"
            + "declined|decreased|contracted|slumped|plunged|tumbled|slid|slipped|sank|down|dipped|eased"
            + "|collapsed|plummeted|crashed|nosedived|tanked"
            + "|cut|cuts|cutting|reduced|reduce|reducing|lowered|lower|lowering|trimmed|trimming|slashed|slashing|lost"
            + "|devalued|devalues|devalue|devaluing|depreciated|depreciates|depreciating|narrow|narrowed|narrows|"
            + "narrowing)"
            + "\\s+(?:(?!(?:rose|grew|increased|climbed|gained|jumped|surged|up|raised|added)\\b)[\\p{L}\\d.,%'’-]+\\s+){0,8}?by(?:\\s+(?:about|around|some|nearly|almost|roughly|more than|over|just|"
            + "another|a further|a total of|a combined|a cumulative|an average of|up to|as much as|between))?\\s*"
            // and a range's tail after its head and a dash or "and": "cut costs by A$50 million-A$70 million", "drop
            // by between 47c and 50c a litre"
            + RANGE_HEAD + "?$");
    /**
     * "expects it to fall by $200 million": a fall to come, right before "by" (not "lets pound fall to record low,
     * raises rates by", where the words between are another verb's).
     */
    private static final Pattern FALL_TO_COME_BY = Pattern.compile("(?i)\\b(?:fall|falls|falling|drop|drops|"
            + "dropping|decline|declines|declining|shrink|shrinks|shrinking|decrease|decreases|decreasing|slump|slumps|"
            + "sink|sinks|slide|slides|tumble|tumbles)\\s+by(?:\\s+(?:about|around|some|nearly|almost|roughly|"
            + "more than|over|just|another|a further|up to|as much as|between))?\\s*" + RANGE_HEAD + "?$");
    /**
     * "All three economies shrank last year: Estonia's by 3%, Lithuania's by 0.3%": after a fall and a colon, each
     * "by" of the list states a fall.
     */
    private static final Pattern DOWN_LIST_BY = Pattern.compile("(?i)\\b(?:" + SHRANK + ")\\b[^.;:]*:\\s+(?:(?!\\b(?:"
            + ROSE + ")\\b)(?:[^.;]|\\.(?=\\d)))*?\\bby\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+)?$");
    /**
     * "reducing its holdings of Treasuries by up to $25 billion and of mortgage securities by up to $35 billion",
     * "sales fell 14.6% … and its operating profit by 70%": a "by" after "and" in a sentence whose verb states a
     * fall, with no rise between, states one too.
     */
    private static final Pattern DOWN_AND_BY = Pattern.compile("(?i)\\b(?:reduc(?:e|ed|es|ing)|cut(?:s|ting)?|lower(?:ed|s|"
            + "ing)?|shr[iau]nk|fell|fallen|drops?|dropped|declined|decreased|trimm(?:ed|ing)|slash(?:ed|ing))\\b"
            + "(?:" + IN_SENTENCE + "*?\\bby\\s+)?" + IN_SENTENCE + "*?\\band\\s+(?:(?!\\b(?:rose|grew|increased|"
            + "climbed|gained|jumped|surged|up|raised|added|expanded|widened)\\b)" + IN_SENTENCE + ")*?\\bby"
            + "(?:\\s+(?:up\\s+to|about|around|nearly|almost|as\\s+much\\s+as))?\\s*$");
    /**
     * "a smaller cut than the", "a bigger reduction than": points a cut is compared with are a cut's too (not so a
     * rate's level, "a smaller fall than the 3.1 per cent economists had expected").
     */
    private static final Pattern CUT_THAN_BEFORE = Pattern.compile("(?i)\\b(?:cuts?|reductions?)\\s+than\\s+"
            + "(?:the\\s+)?(?:about\\s+|around\\s+)?$");
    private static final Pattern DOWN_NOUN_BEFORE = Pattern.compile("(?i)\\b(?:drops?|falls?|declines?|contractions?|"
            + "decreases?|slumps?|loss(?:es)?|reductions?|cuts?|draws?|plunges?|slides?|dips?|shrinkage|collapse)\\s+"
            + "(?:of|totall?ing|amounting\\s+to)(?:\\s+(?:about|around|"
            + "some|nearly|almost|roughly|more than|over|just|an estimated|at least|up to|as much as))?\\s*$");
    /**
     * "Oil activities shrank 9.2% for the year and 16.1% in the fourth quarter", "shipments to China dropped 25.8% and
     * those to Hong Kong 18.7%", "would have to fall 42% by 2030 and 57% by 2035", "dropped 68%, and capital spending
     * 77%": a percentage after "and" that follows a fall's percentage, with no word of a rise between, is a fall too.
     */
    private static final Pattern DOWN_AND_PERCENT = Pattern.compile("(?i)\\b(?:" + SHRANK
            + "|slid|sank|plunged|tumbled|fall|drop|decline|shrink)\\s+(?:by\\s+)?(?:about\\s+|around\\s+)?[\\d.,]+\\s?"
            + "(?:%|percent|per\\s+cent)"
            + "(?:(?!\\b(?:" + ROSE + "|rise|growth)\\b)(?:[^.;:\\d]|\\b(?:19|20)\\d\\d\\b))*\\band\\s+"
            + "(?:(?:those|that)\\s+(?:of|to|from|in|for|at)\\s+[^.;:\\d,]{1,40}?\\s+"
            // "dropped 68%, and capital spending 77%": another subject, its verb left out (no verb of its own)
            + "|(?:(?!(?:" + ROSE + "|" + SHRANK + "|rise|rises|growth|fall|falls|was|were|is|are|to|at|of|about|"
            + "around|nearly|some|affects?|stood|stands|reached|hit|hits|slowed|eased)\\b)(?![\\p{L}-]+ed\\s)"
            + "[\\p{L}-]+\\s+){1,3})?(?:by\\s+)?$");
    /**
     * "BHP shares fell 2.8 per cent to $43.05, Rio Tinto 3.1 per cent to $117.90 and Fortescue 5.6 per cent": the
     * next subjects of a fall, each with its percentage (and the level it fell to), their verb left out.
     */
    private static final String PERCENT_WRITTEN = "[\\d.,]+\\s?(?:%|percent|per\\s+cent)(?:\\s+to\\s+[^\\s,;]+)?";
    private static final String SUBJECT_WORDS = "(?:(?!(?:" + ROSE + "|" + SHRANK + "|rise|rises|fall|falls|was|were|is"
            + "|are|to|at|of|by|from|about|around)\\b)(?-i:\\p{Lu})[\\p{L}&'-]*\\s+){1,3}";
    private static final Pattern DOWN_LIST_OF_SUBJECTS = Pattern.compile("(?i)\\b(?:" + SHRANK
            + "|slid|sank|plunged|tumbled)\\s+(?:by\\s+)?" + PERCENT_WRITTEN + "(?:(?:,|\\s+and)\\s+" + SUBJECT_WORDS
            + PERCENT_WRITTEN + ")*(?:,|\\s+and)\\s+" + SUBJECT_WORDS + "$");
    /** "after contractions of 0.3%, 0.2% and 0.1%": the later figures of a list of falls are falls too. */
    private static final Pattern DOWN_NOUNS_LIST = Pattern.compile("(?i)\\b(?:drops|falls|declines|contractions|"
            + "decreases|slumps|losses|reductions|cuts)\\s+of\\s+[^\\s,;]+(?:,\\s+[^\\s,;]+)*(?:,|,?\\s+and)\\s*$");
    /**
     * "a 3% drop", "$2 billion in cuts", "0.5% lower", "125 basis points of further cuts": a fall named right after the
     * figure (not "10 zones to draw investors", a verb after "to").
     */
    private static final Pattern DOWN_NOUN_AFTER = Pattern.compile("(?i)^\\s+(?:(?!(?:recorded|posted|reported|"
            + "registered|suffered|booked|made|had|have|has|will|would|could|may|might|also|did|to)\\s)"
            + "[\\p{L}.-]+\\s+)?"
            + "(?:drop|fall|decline|"
            + "contraction|decrease|slump|plunge|slide|dip|shrinkage|cuts?|reductions?|draws?|drawdowns?|collapse"
            + "|loss(?:es)?(?!-))\\b"
            + "|^\\s+(?:lower|less|fewer|cheaper|smaller)\\b"
            + "|^\\s+of\\s+(?:further\\s+|more\\s+|additional\\s+)?(?:cuts|reductions)\\b");
    /** "a 1.6 million-barrel draw": a count that qualifies the noun after it, which can then be a fall. */
    private static final Pattern AN_BEFORE = Pattern.compile("(?i)\\ban?\\s+$");
    /**
     * "40 fewer", "1,200 less": fewer of what is counted (not "40 banks cut jobs", where the count did the cutting,
     * unless an article makes the count qualify a noun: "a 1.6 million-barrel draw").
     */
    private static final Pattern FEWER_AFTER = Pattern.compile("(?i)^\\s+(?:lower|less|fewer|smaller)\\b");
    /**
     * "about 8% below its level a year ago", "running 4% behind 2023", "4.5% weaker than in January": a percentage
     * below what it is compared with is a fall ("Rp 6.8 trillion below target" is a shortfall, stated as its size, as
     * "short by" is).
     */
    private static final Pattern BELOW_AFTER = Pattern.compile("(?i)^\\s+(?:below|behind|weaker)\\b");

    /**
     * A total of cuts a change in points brings to: "bringing the cumulative reduction since June to 900bps",
     * "taking total easing to 175 basis points". (A rate cut "to 13%" is a level, and is no change in points.)
     */
    private static final Pattern DOWN_TOTAL_BEFORE = Pattern.compile("(?i)\\b(?:cuts|reductions?|easing|declines)\\b"
            + "(?:[^.;]){0,40}\\bto\\s*$");

    /**
     * "narrowed its adjusted EBITDA loss to", "… loss to Rp 1.2 trillion in 2023 from", "its losses narrowed to",
     * "accumulated losses exceed": a loss's amount, at either end of its change, or as a level.
     */
    private static final Pattern LOSS_TO_BEFORE = Pattern.compile("(?i)\\bloss(?:es)?\\s+(?:(?:(?:narrowed|widened|"
            + "shrank|grew|fell|rose|declined|increased|decreased|dropped|climbed)\\s+)?(?:to|from)\\s+"
            + "(?:(?:[^.;]|\\.(?=\\d)){0,60}?\\s(?:to|from)\\s+)?|(?:exceed(?:s|ed)?|top(?:s|ped)?|totall?ed|"
            + "amount(?:s|ed)?\\s+to|stood\\s+at|were|are)\\s+(?:more\\s+than\\s+|over\\s+)?)"
            + "(?:about\\s+|around\\s+|some\\s+|nearly\\s+|almost\\s+)?$");

    /** "contracted at an annualised rate of 19.4%": a fall stated as its rate. */
    private static final Pattern DOWN_AT_RATE_BEFORE = Pattern.compile("(?i)\\b(?:shrank|shrunk|contracted|fell|"
            + "declined|dropped|slumped|plunged)\\s+at\\s+an?\\s+(?:[\\p{L}-]+\\s+){0,2}(?:rate|pace)\\s+of\\s+"
            + "(?:about|around|some|nearly|almost|roughly)?\\s*$");
    /**
     * "Brent fell 52 cents, or 0.7%", "output fell 9.1% in 2020 and another 1%", "will fall by a further 400,000, or
     * 9%": a fall restated in other terms, or continued, is a fall too.
     */
    private static final Pattern DOWN_THEN_OR = Pattern.compile("(?i)\\b(?:" + PRICE_FELL + "|" + LOST
            + "|shrank|contracted|fall|drop|decline)\\s+(?:by\\s+)?(?:a\\s+further\\s+|another\\s+)?"
            + "(?:\\d[\\d,.]*|[^\\s,;]+)(?:\\s+[^\\s,;]+){0,2}"
            + "(?:,\\s+or|\\s+and\\s+(?:another|a\\s+further))\\s*$");
    /**
     * "The cedi depreciated by 19.3 percent …, compared with 21.1 percent a year earlier": the percentage a fall is
     * compared with is a fall too (not "shrank 2.1%, compared with 1.5% growth").
     */
    private static final Pattern DOWN_THEN_COMPARED = Pattern.compile("(?i)\\b(?:" + SHRANK + "|depreciated|weakened|"
            + "slid|sank|plunged|tumbled|lost)\\s+(?:by\\s+)?(?:about\\s+|around\\s+)?[\\d.,]+\\s?"
            + "(?:%|percent|per\\s+cent)[^.;\\d]{0,80}?,\\s+(?:compared\\s+(?:with|to)|against|versus)\\s+$");
    private static final Pattern RISE_AFTER = Pattern.compile("(?i)^\\s+(?:\\p{L}+\\s+)?(?:growth|rise|increase|gain|"
            + "expansion|appreciation)\\b");
    /**
     * "a net loss of US$273 million, or 21 cents a share", "a drop of 81,000, or 20%": a loss or a fall restated in
     * other terms is one too.
     */
    private static final Pattern LOSS_THEN_OR = Pattern.compile("(?i)\\b(?:loss(?:es)?|drops?|falls?|declines?)\\s+of"
            + "\\s+(?:about\\s+|around\\s+|nearly\\s+|almost\\s+)?(?:[^\\s\\d,;]{0,3}\\d[\\d,.]*|[^\\s,;]+)"
            + "(?:\\s+[^\\s,;]+){0,2},\\s+or(?:\\s+(?:about|around|nearly|almost|some))?\\s*$");
    /** "Brent fell 52 cents": a price's fall as an amount ("lost" and "shed" also state losses and job cuts). */
    /**
     * " tax plan", " rescue package", " loan": an amount that sizes the thing named after it ("Kenya drops Sh346
     * billion tax plan" drops the plan, not Sh346 billion from a price).
     */
    private static final Pattern AMOUNT_OF_A_THING = Pattern.compile("(?i)\\s+(?:[\\p{Ll}-]+\\s+)?(?:plan|package|"
            + "bill|budget|programme|program|deal|loan|fund|bond|bailout|scheme|project|contract|order|settlement|"
            + "fine|bid|offer|takeover|merger|stake|investment)s?\\b");
    private static final Pattern PRICE_DOWN_BEFORE = Pattern.compile("(?i)\\b(?:" + PRICE_FELL + "|falls|drops|declines|"
            + "slides|slips|sinks|tumbles|plunges|dips)" + HEDGED_END);

    /**
     * "WTI lost 57 cents": cents lost or shed are a price's fall (a company's loss is not stated in cents), as is an
     * amount lost before the price it closed at.
     */
    private static final Pattern LOST_BEFORE = Pattern.compile("(?i)\\b(?:" + LOST + "|gave\\s+up|giving\\s+up)"
            + "(?:\\s+(?:a|further|some|about|around|nearly|almost|another))*\\s*$");
    /**
     * "losing Rs0.06 to close at Rs1.32", "lost HK$7.20 to HK$376.40": an amount lost on the way to a price is the
     * price's fall ("lost $5 billion to fraud" is no price).
     */
    private static final Pattern TO_PRICE_AFTER = Pattern.compile("(?i)^\\s+to\\s+(?:(?:close|end|settle|finish)\\b|"
            + "[^\\s\\d]{0,3}\\d)");
    private static final Pattern IN_CENTS = Pattern.compile("(?i)\\bcents?$");

    /** "the Dow lost 422.16 points": an index's fall as a number of points. */
    private static final Pattern POINTS_DOWN_BEFORE = Pattern.compile("(?i)\\b(?:" + PRICE_FELL + "|" + LOST
            + "|gave\\s+up|giving\\s+up)" + HEDGED_END);

    /** "fell short by €21 billion", "short of its target by Rs386bn": a shortfall, stated as an amount. */
    private static final Pattern SHORT_BY_BEFORE = Pattern.compile("(?i)\\bshort(?:\\s+of\\s+[^.;]{0,40}?)?\\s+by"
            + "(?:\\s+(?:about|around|some|nearly|almost|roughly|more than|over|just))?\\s*$");

    private Direction() {
    }

    /** How much of the sentence before a figure the rules read: its last 80 characters, or 200 for a list. */
    static final int NEAR = 80;
    static final int LIST = 200;
    private static final Pattern ENDS_WITH_BY_OR_UP_TO = Pattern.compile("(?i)\\bby(?:\\s+(?:up\\s+to|about|around|"
            + "nearly|almost|as\\s+much\\s+as))?\\s*$");
    private static final Pattern ENDS_WITH_BY = Pattern.compile("(?i)\\bby\\s+(?:about\\s+|around\\s+|nearly\\s+|"
            + "almost\\s+)?$");

    /**
     * @param sentenceBefore the sentence before the figure, its last {@link #LIST} characters at most
     * @param after          the words after it, to the sentence's end
     * @param figure         the figure as written
     */
    static boolean isFall(String sentenceBefore, String after, FigureKind kind, String unit, String figure) {
        String before = sentenceBefore.length() > NEAR ? sentenceBefore.substring(sentenceBefore.length() - NEAR)
                : sentenceBefore;
        if (SHORT_BY_BEFORE.matcher(before).find()) {
            return false;
        }
        if (org.factline.measure.Units.PERCENTAGE_POINT.equals(unit) && (DOWN_TOTAL_BEFORE.matcher(before).find()
                || CUT_THAN_BEFORE.matcher(before).find())) {
            return true;
        }
        if (DOWN_NOUN_BEFORE.matcher(before).find() || DOWN_NOUNS_LIST.matcher(before).find()
                || sentenceBefore.indexOf(':') >= 0 && ENDS_WITH_BY.matcher(before).find()
                && DOWN_LIST_BY.matcher(sentenceBefore).find()
                || ENDS_WITH_BY_OR_UP_TO.matcher(before).find() && DOWN_AND_BY.matcher(sentenceBefore).find()
                || (kind == FigureKind.COUNT && !AN_BEFORE.matcher(before).find() ? FEWER_AFTER : DOWN_NOUN_AFTER)
                .matcher(after).find()
                || DOWN_BY_BEFORE.matcher(before).find() || FALL_TO_COME_BY.matcher(before).find()
                || LOSS_THEN_OR.matcher(before).find()) {
            return true;
        }
        if (kind == FigureKind.PERCENT) {
            return DOWN_BEFORE.matcher(before).find() || DOWN_AND_PERCENT.matcher(before).find()
                    || DOWN_LIST_OF_SUBJECTS.matcher(before).find()
                    || DOWN_THEN_OR.matcher(before).find()
                    || DOWN_THEN_COMPARED.matcher(sentenceBefore).find() && !RISE_AFTER.matcher(after).find()
                    || BELOW_AFTER.matcher(after).find()
                    || DOWN_AT_RATE_BEFORE.matcher(before).find();
        }
        if (kind == FigureKind.INDEX) {
            return "points".equals(unit) && (POINTS_DOWN_BEFORE.matcher(before).find()
                    || DOWN_THEN_OR.matcher(before).find()); // "fell 2.1 per cent, or 362.78 points"
        }
        return kind == FigureKind.MONEY && (LOSS_TO_BEFORE.matcher(before).find()
                || PRICE_DOWN_BEFORE.matcher(before).find()
                && !AMOUNT_OF_A_THING.matcher(after).lookingAt()
                || (IN_CENTS.matcher(figure).find() || TO_PRICE_AFTER.matcher(after).find())
                && LOST_BEFORE.matcher(before).find());
    }
}
