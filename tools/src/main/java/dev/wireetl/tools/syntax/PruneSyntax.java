package dev.wireetl.tools.syntax;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.common.syntax.DependencyParser;
import dev.wireetl.common.syntax.SyntaxModel;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code prune-syntax}: drops parser weights smaller than {@code --min-abs} (a smaller table is faster: fewer cache
 * misses per feature lookup) and writes the model again; the shipped model is pruned at 1 (docs/quality.md).
 */
@Command(name = "prune-syntax", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Drop small parser weights from a syntax model (faster, smaller).")
public final class PruneSyntax implements Subcommand {
    @Option(names = "--model", required = true, paramLabel = "DIR")
    Path model;
    @Option(names = "--model-out", required = true, paramLabel = "DIR")
    Path modelOut;
    @Option(names = "--min-abs", paramLabel = "W", description = "weights with |w| below this are dropped; default ${DEFAULT-VALUE}")
    float minAbs = 1f;

    @Override
    public Integer call() throws IOException {
        Path properties = model.resolve(SyntaxModel.PROPERTIES);
        if (!Files.isRegularFile(properties)) {
            throw new ConfigException("not a syntax model folder (no " + SyntaxModel.PROPERTIES + "): " + model);
        }
        if (!(minAbs > 0)) {
            throw new ConfigException("--min-abs must be positive, got " + minAbs);
        }
        SyntaxModel loaded = SyntaxModel.load(model);
        DependencyParser pruned = loaded.parser().pruned(minAbs);
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        p.setProperty("parser.prune.min.abs", Float.toString(minAbs));
        new SyntaxModel(loaded.tagger(), loaded.lemmatizer(), pruned).save(modelOut, p);
        System.out.println(String.format(Locale.ROOT, "parser table rows %s -> %s", loaded.parser().tableSize(),
                pruned.tableSize()));
        return ExitCode.OK;
    }
}
