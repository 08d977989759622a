package dev.wireetl.tools.bench;

import dev.wireetl.common.entities.Gazetteer;
import dev.wireetl.common.entities.ResourceOpener;
import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The raw-limit baseline: what one thread does with no Spark, no parsing, no tagger and no output — list the
 * files, read their bytes, decode UTF-8, {@link Tokenizer tokenise}, look every token sequence up in the
 * {@link Gazetteer} (countries, demonyms, cities, regions; first names and organisation cues per token) and
 * count number-like tokens with one precompiled regex. The job per core is compared against this.
 */
@Command(name = "bench-baseline", mixinStandardHelpOptions = true,
        description = "The raw-limit baseline: read and scan the input without Spark (bench/README.md).")
public final class RawLimitBaseline implements Subcommand {
    /** Number-like text: digits with thousands separators and a decimal part ({@code 1,234.5}). */
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");
    /** Every trie kind: country, demonym, city, region. */
    private static final int ALL_KINDS = 1 | 2 | 4 | 8;

    public RawLimitBaseline() {
    }

    /** What one pass saw and how long it took (wall and the thread's CPU time). */
    public record Result(long files, long bytes, long words, long tokens, long gazetteerHits, long numbers,
                         long wallNanos, long cpuNanos) {
    }

    /** Loads the gazetteer (untimed), then reads and scans every matching file under {@code input} once. */
    public static Result run(Path input, String glob, Path gazetteerDir) throws IOException {
        Gazetteer gazetteer = Gazetteer.load(ResourceOpener.of(gazetteerDir));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        List<Path> files = list(input, glob);
        Tokenizer tokenizer = Tokenizer.instance();
        Matcher number = NUMBER.matcher("");
        long bytes = 0;
        long words = 0;
        long tokens = 0;
        long hits = 0;
        long numbers = 0;
        List<String> texts = new ArrayList<>(1024);
        for (Path f : files) {
            byte[] raw = Files.readAllBytes(f);
            bytes += raw.length;
            String text = new String(raw, StandardCharsets.UTF_8);
            words += CorpusGenerator.countWords(text);
            List<Token> toks = tokenizer.tokenize(text);
            tokens += toks.size();
            texts.clear();
            for (Token t : toks) {
                String s = t.text();
                texts.add(s);
                if (!s.isEmpty() && Character.isUpperCase(s.charAt(0))
                        && (gazetteer.isFirstName(s) || gazetteer.isOrgCue(s))) {
                    hits++;
                }
            }
            hits += gazetteer.matches(texts, ALL_KINDS).size();
            number.reset(text);
            while (number.find()) {
                numbers++;
            }
        }
        return new Result(files.size(), bytes, words, tokens, hits, numbers, System.nanoTime() - t0,
                threads.getCurrentThreadCpuTime() - cpu0);
    }

    /** Regular files under {@code input} whose file name matches {@code glob}, sorted by path. */
    static List<Path> list(Path input, String glob) throws IOException {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        try (Stream<Path> paths = Files.walk(input)) {
            return paths.filter(Files::isRegularFile).filter(p -> matcher.matches(p.getFileName())).sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** {@code RawLimitBaseline --input DIR [--glob G] [--gazetteer DIR]}: one pass, one line. */
    @Option(names = "--input", required = true, paramLabel = "DIR")
    Path input;
    @Option(names = "--glob", defaultValue = "*", paramLabel = "G")
    String glob;
    @Option(names = "--gazetteer", defaultValue = "conf/gazetteer", paramLabel = "DIR")
    Path gazetteer;

    @Override
    public Integer call() throws IOException {
        Result r = run(input, glob, gazetteer);
        System.out.println(describe(r));
        return ExitCode.OK;
    }

    static String describe(Result r) {
        double s = r.wallNanos() / 1e9;
        return String.format(Locale.ROOT,
                "baseline: files=%d MB=%.1f words=%d tokens=%d gazetteer_hits=%d numbers=%d wall=%.2fs cpu=%.2fs"
                        + " words/s=%.0f words/cpu-s=%.0f",
                r.files(), r.bytes() / 1e6, r.words(), r.tokens(), r.gazetteerHits(), r.numbers(), s,
                r.cpuNanos() / 1e9, r.words() / s, r.words() / (r.cpuNanos() / 1e9));
    }
}
