package dev.wireetl.tools.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.entities.EntityExtractor;
import dev.wireetl.common.entities.EntityMention;
import dev.wireetl.common.quotes.Quotation;
import dev.wireetl.common.quotes.QuotationExtractor;
import dev.wireetl.common.syntax.ArticleSyntax;
import dev.wireetl.common.syntax.SyntaxModel;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import dev.wireetl.tools.figures.FigureEvalCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores quotations against the gold of docs/quotations.md: {@code --gold FILE --corpus DIR}. Gold lines name a
 * document ({@code doc}: relative to the corpus, or {@code sample-input/…} relative to the working directory),
 * its {@code split} and its {@code quotations} ({@code text}, {@code speaker}). A predicted quotation matches a
 * gold one when their spans overlap (one-to-one, in text order); its speaker is right when the canonical names
 * agree after {@link #normalise}. Errors are listed (with {@code --verbose}) for the read split only.
 */
@Command(name = "evaluate-quotations", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Score quotation spans and speakers against a gold file (docs/quotations.md); "
                + "ends with 'quotations span f1=F speaker f1=S'.")
public final class QuotationEvaluation implements Subcommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE_INPUT = "sample-input/";

    @Option(names = "--gold", required = true, paramLabel = "FILE.jsonl")
    Path gold;
    @Option(names = "--corpus", required = true, paramLabel = "DIR")
    Path corpus;
    @Option(names = "--syntax-model", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
    Path syntaxModel = Path.of("conf/models/syntax");
    @Option(names = "--ner-model", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
    Path nerModel = Path.of("conf/models/ner");
    @Option(names = "--gazetteer", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
    Path gazetteer = Path.of("conf/gazetteer");
    @Option(names = "--verbose", description = "print every miss and false alarm of the read split")
    boolean verbose;

    public QuotationEvaluation() {
    }

    /** One gold quotation with its located span. */
    record GoldQuotation(int begin, int end, String text, String speaker) {
    }

    /** True positives, predicted, gold. */
    static final class Score {
        int truePositives;
        int predicted;
        int gold;

        double f1() {
            double p = predicted == 0 ? 0 : (double) truePositives / predicted;
            double r = gold == 0 ? 0 : (double) truePositives / gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String line() {
            return String.format(Locale.ROOT, "precision=%.4f recall=%.4f f1=%.4f tp=%d predicted=%d gold=%d",
                    predicted == 0 ? 0 : (double) truePositives / predicted,
                    gold == 0 ? 0 : (double) truePositives / gold, f1(), truePositives, predicted, gold);
        }

        void add(Score other) {
            truePositives += other.truePositives;
            predicted += other.predicted;
            gold += other.gold;
        }
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(gold)) {
            throw new ConfigException("gold file not found: " + gold);
        }
        if (!Files.isDirectory(corpus)) {
            throw new ConfigException("corpus directory not found: " + corpus);
        }
        SyntaxModel syntax = SyntaxModel.load(syntaxModel);
        EntityExtractor entities = EntityExtractor.load(nerModel, gazetteer);
        FigureEvalCorpus corpusDocs = new FigureEvalCorpus(corpus);
        FigureEvalCorpus repoDocs = new FigureEvalCorpus(Path.of("."));
        Score[] spans = {new Score(), new Score()};
        Score[] speakers = {new Score(), new Score()};
        PrintStream out = System.out;
        int documents = 0;
        for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode doc = JSON.readTree(line);
            String name = doc.get("doc").asText();
            boolean unread = "unread".equals(doc.path("split").asText());
            String body = (name.startsWith(SAMPLE_INPUT) ? repoDocs : corpusDocs).load(name).body();
            List<GoldQuotation> goldQuotes = locate(name, body, doc.get("quotations"));
            List<Quotation> predicted = QuotationExtractor.standard().extract(new ArticleSyntax(syntax, body),
                    entities.extract(body));
            boolean list = verbose && !unread;
            if (list) {
                out.println("== " + name);
            }
            score(goldQuotes, predicted, spans[unread ? 1 : 0], speakers[unread ? 1 : 0], list, out);
            documents++;
        }
        out.printf(Locale.ROOT, "documents=%d%n", documents);
        String[] splits = {"read", "unread"};
        for (int s = 0; s < 2; s++) {
            out.printf(Locale.ROOT, "%s span %s%n", splits[s], spans[s].line());
            out.printf(Locale.ROOT, "%s speaker %s%n", splits[s], speakers[s].line());
        }
        spans[0].add(spans[1]);
        speakers[0].add(speakers[1]);
        out.printf(Locale.ROOT, "quotations span f1=%.4f speaker f1=%.4f%n", spans[0].f1(), speakers[0].f1());
        return ExitCode.OK;
    }

    /**
     * Each gold text's span: its first occurrence at or after the previous gold quotation's start, spaces not
     * counted (GMB documents are rebuilt from tokens, so {@code " flat wrong . "} is written {@code "flat wrong."}).
     */
    static List<GoldQuotation> locate(String name, String body, JsonNode quotations) throws IOException {
        StringBuilder compact = new StringBuilder(body.length());
        int[] offset = new int[body.length() + 1];
        for (int i = 0; i < body.length(); i++) {
            if (!Character.isWhitespace(body.charAt(i))) {
                offset[compact.length()] = i;
                compact.append(body.charAt(i));
            }
        }
        List<GoldQuotation> located = new ArrayList<>();
        int from = 0;
        for (JsonNode q : quotations) {
            String text = q.get("text").asText().replaceAll("\\s+", "");
            int at = compact.indexOf(text, from);
            if (at < 0) {
                at = compact.indexOf(text);
            }
            if (at < 0 || text.isEmpty()) {
                throw new IOException("gold quotation not in " + name + ": " + q.get("text").asText());
            }
            int begin = offset[at];
            int end = offset[at + text.length() - 1] + 1;
            JsonNode speaker = q.get("speaker");
            located.add(new GoldQuotation(begin, end, body.substring(begin, end),
                    speaker == null || speaker.isNull() ? null : speaker.asText()));
            from = at;
        }
        return located;
    }

    static void score(List<GoldQuotation> gold, List<Quotation> predicted, Score spans, Score speakers, boolean list,
                      PrintStream out) {
        boolean[] goldUsed = new boolean[gold.size()];
        spans.gold += gold.size();
        spans.predicted += predicted.size();
        for (GoldQuotation g : gold) {
            speakers.gold += g.speaker() == null ? 0 : 1;
        }
        for (Quotation p : predicted) {
            if (p.speakerCanonical() != null) {
                speakers.predicted++;
            }
            int match = -1;
            for (int g = 0; g < gold.size() && match < 0; g++) {
                if (!goldUsed[g] && gold.get(g).begin() < p.end() && p.begin() < gold.get(g).end()) {
                    match = g;
                }
            }
            if (match < 0) {
                if (list) {
                    out.println("  false alarm: " + p.kind() + " [" + p.speakerCanonical() + "] " + p.text());
                }
                continue;
            }
            goldUsed[match] = true;
            spans.truePositives++;
            GoldQuotation g = gold.get(match);
            boolean right = g.speaker() != null && p.speakerCanonical() != null
                    && normalise(g.speaker()).equals(normalise(p.speakerCanonical()));
            if (right) {
                speakers.truePositives++;
            } else if (list && g.speaker() != null) {
                out.println("  wrong speaker: " + p.speakerCanonical() + " (" + p.speakerText() + ") for " + g.speaker()
                        + ": " + p.text());
            }
        }
        for (int g = 0; g < gold.size(); g++) {
            if (!goldUsed[g] && list) {
                out.println("  missed: [" + gold.get(g).speaker() + "] " + gold.get(g).text());
            }
        }
    }

    /** Case, curly apostrophes, spacing before {@code 's}, a leading article and edge punctuation do not count. */
    static String normalise(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+'s", "'s")
                .replaceAll("\\s+", " ").trim();
        n = n.replaceFirst("^(the|a|an) ", "");
        return n.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
    }
}
