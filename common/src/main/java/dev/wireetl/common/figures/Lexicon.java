package dev.wireetl.common.figures;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Word tables of the figures and dates extractor, built once. All keys are lower case. */
final class Lexicon {
    private Lexicon() {
    }

    /** Cardinal number words below a hundred that stand alone. */
    static final Map<String, Integer> SMALL_NUMBERS = map(
            "one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8, "nine", 9,
            "ten", 10, "eleven", 11, "twelve", 12, "thirteen", 13, "fourteen", 14, "fifteen", 15, "sixteen", 16,
            "seventeen", 17, "eighteen", 18, "nineteen", 19, "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);

    static final Set<String> TENS = words("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

    /** Scale words and suffixes, as powers of ten. Single letters only count when attached to the digits. */
    static final Map<String, Integer> SCALES = map(
            "hundred", 2, "thousand", 3, "k", 3, "million", 6, "millions", 6, "mln", 6, "m", 6, "mn", 6,
            "billion", 9, "bn", 9, "bln", 9, "b", 9, "trillion", 12, "tn", 12, "trln", 12,
            "lakh", 5, "lakhs", 5, "crore", 7, "crores", 7, "cr", 7);

    /** Scale words that may stand apart from the digits (lakh and crore: South Asian copy, 10^5 and 10^7). */
    static final Set<String> SPACED_SCALES = words("hundred", "thousand", "million", "mln", "mn", "billion", "bn", "bln",
            "trillion", "tn", "trln", "lakh", "lakhs", "crore", "crores", "cr");

    /** Denominators written as words, for shares of a whole ({@code a third}, {@code two-thirds}). */
    static final Map<String, Integer> FRACTION_WORDS = map(
            "half", 2, "halves", 2, "third", 3, "thirds", 3, "quarter", 4, "quarters", 4, "fifth", 5, "fifths", 5,
            "sixth", 6, "sixths", 6, "seventh", 7, "eighth", 8, "eighths", 8, "tenth", 10, "tenths", 10);

    /** Written ordinal words (dates: {@code March 3rd} is handled on digits). */
    static final Map<String, Integer> ORDINALS = map(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "1st", 1, "2nd", 2, "3rd", 3, "4th", 4);

    static final Set<String> ORDINAL_SUFFIXES = words("st", "nd", "rd", "th");

    /** Month names and abbreviations to month numbers. */
    static final Map<String, Integer> MONTHS = map(
            "january", 1, "jan", 1, "february", 2, "feb", 2, "march", 3, "mar", 3, "april", 4, "apr", 4, "may", 5,
            "june", 6, "jun", 6, "july", 7, "jul", 7, "august", 8, "aug", 8, "september", 9, "sep", 9, "sept", 9,
            "october", 10, "oct", 10, "november", 11, "nov", 11, "december", 12, "dec", 12);

    /** Month words that are also ordinary English words, needing date context. */
    static final Set<String> AMBIGUOUS_MONTHS = words("may", "march", "mar", "jan", "jun", "sep", "dec", "aug", "oct");

    static final Map<String, Integer> WEEKDAYS = map(
            "monday", 1, "tuesday", 2, "wednesday", 3, "thursday", 4, "friday", 5, "saturday", 6, "sunday", 7);

    /** Seasons to their ISO 8601-2 codes. */
    static final Map<String, String> SEASONS = Map.of("spring", "SP", "summer", "SU", "autumn", "FA", "winter", "WI");

    static final Map<String, Integer> CENTURY_ORDINALS = map(
            "first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5, "sixth", 6, "seventh", 7, "eighth", 8,
            "ninth", 9, "tenth", 10, "eleventh", 11, "twelfth", 12, "thirteenth", 13, "fourteenth", 14,
            "fifteenth", 15, "sixteenth", 16, "seventeenth", 17, "eighteenth", 18, "nineteenth", 19,
            "twentieth", 20);

    static final Map<String, Integer> DECADE_WORDS = map(
            "twenties", 20, "thirties", 30, "forties", 40, "fifties", 50, "sixties", 60, "seventies", 70,
            "eighties", 80, "nineties", 90);

    /** Time unit words to ISO 8601 period designators; a {@code T} prefix marks clock units. */
    static final Map<String, String> TIME_UNITS = Map.ofEntries(
            Map.entry("second", "TS"), Map.entry("seconds", "TS"), Map.entry("secs", "TS"), Map.entry("sec", "TS"),
            Map.entry("minute", "TM"), Map.entry("minutes", "TM"), Map.entry("mins", "TM"), Map.entry("min", "TM"),
            Map.entry("hour", "TH"), Map.entry("hours", "TH"), Map.entry("hrs", "TH"), Map.entry("hr", "TH"),
            Map.entry("day", "D"), Map.entry("days", "D"),
            Map.entry("week", "W"), Map.entry("weeks", "W"), Map.entry("wk", "W"), Map.entry("wks", "W"),
            Map.entry("fortnight", "2W"), Map.entry("fortnights", "2W"),
            Map.entry("month", "M"), Map.entry("months", "M"), Map.entry("mths", "M"), Map.entry("mth", "M"),
            Map.entry("year", "Y"), Map.entry("years", "Y"), Map.entry("yr", "Y"), Map.entry("yrs", "Y"),
            Map.entry("decade", "10Y"), Map.entry("decades", "10Y"),
            Map.entry("century", "100Y"), Map.entry("centuries", "100Y"));

    /** Currency symbols written before the amount; a word glued before {@code $} refines the dollar. */
    static final Map<String, String> DOLLAR_PREFIXES = Map.ofEntries(
            Map.entry("us", "USD"), Map.entry("u.s.", "USD"), Map.entry("a", "AUD"), Map.entry("au", "AUD"),
            Map.entry("aus", "AUD"), Map.entry("c", "CAD"), Map.entry("ca", "CAD"), Map.entry("can", "CAD"),
            Map.entry("hk", "HKD"), Map.entry("nz", "NZD"), Map.entry("s", "SGD"), Map.entry("nt", "TWD"),
            Map.entry("r", "BRL"), Map.entry("z", "ZWD"));

    /** Nationality words that refine a dollar, franc, crown, pound... written after the amount. */
    static final Map<String, String> CURRENCY_NATIONS = Map.ofEntries(
            Map.entry("u.s.|dlrs", "USD"), Map.entry("us|dlrs", "USD"), Map.entry("american|dlrs", "USD"),
            Map.entry("australian|dlrs", "AUD"), Map.entry("canadian|dlrs", "CAD"), Map.entry("hong kong|dlrs", "HKD"),
            Map.entry("new zealand|dlrs", "NZD"), Map.entry("singapore|dlrs", "SGD"), Map.entry("taiwan|dlrs", "TWD"),
            Map.entry("zimbabwe|dlrs", "ZWD"), Map.entry("swiss|francs", "CHF"), Map.entry("french|francs", "FRF"),
            Map.entry("belgian|francs", "BEF"), Map.entry("luxembourg|francs", "LUF"), Map.entry("cfa|francs", "XOF"),
            Map.entry("danish|crowns", "DKK"), Map.entry("norwegian|crowns", "NOK"), Map.entry("swedish|crowns", "SEK"),
            Map.entry("danish|kroner", "DKK"), Map.entry("norwegian|kroner", "NOK"), Map.entry("swedish|kronor", "SEK"),
            Map.entry("egyptian|pounds", "EGP"), Map.entry("irish|pounds", "IEP"), Map.entry("cyprus|pounds", "CYP"),
            Map.entry("mexican|pesos", "MXN"), Map.entry("argentine|pesos", "ARS"), Map.entry("philippine|pesos", "PHP"),
            Map.entry("chilean|pesos", "CLP"), Map.entry("colombian|pesos", "COP"), Map.entry("indian|rupees", "INR"),
            Map.entry("pakistani|rupees", "PKR"), Map.entry("saudi|riyals", "SAR"), Map.entry("south african|rand", "ZAR"),
            Map.entry("kuwaiti|dinars", "KWD"), Map.entry("kenyan|shillings", "KES"),
            Map.entry("ugandan|shillings", "UGX"), Map.entry("tanzanian|shillings", "TZS"),
            Map.entry("austrian|schillings", "ATS"), Map.entry("new taiwan|dlrs", "TWD"), Map.entry("west german|marks", "DEM"),
            Map.entry("german|marks", "DEM"), Map.entry("deutsche|marks", "DEM"), Map.entry("dutch|guilders", "NLG"),
            Map.entry("italian|lire", "ITL"), Map.entry("spanish|pesetas", "ESP"), Map.entry("japanese|yen", "JPY"));

    /**
     * Currency words written after the amount: code and a power of ten applied to the amount (cents -2).
     * {@code *} as code means "the document's dollar", which is USD unless the text names another dollar.
     */
    static final Map<String, Money> CURRENCY_WORDS = Map.ofEntries(
            Map.entry("dlrs", new Money("*", 0)), Map.entry("dlr", new Money("*", 0)),
            Map.entry("dollars", new Money("*", 0)), Map.entry("dollar", new Money("*", 0)),
            Map.entry("cts", new Money("*", -2)), Map.entry("cents", new Money("*", -2)), Map.entry("cent", new Money("*", -2)),
            Map.entry("pence", new Money("GBP", -2)), Map.entry("p", new Money("GBP", -2)),
            Map.entry("stg", new Money("GBP", 0)), Map.entry("sterling", new Money("GBP", 0)),
            Map.entry("pounds", new Money("GBP", 0)), Map.entry("pound", new Money("GBP", 0)),
            Map.entry("euros", new Money("EUR", 0)), Map.entry("euro", new Money("EUR", 0)),
            Map.entry("yen", new Money("JPY", 0)), Map.entry("yuan", new Money("CNY", 0)),
            Map.entry("renminbi", new Money("CNY", 0)), Map.entry("francs", new Money("FRF", 0)),
            Map.entry("marks", new Money("DEM", 0)), Map.entry("guilders", new Money("NLG", 0)),
            Map.entry("lire", new Money("ITL", 0)), Map.entry("pesetas", new Money("ESP", 0)),
            Map.entry("rupees", new Money("INR", 0)), Map.entry("dirhams", new Money("AED", 0)),
            Map.entry("dirham", new Money("AED", 0)), Map.entry("taka", new Money("BDT", 0)),
            Map.entry("roubles", new Money("RUB", 0)),
            Map.entry("rubles", new Money("RUB", 0)), Map.entry("won", new Money("KRW", 0)),
            Map.entry("rand", new Money("ZAR", 0)), Map.entry("naira", new Money("NGN", 0)),
            Map.entry("kobo", new Money("NGN", -2)), Map.entry("cedis", new Money("GHS", 0)),
            Map.entry("kwacha", new Money("ZMW", 0)), Map.entry("birr", new Money("ETB", 0)),
            Map.entry("hryvnias", new Money("UAH", 0)), Map.entry("pesos", new Money("MXN", 0)),
            Map.entry("riyals", new Money("SAR", 0)), Map.entry("dinars", new Money("KWD", 0)),
            Map.entry("shekels", new Money("ILS", 0)), Map.entry("schillings", new Money("ATS", 0)), Map.entry("baht", new Money("THB", 0)),
            Map.entry("ringgit", new Money("MYR", 0)), Map.entry("rupiah", new Money("IDR", 0)),
            Map.entry("kroner", new Money("DKK", 0)), Map.entry("kronor", new Money("SEK", 0)),
            Map.entry("crowns", new Money("SEK", 0)), Map.entry("zlotys", new Money("PLN", 0)),
            Map.entry("usd", new Money("USD", 0)), Map.entry("eur", new Money("EUR", 0)),
            Map.entry("gbp", new Money("GBP", 0)), Map.entry("jpy", new Money("JPY", 0)),
            Map.entry("chf", new Money("CHF", 0)), Map.entry("ecu", new Money("XEU", 0)),
            Map.entry("ecus", new Money("XEU", 0)));

    /** A currency and the power of ten its unit stands for (cents are -2). */
    record Money(String code, int exponent) {
    }

    /** Quantity unit phrases (space separated, lower case) to canonical unit names. */
    static final Map<String, String> QUANTITY_UNITS = Map.ofEntries(
            Map.entry("km", "km"), Map.entry("kms", "km"), Map.entry("kilometres", "km"), Map.entry("kilometers", "km"),
            Map.entry("kilometre", "km"), Map.entry("kilometer", "km"), Map.entry("metres", "m"), Map.entry("meters", "m"),
            Map.entry("metre", "m"), Map.entry("meter", "m"), Map.entry("cm", "cm"), Map.entry("centimetres", "cm"),
            Map.entry("mm", "mm"), Map.entry("millimetres", "mm"), Map.entry("miles", "mile"), Map.entry("mile", "mile"),
            Map.entry("nautical miles", "nmi"), Map.entry("feet", "ft"), Map.entry("foot", "ft"), Map.entry("ft", "ft"),
            Map.entry("inches", "inch"), Map.entry("inch", "inch"), Map.entry("yards", "yard"), Map.entry("yard", "yard"),
            Map.entry("kg", "kg"), Map.entry("kgs", "kg"), Map.entry("kilograms", "kg"), Map.entry("kilogrammes", "kg"),
            Map.entry("kilogram", "kg"), Map.entry("kilos", "kg"), Map.entry("kilo", "kg"), Map.entry("grams", "g"), Map.entry("grammes", "g"),
            Map.entry("tonnes", "tonne"), Map.entry("tonne", "tonne"), Map.entry("tons", "tonne"), Map.entry("ton", "tonne"),
            Map.entry("metric tons", "tonne"), Map.entry("metric tonnes", "tonne"), Map.entry("short tons", "short ton"),
            Map.entry("long tons", "long ton"), Map.entry("lbs", "lb"), Map.entry("lb", "lb"),
            Map.entry("ounces", "ounce"), Map.entry("ounce", "ounce"), Map.entry("oz", "ounce"),
            Map.entry("troy ounces", "troy ounce"), Map.entry("carats", "carat"), Map.entry("cwt", "cwt"),
            Map.entry("litres", "litre"), Map.entry("liters", "litre"), Map.entry("litre", "litre"), Map.entry("liter", "litre"),
            Map.entry("hectolitres", "hectolitre"), Map.entry("gallons", "gallon"), Map.entry("gallon", "gallon"),
            Map.entry("barrels per day", "barrel/day"), Map.entry("barrels a day", "barrel/day"), Map.entry("bpd", "barrel/day"),
            Map.entry("barrels", "barrel"), Map.entry("barrel", "barrel"), Map.entry("bbl", "barrel"),
            Map.entry("bushels", "bushel"), Map.entry("bushel", "bushel"), Map.entry("bales", "bale"),
            Map.entry("cubic metres", "m3"), Map.entry("cubic meters", "m3"), Map.entry("cubic feet", "ft3"),
            Map.entry("hectares", "hectare"), Map.entry("hectare", "hectare"), Map.entry("acres", "acre"), Map.entry("acre", "acre"),
            Map.entry("square km", "km2"), Map.entry("sq km", "km2"), Map.entry("square kilometres", "km2"),
            Map.entry("square kilometers", "km2"), Map.entry("square miles", "mile2"), Map.entry("sq miles", "mile2"),
            Map.entry("square metres", "m2"), Map.entry("square meters", "m2"), Map.entry("square feet", "ft2"),
            Map.entry("sq ft", "ft2"), Map.entry("megawatts", "MW"), Map.entry("mw", "MW"), Map.entry("gigawatts", "GW"),
            Map.entry("kilowatts", "kW"), Map.entry("kw", "kW"), Map.entry("kwh", "kWh"), Map.entry("mwh", "MWh"),
            Map.entry("kilowatt hours", "kWh"), Map.entry("mph", "mph"), Map.entry("knots", "knot"),
            Map.entry("degrees celsius", "degC"), Map.entry("degrees centigrade", "degC"), Map.entry("degrees fahrenheit", "degF"),
            Map.entry("gigabytes", "GB"), Map.entry("gb", "GB"), Map.entry("megabytes", "MB"), Map.entry("mb", "MB"),
            Map.entry("terabytes", "TB"), Map.entry("calories", "calorie"), Map.entry("points", "point"),
            Map.entry("basis points", "basis point"), Map.entry("basis point", "basis point"),
            Map.entry("bps", "basis point"), Map.entry("pounds", "lb"), Map.entry("pound", "lb"),
            Map.entry("kph", "km/h"), Map.entry("kilometres per hour", "km/h"), Map.entry("kilometers per hour", "km/h"),
            Map.entry("miles per hour", "mph"), Map.entry("miles an hour", "mph"), Map.entry("km an hour", "km/h"),
            Map.entry("kilometres an hour", "km/h"), Map.entry("kilometers an hour", "km/h"), Map.entry("ml", "ml"),
            Map.entry("millilitres", "ml"), Map.entry("milliliters", "ml"), Map.entry("horsepower", "hp"), Map.entry("hp", "hp"),
            Map.entry("gw", "GW"), Map.entry("gigawatt", "GW"), Map.entry("megawatt", "MW"), Map.entry("kilowatt", "kW"),
            Map.entry("gwh", "GWh"), Map.entry("twh", "TWh"), Map.entry("megawatt hours", "MWh"),
            Map.entry("gigawatt hours", "GWh"), Map.entry("terawatt hours", "TWh"), Map.entry("tb", "TB"),
            Map.entry("kb", "KB"), Map.entry("kilobytes", "KB"), Map.entry("hz", "Hz"), Map.entry("hertz", "Hz"),
            Map.entry("khz", "kHz"), Map.entry("kilohertz", "kHz"), Map.entry("mhz", "MHz"), Map.entry("megahertz", "MHz"),
            Map.entry("ghz", "GHz"), Map.entry("gigahertz", "GHz"), Map.entry("mpg", "mpg"),
            Map.entry("miles per gallon", "mpg"), Map.entry("degrees c", "degC"), Map.entry("degrees f", "degF"),
            Map.entry("square mile", "mile2"), Map.entry("square kilometre", "km2"), Map.entry("square metre", "m2"),
            Map.entry("square foot", "ft2"), Map.entry("centimetre", "cm"), Map.entry("centimeters", "cm"),
            Map.entry("millimeters", "mm"), Map.entry("gram", "g"),
            Map.entry("kilowatt hour", "kWh"), Map.entry("cubic metre", "m3"), Map.entry("square meter", "m2"),
            Map.entry("square kilometer", "km2"), Map.entry("cubic meter", "m3"), Map.entry("cubic yards", "yd3"),
            Map.entry("cubic yard", "yd3"), Map.entry("cubic foot", "ft3"));

    /** Unit symbols written after a degree sign: {@code 20°C}, {@code 68 °F}. */
    static final Map<String, String> DEGREE_UNITS = Map.of("c", "degC", "f", "degF", "celsius", "degC",
            "fahrenheit", "degF", "centigrade", "degC");

    /** Units that take a per-hour suffix: {@code km/h}. */
    static final Map<String, String> PER_HOUR_UNITS = Map.of("km", "km/h", "mile", "mph");

    /** First words of quantity unit phrases, with the longest phrase length starting there. */
    static final Map<String, Integer> QUANTITY_FIRST_WORDS = firstWords(QUANTITY_UNITS.keySet());

    static final Set<String> PERCENT_WORDS = words("pct", "percent", "pc", "pct.");

    /** Qualifier phrases written before a figure, longest first within each length. */
    static final Map<String, Qualifier> QUALIFIERS = Map.ofEntries(
            Map.entry("about", Qualifier.APPROX), Map.entry("around", Qualifier.APPROX), Map.entry("roughly", Qualifier.APPROX),
            Map.entry("approximately", Qualifier.APPROX), Map.entry("nearly", Qualifier.APPROX),
            Map.entry("almost", Qualifier.APPROX), Map.entry("some", Qualifier.APPROX), Map.entry("estimated", Qualifier.APPROX),
            Map.entry("an estimated", Qualifier.APPROX), Map.entry("close to", Qualifier.APPROX), Map.entry("circa", Qualifier.APPROX),
            Map.entry("approx", Qualifier.APPROX), Map.entry("an approximate", Qualifier.APPROX),
            Map.entry("more than", Qualifier.MORE_THAN), Map.entry("over", Qualifier.MORE_THAN),
            Map.entry("above", Qualifier.MORE_THAN), Map.entry("in excess of", Qualifier.MORE_THAN),
            Map.entry("upwards of", Qualifier.MORE_THAN), Map.entry("just over", Qualifier.MORE_THAN),
            Map.entry("well over", Qualifier.MORE_THAN), Map.entry("greater than", Qualifier.MORE_THAN),
            Map.entry("at least", Qualifier.AT_LEAST), Map.entry("no fewer than", Qualifier.AT_LEAST),
            Map.entry("no less than", Qualifier.AT_LEAST), Map.entry("not less than", Qualifier.AT_LEAST),
            Map.entry("a minimum of", Qualifier.AT_LEAST),
            Map.entry("less than", Qualifier.LESS_THAN), Map.entry("fewer than", Qualifier.LESS_THAN),
            Map.entry("under", Qualifier.LESS_THAN), Map.entry("below", Qualifier.LESS_THAN),
            Map.entry("just under", Qualifier.LESS_THAN), Map.entry("just below", Qualifier.LESS_THAN),
            Map.entry("up to", Qualifier.AT_MOST), Map.entry("no more than", Qualifier.AT_MOST),
            Map.entry("not more than", Qualifier.AT_MOST), Map.entry("at most", Qualifier.AT_MOST),
            Map.entry("a maximum of", Qualifier.AT_MOST), Map.entry("as many as", Qualifier.AT_MOST),
            Map.entry("as much as", Qualifier.AT_MOST));

    /** Words of change that make a figure after them (or after {@code by}) the size of the change. */
    /** Country codes written before a currency symbol and the symbol they refine: {@code GB £20m}, {@code US $5m}. */
    static final Map<String, Character> SYMBOL_PREFIXES = Map.of("gb", '\u00a3', "uk", '\u00a3', "us", '$');

    /** Currency signs besides $, £, €, ¥ (which the scanner reads itself), to their ISO 4217 codes. */
    static final Map<Character, String> SYMBOL_CODES = Map.of('\u20b9', "INR", '\u20a6', "NGN", '\u20ba', "TRY",
            '\u20bd', "RUB", '\u20a9', "KRW", '\u20b1', "PHP", '\u20aa', "ILS", '\u20ab', "VND", '\u0e3f', "THB");

    /**
     * Currency abbreviations written before the amount in Gulf and South Asian copy ({@code Rs 450 crore},
     * {@code Dh5bn}, {@code QR300mn}); ISO 4217 codes before an amount are read by {@link #isoCode}.
     */
    static final Map<String, String> CURRENCY_BEFORE = Map.of("rs", "INR", "dh", "AED", "dhs", "AED", "qr", "QAR",
            "kd", "KWD", "bd", "BHD", "tk", "BDT");

    /**
     * ISO 4217 codes (the JDK's table) that are also English words or common acronyms, never read as currencies:
     * ALL, TOP, CUP, BOB, PEN, MAD, SOS, TRY, GEL, MOP, ANG, BAM, AMD.
     */
    private static final Set<String> CODES_THAT_ARE_WORDS = words("all", "top", "cup", "bob", "pen", "mad", "sos",
            "try", "gel", "mop", "ang", "bam", "amd");

    /** Lower-cased ISO 4217 codes the scanner reads before or after an amount when written in capitals. */
    static final Set<String> ISO_CODES = isoCodes();

    private static Set<String> isoCodes() {
        Set<String> out = new java.util.HashSet<>();
        for (java.util.Currency c : java.util.Currency.getAvailableCurrencies()) {
            String code = c.getCurrencyCode().toLowerCase(Locale.ROOT);
            if (code.length() == 3 && !CODES_THAT_ARE_WORDS.contains(code) && !code.startsWith("x")) {
                out.add(code);
            }
        }
        return Set.copyOf(out);
    }

    /** The ISO code of token i when it is a currency code written in capitals ({@code AED}, {@code USD}), else null. */
    static String isoCode(TokenStream t, int i) {
        if (!t.is(i, TokenStream.WORD) || t.norm[i].length() != 3 || !ISO_CODES.contains(t.norm[i])) {
            return null;
        }
        String raw = t.text.substring(t.begin[i], t.begin[i] + 3);
        return raw.equals(raw.toUpperCase(Locale.ROOT)) ? raw : null;
    }

    /**
     * Names that a number completes: stock indices ({@code FTSE 100}, {@code Russell 2000}, {@code S&P 500} as
     * its last letter after {@code &}). The number is neither a figure nor a year.
     */
    static final Set<String> INDEX_NAMES = words("ftse", "russell", "nikkei", "dax", "cac", "stoxx", "asx", "topix",
            "kospi", "sensex", "ibex", "mib", "aex", "smi", "atx", "omx", "tsx", "nasdaq", "msci", "nifty", "hsi",
            "wilshire", "dow", "jse", "bux", "wig", "psi", "fortune");

    /** Nouns after a maker's name and a number that show a model: {@code Boeing 787 jets}. */
    static final Set<String> MODEL_NOUNS = words("jet", "jets", "jetliner", "jetliners", "aircraft", "plane",
            "planes", "airliner", "airliners", "engine", "engines", "model", "models", "series", "index", "phone",
            "phones", "smartphone", "handset", "car", "cars", "truck", "trucks", "rocket", "rockets", "missile",
            "missiles", "tank", "tanks", "helicopter", "helicopters", "drone", "drones", "satellite", "chip",
            "chips", "processor", "fighter", "fighters", "bomber", "bombers", "variant", "version", "fleet",
            "freighter", "freighters", "order", "orders", "programme", "program", "deliveries", "launch");

    /** Rounds of a competition written as a fraction: {@code the 1/8 finals}. */
    static final Set<String> ROUND_NOUNS = words("finals", "final");

    /** True when the number at token i completes an index name ({@code FTSE 100}, {@code S&P 500}). */
    static boolean indexNameBefore(TokenStream t, int i) {
        if (t.isWord(i - 1, "'s") && t.isWord(i - 2, "poor") && t.has(i - 2, TokenStream.CAPITALIZED)) {
            return true; // Standard and Poor's 500
        }
        if (!t.is(i - 1, TokenStream.WORD) || !t.has(i - 1, TokenStream.CAPITALIZED)) {
            return false;
        }
        String prev = t.n(i - 1);
        return INDEX_NAMES.contains(prev) || prev.length() == 1 && t.isPunct(i - 2, '&');
    }

    static final Map<String, Direction> CHANGE_WORDS = directions(
            List.of("rose", "rise", "rises", "rising", "risen", "up", "gained", "gain", "gains", "gaining", "increased",
                    "increase", "increases", "increasing", "jumped", "jump", "jumps", "jumping", "climbed", "climb",
                    "climbs", "climbing", "raised", "raise", "raises", "raising", "higher", "advanced", "advances",
                    "advancing", "surged", "surge", "surges", "surging", "soared", "soar", "soaring", "grew", "grow", "grows", "grown", "added",
                    "adding", "improved", "hike", "hikes", "hiked", "rebounded", "widened", "firmed", "boost", "expanded", "expand", "expands",
                    "expanding", "leapt", "leaped", "leap", "leaps", "leaping", "spiked", "rallied",
                    "strengthened"),
            List.of("fell", "fall", "falls", "falling", "fallen", "dropped", "drop", "drops", "dropping", "declined",
                    "decline", "declines", "declining", "dipped", "dip", "dips", "down", "lost", "lose", "loses",
                    "losing", "cut", "cuts", "cutting", "reduced", "reduce", "reduces", "reduction", "slipped", "slip",
                    "slips", "slid", "slide", "slides", "plunged", "plunge", "plunges", "tumbled", "tumble", "shed",
                    "sank", "eased", "lower", "decreased", "decrease", "shrank", "shrunk", "slumped", "slump",
                    "plummeted", "contracted", "weakened", "narrowed", "lowered", "trimmed", "slashed", "contract",
                    "contracts", "contracting", "shrink", "shrinks", "shrinking", "dived", "dove", "dive", "dives",
                    "diving", "tumbles", "tumbling", "plummet", "plummets", "plummeting", "sink", "sinks", "sinking",
                    "slumps", "slumping", "sheds", "shedding", "slash", "slashes", "slashing", "trim", "trims",
                    "trimming", "lowers", "lowering", "weakening", "narrowing"));

    /** Change nouns that make {@code NOUN of X} a change ({@code gains of 4.5%}). */
    static final Map<String, Direction> CHANGE_NOUNS = directions(
            List.of("rise", "rises", "increase", "increases", "gain", "gains", "jump", "hike", "surge", "boost", "climb"),
            List.of("fall", "falls", "drop", "drops", "decline", "declines", "cut", "cuts", "reduction", "reductions",
                    "dip", "slump", "plunge", "decrease"));

    /** Change words that may follow the figure ({@code a 222% rise}, {@code 50% higher}). */
    static final Map<String, Direction> CHANGE_AFTER = directions(
            List.of("rise", "increase", "gain", "jump", "hike", "higher", "up", "surge", "climb", "improvement"),
            List.of("fall", "drop", "decline", "cut", "lower", "down", "reduction", "dip", "slump", "plunge", "decrease"));

    /** Verbs that predicate an amount of their subject ({@code growth would reach 4.4%}). */
    static final Set<String> PREDICATING_VERBS = words(
            "is", "are", "was", "were", "be", "been", "being", "rose", "rise", "rises", "rising", "risen", "fell",
            "fall", "falls", "falling", "fallen", "dipped", "dip", "dips", "climbed", "climbs", "jumped", "jumps",
            "gained", "dropped", "drops", "declined", "declines", "slipped", "slipping", "slips", "increased",
            "decreased", "grew", "grows", "growing", "reach", "reached", "reaches", "totaled", "totalled", "totals",
            "stood", "stand", "stands", "amounted", "amounts", "hit", "came", "surged", "soared", "plunged", "tumbled", "eased",
            "edged", "improved", "raised", "lowered", "averaged", "running", "ran", "scaled", "slid", "sank",
            "narrowed", "widened", "recovering", "recovered", "hold", "held", "holds", "remain", "remained",
            "remains", "stay", "stayed", "stays", "returned", "settled", "closed", "ended", "finished");

    /** Head nouns that stand for what follows them ({@code the number of people} counts people). */
    static final Set<String> CONTAINER_NOUNS = words(
            "number", "numbers", "forecast", "forecasts", "bulk", "amount", "total", "predictions", "prediction",
            "estimates", "figure", "figures", "level", "levels", "majority", "proportion", "share", "percentage");

    /** Function words: never part of a noun phrase. */
    static final Set<String> STOP_WORDS = words(
            "a", "an", "the", "this", "that", "these", "those", "of", "in", "on", "at", "to", "for", "from", "by",
            "with", "without", "as", "and", "or", "but", "nor", "than", "then", "is", "are", "was", "were", "be",
            "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can",
            "could", "may", "might", "must", "it", "its", "they", "them", "their", "he", "him", "his", "she", "her",
            "we", "us", "our", "you", "your", "i", "me", "my", "which", "who", "whom", "whose", "what", "where",
            "when", "while", "why", "how", "if", "so", "not", "no", "all", "each", "every", "some", "any", "also",
            "only", "just", "about", "over", "under", "more", "less", "into", "onto", "per", "via", "after",
            "before", "since", "until", "during", "against", "between", "among", "through", "up", "down", "out",
            "off", "there", "here", "both", "either", "neither", "such", "said", "says", "say", "very", "too",
            "still", "already", "even", "nearly", "almost", "around", "vs", "versus", "ago", "including",
            "according", "despite", "unlike", "like", "across", "along", "within", "upon", "toward", "towards",
            "whether", "because", "although", "though", "once", "whereas", "yet", "'s", "own", "other", "another",
            "overall", "earlier", "later", "again", "now", "overnight", "away", "back", "almost", "than", "last",
            "next", "worth", "due", "each", "apiece", "respectively", "instead", "n't", "don't", "doesn't", "didn't",
            "won't", "can't", "isn't", "aren't", "wasn't", "weren't", "ever", "never", "often", "well", "much",
            "many", "most", "few", "several", "new", "old", "same", "further", "extra", "additional", "record");

    /** Common verbs not recognisable by an -ed ending. */
    static final Set<String> VERBS = words(
            "lost", "rose", "fell", "rise", "rises", "fall", "falls", "grew", "grow", "grows", "won", "win", "wins",
            "made", "make", "makes", "took", "take", "takes", "gave", "give", "gives", "got", "get", "gets", "went",
            "go", "goes", "came", "come", "comes", "left", "leave", "saw", "see", "sees", "paid", "pay", "pays",
            "sold", "sell", "sells", "bought", "buy", "buys", "held", "hold", "holds", "led",
            "hit", "hits", "put", "puts", "kept", "keep", "ran", "run", "runs", "met", "meet", "brought",
            "bring", "told", "tell", "tells", "thought", "think", "thinks", "found", "find", "finds", "became",
            "become", "began", "begin", "begins", "known", "shown", "seen", "taken", "given", "expect", "expects",
            "remain", "remains", "reach", "reaches", "stand", "stands", "stood", "include",
            "includes", "owns", "own", "want", "wants", "die", "dies", "fled", "flee", "spent",
            "spend", "spends", "lose", "loses", "say", "says", "said", "seek", "seeks", "sought", "feel", "felt",
            "mean", "means", "meant", "set", "let", "lets", "read", "reads", "wrote",
            "write", "writes", "owe", "owes", "rang", "sent", "send", "built", "build",
            "allow", "allows", "represent", "represents", "believe",
            "agree", "agrees", "suffer", "remained");

    /** -ed words that are not verbs. */
    static final Set<String> ED_NOUNS = words("hundred", "bed", "beds", "red", "shed", "need", "speed", "seed",
            "feed", "greed", "creed", "breed", "weed", "deed", "reed", "steed", "fed", "med", "bled");

    /** Nouns that are never the object of a figure (time, trading session, grammar words). */
    static final Set<String> NON_OBJECTS = words(
            "year", "years", "month", "months", "week", "weeks", "day", "days", "morning", "afternoon", "evening",
            "night", "trade", "trading", "session", "today", "yesterday", "tomorrow", "time", "terms", "part",
            "addition", "total", "all", "advance", "line", "fact", "case", "order", "term", "average", "basis",
            "contrast", "comparison", "respect", "way", "dealings", "one", "ones", "north", "south", "east", "west",
            "northeast", "northwest", "southeast", "southwest", "thanks", "tune");

    /** Pronouns: an object that is a pronoun is left null. */
    static final Set<String> PRONOUNS = words("them", "us", "it", "these", "those", "which", "whom", "you", "him",
            "her", "me", "this", "that", "they", "we", "he", "she", "i", "ours", "theirs", "whose");

    /** Determiners and possessives skipped between {@code of} and its noun phrase. */
    static final Set<String> DETERMINERS = words("the", "a", "an", "all", "its", "their", "his", "her", "our", "my",
            "your", "these", "those", "this", "that", "some", "each", "every", "both", "any", "such");

    /** Labels after which a bare amount is money in wire earnings tables ({@code Net loss 278,949}). */
    static final Set<String> MONEY_LABELS = words("profit", "loss", "revs", "revenue", "revenues", "sales", "net",
            "income", "earnings", "turnover", "assets", "deposits", "loans", "shr", "div", "dividend", "oper",
            "avg", "shrs");

    /** Trigger words for event counts. */
    static final Map<String, CountType> COUNT_TRIGGERS = countTriggers();

    /** Preceding words marking the number as part of a name or an identifier ({@code Radio 4}, {@code Number 10}). */
    static final Set<String> IDENTIFIER_KEYWORDS = words(
            "no", "no.", "nos", "number", "radio", "channel", "flight", "route", "highway", "level", "section",
            "article", "chapter", "row", "room", "page", "table", "figure", "vol", "volume", "phase", "class",
            "grade", "division", "formula", "war", "apollo", "boeing", "airbus", "windows", "version", "mark",
            "series", "category", "bbc", "tv", "ward", "platform", "gate", "terminal", "studio", "model", "rule",
            "resolution", "item", "clause", "paragraph", "step", "tier", "track", "episode", "season", "psalm",
            "group", "band", "zone", "block", "pier", "lot", "unit", "code", "bill", "proposition", "act", "g",
            "vatican", "opec", "mig", "su", "f", "b", "a", "c", "v", "x", "world", "spot", "playstation");

    /** Words following a number that make it a score ({@code a 2-1 win}). */
    static final Set<String> SCORE_WORDS = words("win", "victory", "defeat", "loss", "draw", "lead", "decision",
            "vote", "verdict", "margin", "scoreline", "thrashing", "triumph", "home", "away", "aggregate", "majority");

    /** Words following a number that make it a clock time. */
    static final Set<String> TIME_OF_DAY = words("am", "pm", "a.m.", "p.m.", "gmt", "bst", "est", "edt", "cet", "utc",
            "hrs", "hours", "local", "jst", "pst", "pdt", "cst", "cdt");

    /** Plural nouns after a year-like number that make it a count ({@code 2000 people}). */
    static final Set<String> COUNTED_NOUNS = words("people", "workers", "jobs", "employees", "staff", "troops",
            "soldiers", "students", "members", "homes", "houses", "cars", "units", "shares", "tonnes", "barrels",
            "police", "officers", "children", "men", "women", "residents", "refugees", "protesters", "fans",
            "visitors", "patients", "passengers", "vehicles", "acres", "hectares", "miles", "km", "companies",
            "firms", "stores", "shops", "branches", "schools", "sites", "tons", "computers", "copies", "pupils");

    private static Map<String, CountType> countTriggers() {
        Map<String, CountType> m = new HashMap<>();
        for (String w : List.of("killed", "kill", "kills", "killing", "dead", "died", "die", "dies", "deaths", "death",
                "murdered", "massacred", "slain", "fatalities", "lives", "drowned", "perished", "shot")) {
            m.put(w, CountType.KILL);
        }
        for (String w : List.of("injured", "injuring", "injures", "injure", "wounded", "wounding", "hurt", "injuries",
                "casualties")) {
            m.put(w, CountType.WOUND);
        }
        for (String w : List.of("arrested", "arrests", "arresting", "arrest", "detained", "detaining", "detain",
                "jailed", "imprisoned", "custody", "detainees", "rounded")) {
            m.put(w, CountType.ARREST);
        }
        for (String w : List.of("kidnapped", "kidnapping", "kidnap", "abducted", "abducting", "abduct", "hostage",
                "hostages")) {
            m.put(w, CountType.KIDNAP);
        }
        for (String w : List.of("evacuated", "evacuating", "evacuate", "evacuation", "evacuees")) {
            m.put(w, CountType.EVACUATE);
        }
        for (String w : List.of("displaced", "displacing", "homeless", "refugees", "fled", "fleeing", "uprooted")) {
            m.put(w, CountType.DISPLACE);
        }
        for (String w : List.of("affected", "affecting", "stranded", "sickened", "infected", "trapped")) {
            m.put(w, CountType.AFFECT);
        }
        return Map.copyOf(m);
    }

    private static Map<String, Direction> directions(List<String> up, List<String> down) {
        Map<String, Direction> m = new HashMap<>();
        up.forEach(w -> m.put(w, Direction.UP));
        down.forEach(w -> m.put(w, Direction.DOWN));
        return Map.copyOf(m);
    }

    /** Word class bit: the word may start a date or duration. */
    static final int DATE_WORD = 1;
    /** Word class bit: the word may start a figure. */
    static final int FIGURE_WORD = 2;

    /**
     * Class bits of the words that can start a mention; looked up once per token by the lexer so the
     * scanners skip all other words without touching the tables.
     */
    static final Map<String, Integer> WORD_CLASSES = wordClasses();

    private static Map<String, Integer> wordClasses() {
        Map<String, Integer> m = new HashMap<>();
        List<String> dateWords = List.of("the", "this", "last", "next", "early", "late", "mid", "today", "yesterday",
                "tomorrow", "tonight", "year", "aged", "age", "ages", "a", "an", "half", "q1", "q2", "q3", "q4", "another", "all",
                "whole", "decade", "century", "month", "week", "day", "hour", "young", "old");
        dateWords.forEach(w -> m.merge(w, DATE_WORD, (x, y) -> x | y));
        for (Set<String> words : List.of(MONTHS.keySet(), WEEKDAYS.keySet(), SEASONS.keySet(), ORDINALS.keySet(),
                SMALL_NUMBERS.keySet())) {
            words.forEach(w -> m.merge(w, DATE_WORD, (x, y) -> x | y));
        }
        for (Set<String> words : List.of(DOLLAR_PREFIXES.keySet(), SYMBOL_PREFIXES.keySet(), SMALL_NUMBERS.keySet(),
                CURRENCY_BEFORE.keySet(), ISO_CODES, CURRENCY_WORDS.keySet(), Set.of("a", "an", "half"))) {
            words.forEach(w -> m.merge(w, FIGURE_WORD, (x, y) -> x | y));
        }
        // A mutable HashMap: its lookups are cheaper than the immutable map's probing on this hot path.
        return m;
    }

    private static Map<String, Integer> firstWords(Set<String> phrases) {
        Map<String, Integer> m = new HashMap<>();
        for (String p : phrases) {
            String[] words = p.split(" ");
            m.merge(words[0], words.length, Math::max);
        }
        return Map.copyOf(m);
    }

    /** A set from a word list; repeated words are harmless. */
    private static Set<String> words(String... list) {
        return Set.copyOf(Arrays.asList(list));
    }

    private static Map<String, Integer> map(Object... kv) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Integer) kv[i + 1]);
        }
        return Map.copyOf(m);
    }
}
