package dev.wireetl.tools.figures;

import dev.wireetl.common.format.ParserSettings;
import dev.wireetl.common.format.RawFile;
import dev.wireetl.common.format.WireFileParser;
import dev.wireetl.common.model.DateSource;
import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Story;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads the documents a gold file names, for {@link FigureEvaluation} and the quotation evaluation, through the job's own parsers:
 * a file path relative to the corpus root, a Reuters story as {@code reut2-000.sgm#NEWID=5}, or a GMB
 * sentence run as {@code gmb/ner_dataset.csv#sentences=21-24} (no date).
 */
public final class FigureEvalCorpus {
    private static final String NEWID = "#NEWID=";

    /** A document body and its publication date (null when the file itself carries none, as BBC files). */
    public record Document(String body, LocalDate date) {
    }

    private final Path root;
    private final WireFileParser parser = new WireFileParser(ParserSettings.defaults());
    private final Map<String, ParseResult> parsed = new HashMap<>();
    private GmbDocuments gmb;

    public FigureEvalCorpus(Path root) {
        this.root = root;
    }

    public Document load(String name) throws IOException {
        if (name.startsWith(GmbDocuments.PREFIX)) {
            if (gmb == null) {
                int hash = name.indexOf('#');
                gmb = GmbDocuments.read(root.resolve(hash < 0 ? name : name.substring(0, hash)));
            }
            return new Document(gmb.body(name), null);
        }
        int hash = name.indexOf(NEWID);
        String file = hash < 0 ? name : name.substring(0, hash);
        ParseResult result = parse(file);
        Story story = null;
        if (hash < 0) {
            story = result.stories().isEmpty() ? null : result.stories().get(0);
        } else {
            String newId = name.substring(hash + NEWID.length());
            for (Story s : result.stories()) {
                if (newId.equals(s.articleNumber())) {
                    story = s;
                    break;
                }
            }
        }
        if (story == null) {
            throw new IOException("no story " + name + " in " + root.resolve(file) + (result.rejects().isEmpty() ? ""
                    : " (rejected: " + result.rejects().get(0).message() + ")"));
        }
        LocalDate date = story.dateSource() == DateSource.CONTENT ? story.publishedDate() : null;
        return new Document(story.body(), date);
    }

    private ParseResult parse(String relative) throws IOException {
        ParseResult cached = parsed.get(relative);
        if (cached == null) {
            Path path = root.resolve(relative);
            if (!Files.isRegularFile(path)) {
                throw new IOException("no such corpus file: " + path);
            }
            cached = parser.parse(new RawFile(path.toString(), Files.readAllBytes(path),
                    Files.getLastModifiedTime(path).toMillis()));
            parsed.put(relative, cached);
        }
        return cached;
    }
}
