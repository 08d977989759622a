package dev.wireetl.tools.figures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.figures.DateMention;
import dev.wireetl.common.figures.Extraction;
import dev.wireetl.common.figures.Figure;
import dev.wireetl.common.figures.FigureExtractor;
import dev.wireetl.common.figures.FigureKind;
import dev.wireetl.common.figures.TenseHint;
import dev.wireetl.common.syntax.ArticleSyntax;
import dev.wireetl.common.syntax.SyntaxModel;
import dev.wireetl.common.text.SentenceSplitter;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Scores the extractor against a gold file: {@code --gold FILE --corpus DIR [--syntax-model DIR] [--verbose]}
 * (with a syntax model, objects, directions and count types are attached on the dependency tree, as in the job).
 * The gold is
 * either JSON lines (one document each: {@code doc}, {@code published_date}, {@code figures}, {@code dates})
 * or one JSON object ({@code file}, {@code figures}, {@code dates}, as the seed gold). Gold and predicted
 * mentions of a document are paired greedily in order by whitespace-collapsed text.
 */
@Command(name = "evaluate-figures", mixinStandardHelpOptions = true,
        description = "Score figure and date extraction against a gold file (docs/figures.md).")
public final class FigureEvaluation implements Subcommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    public FigureEvaluation() {
    }

    /** One gold document. */
    private record GoldDocument(String name, LocalDate publishedDate, List<JsonNode> figures, List<JsonNode> dates,
            boolean unread) {
    }

    /** Counts of one figure metric: true positives, predicted, gold. */
    private static final class Score {
        int truePositives;
        int predicted;
        int gold;

        double precision() {
            return predicted == 0 ? 0 : (double) truePositives / predicted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) truePositives / gold;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** Right answers among the matched pairs. */
    private static final class Accuracy {
        int right;
        int total;

        double value() {
            return total == 0 ? 0 : (double) right / total;
        }

        void add(boolean ok) {
            total++;
            if (ok) {
                right++;
            }
        }
    }

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl|GOLD.json")
    Path gold;
    @Option(names = "--corpus", required = true, paramLabel = "DIR")
    Path corpus;
    @Option(names = "--verbose", description = "print every miss and false alarm")
    boolean verbose;
    @Option(names = "--syntax-model", paramLabel = "DIR",
            description = "syntax model directory (conf/models/syntax): attach figures on the dependency tree")
    Path syntaxModel;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new ConfigException("gold file not found: " + gold);
        }
        if (!Files.isDirectory(corpus)) {
            throw new ConfigException("corpus directory not found: " + corpus);
        }
        if (syntaxModel != null && !Files.isDirectory(syntaxModel)) {
            throw new ConfigException("syntax model directory not found: " + syntaxModel);
        }
        SyntaxModel model = syntaxModel == null ? null : SyntaxModel.load(syntaxModel);
        run(readGold(gold), new FigureEvalCorpus(corpus), model, verbose, System.out);
        return ExitCode.OK;
    }

    private static List<GoldDocument> readGold(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).strip();
        List<GoldDocument> docs = new ArrayList<>();
        if (text.startsWith("{") && JSON.readTree(text).has("file")) {
            JsonNode root = JSON.readTree(text);
            JsonNode date = root.path("article").path("published_date");
            docs.add(new GoldDocument(root.get("file").asText(), date.isTextual() ? LocalDate.parse(date.asText()) : null,
                    list(root.get("figures")), list(root.get("dates")), false));
            return docs;
        }
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc = JSON.readTree(line);
            JsonNode date = doc.path("published_date");
            docs.add(new GoldDocument(doc.get("doc").asText(), date.isTextual() ? LocalDate.parse(date.asText()) : null,
                    list(doc.get("figures")), list(doc.get("dates")), "unread".equals(doc.path("split").asText())));
        }
        return docs;
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null) {
            array.forEach(out::add);
        }
        return out;
    }

    private static void run(List<GoldDocument> docs, FigureEvalCorpus corpus, SyntaxModel model, boolean verbose,
            PrintStream out)
            throws IOException {
        FigureExtractor extractor = FigureExtractor.standard();
        Score[] overall = {new Score(), new Score(), new Score()};
        Map<FigureKind, Score[]> byKind = new EnumMap<>(FigureKind.class);
        for (FigureKind kind : FigureKind.values()) {
            byKind.put(kind, new Score[] {new Score(), new Score(), new Score()});
        }
        Accuracy qualifier = new Accuracy();
        Accuracy direction = new Accuracy();
        Accuracy countType = new Accuracy();
        Score dates = new Score();
        Accuracy resolved = new Accuracy();
        long tokens = 0;
        long nanos = 0;
        int unreadDocs = 0;
        for (GoldDocument doc : docs) {
            // A document of the unread split is only scored: its errors are never listed.
            boolean listErrors = verbose && !doc.unread();
            unreadDocs += doc.unread() ? 1 : 0;
            FigureEvalCorpus.Document document = corpus.load(doc.name());
            LocalDate date = document.date() != null ? document.date() : doc.publishedDate();
            long start = System.nanoTime();
            ArticleSyntax syntax = model == null ? null : new ArticleSyntax(model, document.body());
            Extraction result = extractor.extract(document.body(), date,
                    SentenceSplitter.instance().sentenceStarts(document.body()), TenseHint.UNKNOWN,
                    syntax);
            nanos += System.nanoTime() - start;
            tokens += countTokens(document.body());
            if (listErrors) {
                out.println("== " + doc.name());
            }
            scoreFigures(doc, result.figures(), syntax, overall, byKind, qualifier, direction, countType, listErrors,
                    out);
            scoreDates(doc, result.dates(), dates, resolved, listErrors, out);
        }
        if (verbose && unreadDocs > 0) {
            out.println("errors not listed for " + unreadDocs + " documents of the unread split");
        }
        out.printf(Locale.ROOT, "documents=%d gold_figures=%d predicted_figures=%d gold_dates=%d predicted_dates=%d%n",
                docs.size(), overall[0].gold, overall[0].predicted, dates.gold, dates.predicted);
        String[] levels = {"value+kind", "value+kind+unit", "value+kind+unit+object"};
        for (FigureKind kind : FigureKind.values()) {
            Score[] s = byKind.get(kind);
            for (int level = 0; level < 3; level++) {
                print(out, "figures[" + kind + "] " + levels[level], s[level]);
            }
        }
        for (int level = 0; level < 3; level++) {
            print(out, "figures " + levels[level], overall[level]);
        }
        out.printf(Locale.ROOT, "figures qualifier accuracy=%.4f n=%d%n", qualifier.value(), qualifier.total);
        out.printf(Locale.ROOT, "figures direction accuracy=%.4f n=%d%n", direction.value(), direction.total);
        out.printf(Locale.ROOT, "figures count_type accuracy=%.4f n=%d%n", countType.value(), countType.total);
        print(out, "dates text", dates);
        out.printf(Locale.ROOT, "dates resolved accuracy=%.4f n=%d%n", resolved.value(), resolved.total);
        double seconds = nanos / 1e9;
        out.printf(Locale.ROOT, "speed tokens=%d tokens_per_second=%.0f%n", tokens, seconds == 0 ? 0 : tokens / seconds);
    }

    private static void print(PrintStream out, String name, Score s) {
        out.printf(Locale.ROOT, "%s precision=%.4f recall=%.4f f1=%.4f tp=%d predicted=%d gold=%d%n", name,
                s.precision(), s.recall(), s.f1(), s.truePositives, s.predicted, s.gold);
    }

    static long countTokens(String text) {
        long count = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inToken) {
                count++;
            }
            inToken = !space;
        }
        return count;
    }

    private static String collapse(String s) {
        return String.join(" ", s.strip().split("\\s+"));
    }

    /** Pairs gold and predicted by collapsed text, greedily in order; returns predicted index per gold or -1. */
    private static int[] pair(List<String> gold, List<String> predicted) {
        int[] match = new int[gold.size()];
        boolean[] used = new boolean[predicted.size()];
        for (int g = 0; g < gold.size(); g++) {
            match[g] = -1;
            for (int p = 0; p < predicted.size(); p++) {
                if (!used[p] && predicted.get(p).equals(gold.get(g))) {
                    used[p] = true;
                    match[g] = p;
                    break;
                }
            }
        }
        return match;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static boolean sameNumber(JsonNode gold, Double predicted) {
        if (gold == null || gold.isNull()) {
            return predicted == null;
        }
        return predicted != null && Math.abs(gold.asDouble() - predicted) <= 1e-6 * Math.max(1, Math.abs(predicted));
    }

    private static void scoreFigures(GoldDocument doc, List<Figure> predicted, ArticleSyntax syntax, Score[] overall,
            Map<FigureKind, Score[]> byKind, Accuracy qualifier, Accuracy direction, Accuracy countType,
            boolean verbose, PrintStream out) {
        List<String> goldTexts = new ArrayList<>();
        doc.figures().forEach(g -> goldTexts.add(collapse(g.get("text").asText())));
        List<String> predictedTexts = new ArrayList<>();
        predicted.forEach(f -> predictedTexts.add(collapse(f.text())));
        int[] match = pair(goldTexts, predictedTexts);
        boolean[] matched = new boolean[predicted.size()];
        for (Figure f : predicted) {
            for (Score s : overall) {
                s.predicted++;
            }
            for (Score s : byKind.get(f.kind())) {
                s.predicted++;
            }
        }
        for (int g = 0; g < match.length; g++) {
            JsonNode gold = doc.figures().get(g);
            FigureKind kind = FigureKind.valueOf(gold.get("kind").asText());
            for (Score s : overall) {
                s.gold++;
            }
            for (Score s : byKind.get(kind)) {
                s.gold++;
            }
            if (match[g] < 0) {
                if (verbose) {
                    out.println("  MISS      " + gold);
                }
                continue;
            }
            matched[match[g]] = true;
            Figure f = predicted.get(match[g]);
            boolean valueKind = f.kind() == kind && sameNumber(gold.get("value"), f.value());
            boolean unit = valueKind && Objects.equals(text(gold, "unit"), f.unit());
            boolean object = unit && Objects.equals(text(gold, "object"), f.object());
            boolean[] levels = {valueKind, unit, object};
            for (int level = 0; level < 3; level++) {
                if (levels[level]) {
                    overall[level].truePositives++;
                    byKind.get(kind)[level].truePositives++;
                }
            }
            String goldQualifier = gold.has("qualifier") ? gold.get("qualifier").asText() : "EXACT";
            String goldDirection = text(gold, "direction");
            String goldCountType = text(gold, "count_type");
            if (valueKind) {
                qualifier.add(goldQualifier.equals(f.qualifier().name()));
                direction.add(Objects.equals(goldDirection, f.direction() == null ? null : f.direction().name()));
                countType.add(Objects.equals(goldCountType, f.countType() == null ? null : f.countType().name()));
            }
            boolean allRight = object && goldQualifier.equals(f.qualifier().name())
                    && Objects.equals(goldDirection, f.direction() == null ? null : f.direction().name())
                    && Objects.equals(goldCountType, f.countType() == null ? null : f.countType().name());
            if (verbose && !allRight) {
                out.println("  WRONG     " + gold);
                out.println("       got  " + f);
                if (syntax != null) {
                    out.print(syntax.sentence(syntax.sentenceIndexAt(f.begin())).toConllu().indent(12));
                }
            }
        }
        if (verbose) {
            for (int p = 0; p < predicted.size(); p++) {
                if (!matched[p]) {
                    out.println("  SPURIOUS  " + predicted.get(p));
                }
            }
        }
    }

    private static void scoreDates(GoldDocument doc, List<DateMention> predicted, Score dates, Accuracy resolved,
            boolean verbose, PrintStream out) {
        List<String> goldTexts = new ArrayList<>();
        doc.dates().forEach(g -> goldTexts.add(collapse(g.get("text").asText())));
        List<String> predictedTexts = new ArrayList<>();
        predicted.forEach(d -> predictedTexts.add(collapse(d.text())));
        int[] match = pair(goldTexts, predictedTexts);
        boolean[] matched = new boolean[predicted.size()];
        dates.predicted += predicted.size();
        dates.gold += match.length;
        for (int g = 0; g < match.length; g++) {
            JsonNode gold = doc.dates().get(g);
            if (match[g] < 0) {
                if (verbose) {
                    out.println("  MISS      " + gold);
                }
                continue;
            }
            matched[match[g]] = true;
            dates.truePositives++;
            DateMention d = predicted.get(match[g]);
            boolean ok = Objects.equals(text(gold, "resolved"), d.resolved());
            resolved.add(ok);
            if (verbose && (!ok || !gold.get("kind").asText().equals(d.kind().name()))) {
                out.println("  WRONG     " + gold);
                out.println("       got  " + d);
            }
        }
        if (verbose) {
            for (int p = 0; p < predicted.size(); p++) {
                if (!matched[p]) {
                    out.println("  SPURIOUS  " + predicted.get(p));
                }
            }
        }
    }
}
