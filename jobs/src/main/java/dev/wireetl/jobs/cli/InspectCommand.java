package dev.wireetl.jobs.cli;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.config.JobConfig;
import dev.wireetl.common.format.FileInspection;
import dev.wireetl.common.format.ParserSettings;
import dev.wireetl.common.format.RawFile;
import dev.wireetl.common.format.WireFileParser;
import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code wire-etl inspect FILE…}: what the job's parsers make of each file (format, headline, provider,
 * dateline, flags, the start of the body, or the reject reason), without Spark: the tool a user runs when a new
 * feed looks wrong. Files the job would not open (not regular, over the size limit) get the job's reason.
 */
@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Print the detected format and parsed fields of each file (no Spark, nothing written).")
public final class InspectCommand implements Subcommand {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;
    @Option(names = "--default-date", paramLabel = "YYYY-MM-DD", description = "as input.default-date")
    LocalDate defaultDate;
    @Option(names = "--max-file-bytes", paramLabel = "N", description = "as input.max-file-bytes; default ${DEFAULT-VALUE}")
    long maxFileBytes = ParserSettings.DEFAULT_MAX_FILE_BYTES;

    @Override
    public Integer call() {
        if (maxFileBytes <= 0) {
            throw new ConfigException("--max-file-bytes must be positive, got " + maxFileBytes);
        }
        WireFileParser parser = new WireFileParser(new ParserSettings(maxFileBytes, defaultDate));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        for (Path file : files) {
            out.print(FileInspection.report(file.toString(), parse(parser, file)));
            out.println();
        }
        return ExitCode.OK;
    }

    private ParseResult parse(WireFileParser parser, Path file) {
        if (!Files.exists(file)) {
            return rejected(RejectReason.UNREADABLE, "no such file");
        }
        if (!Files.isRegularFile(file)) {
            return rejected(RejectReason.NOT_REGULAR, "not a regular file; the job reads regular files only");
        }
        try {
            long size = Files.size(file);
            if (size > maxFileBytes) {
                return rejected(RejectReason.TOO_LARGE, "file is " + size + " bytes; limit is " + maxFileBytes
                        + " (" + JobConfig.INPUT_MAX_FILE_BYTES.name() + ")");
            }
            return parser.parse(new RawFile(file.toString(), Files.readAllBytes(file),
                    Files.getLastModifiedTime(file).toMillis()));
        } catch (IOException e) {
            return rejected(RejectReason.UNREADABLE, e.getMessage());
        }
    }

    private static ParseResult rejected(RejectReason reason, String message) {
        return ParseResult.rejected(WireFileParser.UNKNOWN_FORMAT, Reject.of(reason, message));
    }
}
