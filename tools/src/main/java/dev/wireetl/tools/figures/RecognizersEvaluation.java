package dev.wireetl.tools.figures;

import dev.wireetl.common.figures.DateKind;
import dev.wireetl.common.figures.DateMention;
import dev.wireetl.common.figures.Extraction;
import dev.wireetl.common.figures.Figure;
import dev.wireetl.common.figures.FigureExtractor;
import dev.wireetl.common.figures.FigureKind;
import dev.wireetl.common.text.SentenceSplitter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wireetl.common.config.ConfigException;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Runs the English specification cases of Microsoft Recognizers-Text (a peer's test suite, MIT) through the
 * project's figure and date extractor: {@code --specs DIR} (the folder holding {@code Number/},
 * {@code NumberWithUnit/}, {@code DateTime/}). Prints per spec file {@code passed / compared / left out} with
 * the reasons cases are left out (a convention the extraction spec here decides differently), and ends with
 * {@code recognizers passed=P compared=C}.
 *
 * <p>A case passes when every expected result is matched by a mention of ours that overlaps its span with the
 * same kind and value (and unit, resolution or period where the file gives one), and, for a case expecting
 * nothing, when we find nothing of that kind.
 */
@Command(name = "evaluate-recognizers", mixinStandardHelpOptions = true,
        description = "Run Microsoft Recognizers-Text English specs through the figure and date extractor.")
public final class RecognizersEvaluation implements Subcommand {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a spec file checks and how its results are compared. */
    enum SpecKind { NUMBER, PERCENT, CURRENCY, DIMENSION, DATE, DATE_PERIOD, DURATION, DATE_SPAN, DATE_PERIOD_SPAN,
        DURATION_SPAN }

    /** Spec files run, relative to the specs folder, in print order. */
    static final Map<String, SpecKind> FILES = new TreeMap<>(Map.of(
            "Number/English/NumberModel.json", SpecKind.NUMBER,
            "Number/English/PercentModel.json", SpecKind.PERCENT,
            "NumberWithUnit/English/CurrencyModel.json", SpecKind.CURRENCY,
            "NumberWithUnit/English/DimensionModel.json", SpecKind.DIMENSION,
            "DateTime/English/DateParser.json", SpecKind.DATE,
            "DateTime/English/DatePeriodParser.json", SpecKind.DATE_PERIOD,
            "DateTime/English/DurationParser.json", SpecKind.DURATION,
            "DateTime/English/DateExtractor.json", SpecKind.DATE_SPAN,
            "DateTime/English/DatePeriodExtractor.json", SpecKind.DATE_PERIOD_SPAN,
            "DateTime/English/DurationExtractor.json", SpecKind.DURATION_SPAN));

    // Reasons a case is left out: conventions of ../shared/docs/extraction-spec.md that differ from the peer's.
    static final String LOWER_CASE_NAME = "lower-case month or weekday name (news capitalises them; `may`, `march`, "
            + "`sun` are words here)";
    static final String TIME_OF_DAY = "time of day (not a date or figure here)";
    static final String IDENTIFIER = "identifier such as an address or version (not a figure here)";
    static final String ORDINAL = "ordinal (not a figure here)";
    static final String DATE_NUMBER = "number that is part of a date or duration (dates and durations are not figures here)";
    static final String NO_ISO_CODE = "currency without an ISO 4217 code (units are ISO codes here)";
    static final String SPOKEN_RANGE = "open-ended range without a figure (`before`, `after`, `since`: not a date here)";

    private static final Set<String> LOWER_NAMES = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern CLOCK = Pattern.compile("\\d{1,2}:\\d{2}|\\d\\s?(am|pm|a\\.m\\.|p\\.m\\.)\\b|"
            + "\\b(noon|midnight|morning|afternoon|evening|tonight|night)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED_IDENTIFIER = Pattern.compile("\\d+\\.\\d+\\.\\d+");
    private static final Pattern ORDINAL_TEXT = Pattern.compile("(?i)\\b(\\d+(st|nd|rd|th)|first|second|third|"
            + "fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+tieth|hundredth|thousandth)\\b");
    private static final Pattern OPEN_RANGE = Pattern.compile("(?i)^(before|after|since|until|till|by|from)\\b");

    /** Expected currency names to ISO 4217 code and the factor from their value to ours (cents convert). */
    private record Currency(String code, double factor) {
    }

    private static final Map<String, Currency> CURRENCIES = Map.ofEntries(
            Map.entry("Dollar", new Currency("USD", 1)), Map.entry("United States dollar", new Currency("USD", 1)),
            Map.entry("Cent", new Currency("USD", 0.01)), Map.entry("Euro", new Currency("EUR", 1)),
            Map.entry("Pound", new Currency("GBP", 1)), Map.entry("British pound", new Currency("GBP", 1)),
            Map.entry("Pence", new Currency("GBP", 0.01)), Map.entry("Penny", new Currency("GBP", 0.01)),
            Map.entry("Chinese yuan", new Currency("CNY", 1)), Map.entry("Japanese yen", new Currency("JPY", 1)),
            Map.entry("Canadian dollar", new Currency("CAD", 1)), Map.entry("Australian dollar", new Currency("AUD", 1)),
            Map.entry("New Zealand dollar", new Currency("NZD", 1)), Map.entry("Hong Kong dollar", new Currency("HKD", 1)),
            Map.entry("Franc", new Currency("FRF", 1)), Map.entry("Swiss franc", new Currency("CHF", 1)),
            Map.entry("Turkish lira", new Currency("TRY", 1)), Map.entry("Rupee", new Currency("INR", 1)),
            Map.entry("Sri Lankan rupee", new Currency("LKR", 1)), Map.entry("Mexican peso", new Currency("MXN", 1)),
            Map.entry("Finnish markka", new Currency("FIM", 1)), Map.entry("Peseta", new Currency("ESP", 1)),
            Map.entry("Netherlands guilder", new Currency("NLG", 1)), Map.entry("Costa Rican colón", new Currency("CRC", 1)),
            Map.entry("Georgian lari", new Currency("GEL", 1)), Map.entry("Lao kip", new Currency("LAK", 1)));

    /** Expected dimension unit names to the canonical unit names of the extractor. */
    private static final Map<String, String> DIMENSION_UNITS = Map.ofEntries(
            Map.entry("Foot", "ft"), Map.entry("Meter", "m"), Map.entry("Mile", "mile"), Map.entry("Pound", "lb"),
            Map.entry("Gallon", "gallon"), Map.entry("Ton", "tonne"), Map.entry("Metric ton", "tonne"),
            Map.entry("Kilometer per hour", "km/h"), Map.entry("Mile per hour", "mph"), Map.entry("Kilogram", "kg"),
            Map.entry("Gram", "g"), Map.entry("Inch", "inch"), Map.entry("Square meter", "m2"),
            Map.entry("Square kilometer", "km2"), Map.entry("Kilometer", "km"), Map.entry("Millimeter", "mm"),
            Map.entry("Centimeter", "cm"), Map.entry("Acre", "acre"), Map.entry("Barrel", "barrel"),
            Map.entry("Cubic foot", "ft3"), Map.entry("Ounce", "ounce"), Map.entry("Megabyte", "MB"),
            Map.entry("Milliliter", "ml"), Map.entry("Liter", "litre"));

    /** Scores of one spec file. */
    public record FileScore(String file, int passed, int compared, Map<String, Integer> leftOut) {
        public int leftOutTotal() {
            return leftOut.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    public RecognizersEvaluation() {
    }

    @Option(names = "--specs", required = true, paramLabel = "DIR",
            description = "the folder holding Number/, NumberWithUnit/ and DateTime/")
    Path specs;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(specs)) {
            throw new ConfigException("specs directory not found: " + specs);
        }
        run(specs, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        return ExitCode.OK;
    }

    /** Runs every known spec file present under specs; prints and returns the per-file scores. */
    public static List<FileScore> run(Path specs, PrintStream out) throws IOException {
        List<FileScore> scores = new ArrayList<>();
        for (Map.Entry<String, SpecKind> file : FILES.entrySet()) {
            Path path = specs.resolve(file.getKey());
            if (!Files.isRegularFile(path)) {
                continue;
            }
            JsonNode cases = JSON.readTree(Files.readString(path, StandardCharsets.UTF_8).replace("\uFEFF", ""));
            if (!cases.isArray()) {
                throw new IOException("not a JSON array of cases: " + path);
            }
            FileScore score = score(file.getKey(), file.getValue(), cases);
            scores.add(score);
            out.printf(Locale.ROOT, "%s passed=%d compared=%d left_out=%d%n", score.file(), score.passed(),
                    score.compared(), score.leftOutTotal());
            score.leftOut().forEach((reason, n) -> out.printf(Locale.ROOT, "  left out %d: %s%n", n, reason));
        }
        int passed = scores.stream().mapToInt(FileScore::passed).sum();
        int compared = scores.stream().mapToInt(FileScore::compared).sum();
        out.printf(Locale.ROOT, "recognizers passed=%d compared=%d%n", passed, compared);
        return scores;
    }

    static FileScore score(String file, SpecKind kind, JsonNode cases) {
        int passed = 0;
        int compared = 0;
        Map<String, Integer> leftOut = new TreeMap<>();
        for (JsonNode c : cases) {
            String input = c.path("Input").asText();
            List<JsonNode> expected = new ArrayList<>();
            c.path("Results").forEach(expected::add);
            String reason = leftOutReason(kind, input, expected);
            if (reason != null) {
                leftOut.merge(reason, 1, Integer::sum);
                continue;
            }
            LocalDate reference = referenceDate(c);
            Extraction x = FigureExtractor.standard().extract(input, reference,
                    SentenceSplitter.instance().sentenceStarts(input));
            compared++;
            if (passes(kind, expected, x)) {
                passed++;
            }
        }
        return new FileScore(file, passed, compared, leftOut);
    }

    private static LocalDate referenceDate(JsonNode c) {
        String reference = c.path("Context").path("ReferenceDateTime").asText("");
        return reference.length() >= 10 ? LocalDate.parse(reference.substring(0, 10)) : null;
    }

    /** The convention that keeps a case out of the comparison, or null to compare it. */
    static String leftOutReason(SpecKind kind, String input, List<JsonNode> expected) {
        for (JsonNode r : expected) {
            String text = r.path("Text").asText();
            switch (kind) {
                case NUMBER -> {
                    if (DOTTED_IDENTIFIER.matcher(input).find()) {
                        return IDENTIFIER;
                    }
                    if (ORDINAL_TEXT.matcher(text).find()) {
                        return ORDINAL;
                    }
                }
                case CURRENCY -> {
                    if (!CURRENCIES.containsKey(r.path("Resolution").path("unit").asText())) {
                        return NO_ISO_CODE;
                    }
                }
                case DATE, DATE_PERIOD, DATE_SPAN, DATE_PERIOD_SPAN, DURATION, DURATION_SPAN -> {
                    if (CLOCK.matcher(text).find()) {
                        return TIME_OF_DAY;
                    }
                    if (hasLowerCaseName(text)) {
                        return LOWER_CASE_NAME;
                    }
                    if ((kind == SpecKind.DATE_PERIOD || kind == SpecKind.DATE_PERIOD_SPAN)
                            && OPEN_RANGE.matcher(text).find() && !text.matches(".*\\d.*")) {
                        return SPOKEN_RANGE;
                    }
                }
                default -> {
                }
            }
        }
        if (kind == SpecKind.NUMBER && expected.isEmpty() && hasLowerCaseName(input)) {
            return DATE_NUMBER;
        }
        return null;
    }

    private static boolean hasLowerCaseName(String text) {
        var m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (LOWER_NAMES.contains(w) && Character.isLowerCase(w.charAt(0))) {
                return true;
            }
        }
        return false;
    }

    private static boolean passes(SpecKind kind, List<JsonNode> expected, Extraction x) {
        if (expected.isEmpty()) {
            return switch (kind) {
                // The number model leaves numbers with units to the unit models: only a bare count would be wrong.
                case NUMBER -> x.figures().stream().noneMatch(f -> f.kind() == FigureKind.COUNT);
                case PERCENT -> x.figures().stream().noneMatch(f -> f.kind() == FigureKind.PERCENT);
                case CURRENCY -> x.figures().stream().noneMatch(f -> f.kind() == FigureKind.MONEY);
                case DIMENSION -> x.figures().stream().noneMatch(f -> f.kind() == FigureKind.QUANTITY);
                case DURATION, DURATION_SPAN -> x.dates().stream().noneMatch(d -> d.kind() == DateKind.DURATION);
                default -> x.dates().stream().noneMatch(d -> d.kind() == DateKind.DATE);
            };
        }
        for (JsonNode r : expected) {
            if (!matched(kind, r, x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matched(SpecKind kind, JsonNode r, Extraction x) {
        int begin = r.path("Start").asInt();
        // Number-with-unit files give an inclusive End; date-time files give a Length.
        int end = r.has("Length") ? begin + r.path("Length").asInt() : r.path("End").asInt() + 1;
        JsonNode resolution = r.path("Resolution");
        for (Figure f : x.figures()) {
            if (f.end() <= begin || f.begin() >= end) {
                continue;
            }
            switch (kind) {
                case NUMBER -> {
                    double v = number(resolution.path("value").asText());
                    if (same(f.value(), v) || f.kind() == FigureKind.PERCENT && same(f.value(), v * 100)) {
                        return true;
                    }
                }
                case PERCENT -> {
                    if (f.kind() == FigureKind.PERCENT && same(f.value(), number(resolution.path("value").asText()
                            .replace("%", "")))) {
                        return true;
                    }
                }
                case CURRENCY -> {
                    Currency c = CURRENCIES.get(resolution.path("unit").asText());
                    if (f.kind() == FigureKind.MONEY && c.code().equals(f.unit())
                            && same(f.value(), number(resolution.path("value").asText()) * c.factor())) {
                        return true;
                    }
                }
                case DIMENSION -> {
                    String unit = DIMENSION_UNITS.get(resolution.path("unit").asText());
                    if (f.kind() == FigureKind.QUANTITY && unit != null && unit.equals(f.unit())
                            && same(f.value(), number(resolution.path("value").asText()))) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        for (DateMention d : x.dates()) {
            if (d.end() <= begin || d.begin() >= end) {
                continue;
            }
            JsonNode value = r.path("Value");
            switch (kind) {
                case DATE -> {
                    if (d.kind() == DateKind.DATE && d.resolved() != null
                            && (d.resolved().equals(value.path("PastResolution").path("date").asText())
                            || d.resolved().equals(value.path("FutureResolution").path("date").asText()))) {
                        return true;
                    }
                }
                case DATE_PERIOD -> {
                    String start = periodStart(d.resolved());
                    if (d.kind() == DateKind.DATE && start != null
                            && (start.equals(value.path("PastResolution").path("startDate").asText())
                            || start.equals(value.path("FutureResolution").path("startDate").asText()))) {
                        return true;
                    }
                }
                case DURATION -> {
                    if (d.kind() == DateKind.DURATION && value.path("Timex").asText().equals(d.resolved())) {
                        return true;
                    }
                }
                case DATE_SPAN, DATE_PERIOD_SPAN -> {
                    if (d.kind() == DateKind.DATE) {
                        return true;
                    }
                }
                case DURATION_SPAN -> {
                    if (d.kind() == DateKind.DURATION) {
                        return true;
                    }
                }
                default -> {
                }
            }
        }
        return false;
    }

    /** First day of a resolved date value ({@code 2016}, {@code 2016-11}, {@code 2016-W45}, {@code 2016-Q1}, a range). */
    static String periodStart(String resolved) {
        if (resolved == null) {
            return null;
        }
        String first = resolved.contains("/") ? resolved.substring(0, resolved.indexOf('/')) : resolved;
        try {
            if (first.matches("\\d{4}")) {
                return first + "-01-01";
            }
            if (first.matches("\\d{4}-\\d{2}")) {
                return first + "-01";
            }
            if (first.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return first;
            }
            if (first.matches("\\d{4}-W\\d{2}")) {
                return LocalDate.of(Integer.parseInt(first.substring(0, 4)), 1, 4)
                        .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(first.substring(6)))
                        .with(java.time.DayOfWeek.MONDAY).toString();
            }
            if (first.matches("\\d{4}-Q[1-4]")) {
                return LocalDate.of(Integer.parseInt(first.substring(0, 4)), 3 * (first.charAt(6) - '1') + 1, 1).toString();
            }
            if (first.matches("\\d{4}-H[12]")) {
                return LocalDate.of(Integer.parseInt(first.substring(0, 4)), first.charAt(6) == '1' ? 1 : 7, 1).toString();
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.replace(",", ""));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean same(Double got, double expected) {
        return got != null && Math.abs(got - expected) <= 1e-6 * Math.max(1, Math.abs(expected));
    }
}
