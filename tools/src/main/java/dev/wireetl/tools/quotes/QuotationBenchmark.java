package dev.wireetl.tools.quotes;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.entities.EntityExtractor;
import dev.wireetl.common.entities.EntityMention;
import dev.wireetl.common.quotes.Quotation;
import dev.wireetl.common.quotes.QuotationExtractor;
import dev.wireetl.common.syntax.ArticleSyntax;
import dev.wireetl.common.syntax.SyntaxModel;
import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;
import dev.wireetl.common.tone.ToneScorer;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Single-thread speed of quotations + tone as {@code QuotationStep} runs them: tokenise, parse the sentences
 * with a speech verb, extract and resolve quotations, score the article's and each quotation's tone. The entity
 * mentions the speakers need come from the entity step in the job; here they are extracted once before the
 * timed rounds. {@code --corpus DIR [--warmup N] [--rounds N]}; tokens are the tokenizer's tokens.
 */
@Command(name = "benchmark-quotations", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Quotation + tone speed without Spark, parse included (docs/quotations.md).")
public final class QuotationBenchmark implements Subcommand {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "folder of *.txt files")
    Path corpus;
    @Option(names = "--warmup", defaultValue = "2", paramLabel = "N")
    int warmup;
    @Option(names = "--rounds", defaultValue = "3", paramLabel = "N")
    int rounds;
    @Option(names = "--syntax-model", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
    Path syntaxModel = Path.of("conf/models/syntax");
    @Option(names = "--ner-model", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
    Path nerModel = Path.of("conf/models/ner");
    @Option(names = "--gazetteer", paramLabel = "DIR", description = "default: ${DEFAULT-VALUE}")
    Path gazetteer = Path.of("conf/gazetteer");

    public QuotationBenchmark() {
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(corpus) || rounds < 1) {
            throw new ConfigException(rounds < 1 ? "--rounds must be at least 1" : "corpus directory not found: " + corpus);
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(corpus)) {
            for (Path p : walk.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().toList()) {
                texts.add(new String(Files.readAllBytes(p), StandardCharsets.UTF_8)); // a few BBC files are not UTF-8
            }
        }
        if (texts.isEmpty()) {
            throw new ConfigException("no *.txt files under " + corpus);
        }
        SyntaxModel model = SyntaxModel.load(syntaxModel);
        EntityExtractor entities = EntityExtractor.load(nerModel, gazetteer);
        List<List<EntityMention>> mentions = new ArrayList<>(texts.size());
        long tokens = 0;
        for (String text : texts) {
            mentions.add(entities.extract(text));
            tokens += Tokenizer.instance().tokenize(text).size();
        }
        long[] counts = new long[3];
        for (int r = 0; r < warmup; r++) {
            runOnce(model, texts, mentions, counts);
        }
        counts = new long[3];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            runOnce(model, texts, mentions, counts);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double total = tokens * (double) rounds;
        System.out.printf(Locale.ROOT, "files=%d tokens=%d rounds=%d quotations=%d sentences=%d parsed=%d%n",
                texts.size(), tokens, rounds, counts[0] / rounds, counts[1] / rounds, counts[2] / rounds);
        System.out.printf(Locale.ROOT, "speed tokens_per_second=%.0f tokens_per_thread_cpu_second=%.0f%n",
                total / seconds, total / cpuSeconds);
        return ExitCode.OK;
    }

    /** One pass over the corpus; adds quotations, sentences and parsed sentences to {@code counts}. */
    private static void runOnce(SyntaxModel model, List<String> texts, List<List<EntityMention>> mentions,
                                long[] counts) {
        ToneScorer tone = ToneScorer.standard();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            List<Token> tokens = Tokenizer.instance().tokenize(text);
            ArticleSyntax syntax = new ArticleSyntax(model, text, tokens);
            List<Quotation> quotations = QuotationExtractor.standard().extract(syntax, mentions.get(i));
            double sink = tone.score(text, tokens).tone();
            for (Quotation q : quotations) {
                sink += tone.score(q.text()).tone();
            }
            counts[0] += quotations.size() + (sink == Double.MAX_VALUE ? 1 : 0);
            counts[1] += syntax.sentenceCount();
            counts[2] += syntax.parsedCount();
        }
    }
}
