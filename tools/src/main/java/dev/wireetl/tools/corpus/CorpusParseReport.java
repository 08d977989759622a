package dev.wireetl.tools.corpus;

import dev.wireetl.common.format.ParserSettings;
import dev.wireetl.common.format.RawFile;
import dev.wireetl.common.format.WireFileParser;
import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.Story;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Parses every file under a directory with {@link WireFileParser} and prints what became of them:
 * <pre>
 * bin/wire-etl parse-report --input DIR [--glob PATTERN] [--default-date YYYY-MM-DD]
 * </pre>
 * {@code --glob} is matched against the file name (case-sensitive), e.g. {@code *.sgm}.
 */
@Command(name = "parse-report", mixinStandardHelpOptions = true,
        description = "Parse a local corpus without Spark and print articles and rejects by reason (docs/formats.md).")
public final class CorpusParseReport implements Subcommand {
    private long files;
    private long stories;
    private long withBody;
    private long emptyBody;
    private long rejected;
    private long withHeadline;
    private long withDateline;
    private final Map<String, Long> rejectsByReason = new TreeMap<>();
    private final Map<String, Long> storiesByFormat = new TreeMap<>();
    private final Map<String, Long> storiesByCharset = new TreeMap<>();
    private final Map<String, Long> storiesByDateSource = new TreeMap<>();
    private final Map<String, Long> filesByFormat = new TreeMap<>();
    private final Map<String, Long> storiesByFlag = new TreeMap<>();
    /** Digest over every story's headline, dateline and body in file order: shows whether a change moved any text. */
    private final MessageDigest textDigest = sha256();

    public CorpusParseReport() {
    }

    @Option(names = "--input", required = true, paramLabel = "DIR")
    Path input;
    @Option(names = "--glob", paramLabel = "PATTERN")
    String glob;
    @Option(names = "--default-date", paramLabel = "YYYY-MM-DD")
    LocalDate defaultDate;

    @Override
    public Integer call() throws IOException {
        PathMatcher matcher = glob == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + glob);
        WireFileParser parser = new WireFileParser(new ParserSettings(ParserSettings.DEFAULT_MAX_FILE_BYTES, defaultDate));
        CorpusParseReport report = new CorpusParseReport();
        long started = System.nanoTime();
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(input)) {
            paths = walk.filter(Files::isRegularFile)
                    .filter(p -> matcher == null || matcher.matches(p.getFileName()))
                    .sorted()
                    .collect(Collectors.toList());
        }
        for (Path path : paths) {
            RawFile file = new RawFile(path.toString(), Files.readAllBytes(path),
                    Files.getLastModifiedTime(path).toMillis());
            report.add(parser.parse(file));
        }
        long elapsedMs = (System.nanoTime() - started) / 1_000_000;
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        report.print(out);
        out.println("elapsed_ms=" + elapsedMs);
        return ExitCode.OK;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private void add(ParseResult result) {
        files++;
        filesByFormat.merge(result.format(), 1L, Long::sum);
        for (Story story : result.stories()) {
            stories++;
            if (story.paragraphCount() > 0) {
                withBody++;
            }
            if (story.flags().contains(Story.FLAG_EMPTY_BODY)) {
                emptyBody++;
            }
            if (story.headline() != null) {
                withHeadline++;
            }
            if (story.dateline() != null) {
                withDateline++;
            }
            textDigest.update((story.headline() + "\u0000" + story.dateline() + "\u0000" + story.body() + "\u0000")
                    .getBytes(StandardCharsets.UTF_8));
            for (String flag : story.flags()) {
                storiesByFlag.merge(flag, 1L, Long::sum);
            }
            storiesByFormat.merge(story.format(), 1L, Long::sum);
            storiesByCharset.merge(String.valueOf(story.charset()), 1L, Long::sum);
            storiesByDateSource.merge(story.dateSource().name(), 1L, Long::sum);
        }
        for (Reject reject : result.rejects()) {
            rejected++;
            rejectsByReason.merge(reject.reason().name(), 1L, Long::sum);
        }
    }

    private void print(PrintStream out) {
        out.println("files=" + files + " stories=" + stories + " with_body=" + withBody + " empty_body=" + emptyBody
                + " rejected=" + rejected);
        out.println("rejects_by_reason " + line(rejectsByReason));
        out.println("files_by_format " + line(filesByFormat));
        out.println("stories_by_format " + line(storiesByFormat));
        out.println("stories_by_charset " + line(storiesByCharset));
        out.println("stories_by_date_source " + line(storiesByDateSource));
        out.println("with_headline=" + withHeadline + " with_dateline=" + withDateline);
        out.println("stories_by_flag " + line(storiesByFlag));
        out.println("text_sha256=" + HexFormat.of().formatHex(textDigest.digest()));
    }

    private static String line(Map<String, Long> counts) {
        return counts.isEmpty() ? "-" : counts.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(" "));
    }
}
