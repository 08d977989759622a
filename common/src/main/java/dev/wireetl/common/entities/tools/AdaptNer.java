package dev.wireetl.common.entities.tools;

import dev.wireetl.common.entities.EntityExtractor;
import dev.wireetl.common.entities.EntityMention;
import dev.wireetl.common.entities.NerCorpus;
import dev.wireetl.common.entities.TrainNer;
import dev.wireetl.common.text.SentenceSplitter;
import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Adapts the tagger to a user's own archive of wire files (the {@code adapt-ner} command;
 * {@code nlp.model-path} then points at the result):
 * <ol>
 *   <li>every sentence of the archive joins the open training text from which the word clusters are
 *       learned;</li>
 *   <li>the first {@code silverDocuments} files are tagged by the current extractor (tagger, gazetteer merge
 *       and article-level evidence) and join the open labelled data as training sentences, so the
 *       retrained tagger sees the archive's own vocabulary and learns locally what the article-level rules
 *       decided (self-training);</li>
 *   <li>the tagger is retrained with the {@code train-ner} options of the open-data model.</li>
 * </ol>
 * The archive needs no labels. Files are read as UTF-8 text with markup (SGML/XML/HTML tags, character
 * entities) removed; one file is one article.
 */
public final class AdaptNer {
    /** Markup of SGML/XML/HTML wire files: tags and character entities. */
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");

    /** What {@link #adapt} read: unlabelled sentences and self-labelled sentences. */
    public record Result(int files, int unlabelledSentences, int silverSentences) {
    }

    private AdaptNer() {
    }

    /**
     * Adapts and writes a model directory.
     *
     * @param corpus a wire file or a directory of them (read recursively, in path order)
     * @param teacher the current extractor (e.g. loaded from {@code conf/models/ner} and {@code conf/gazetteer})
     * @param silverDocuments how many files (the first in path order) the teacher labels; 0 = clusters only
     * @param trainOptions the {@code train-ner} options of the open-data model ({@code --train},
     *     {@code --gazetteer}, …); {@code --model-out} is set to {@code modelOut}
     */
    public static Result adapt(Path corpus, EntityExtractor teacher, int silverDocuments, Path modelOut,
            Map<String, String> trainOptions) throws IOException {
        if (!Files.exists(corpus)) {
            throw new IOException("corpus not found: " + corpus);
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<List<String>> unlabelled = new ArrayList<>();
        List<NerCorpus.Sentence> silver = new ArrayList<>();
        for (int f = 0; f < files.size(); f++) {
            String text = plainText(new String(Files.readAllBytes(files.get(f)), StandardCharsets.UTF_8));
            List<NerCorpus.Sentence> sentences = f < silverDocuments ? label(text, teacher) : sentencesOf(text);
            for (NerCorpus.Sentence s : sentences) {
                unlabelled.add(s.tokens());
            }
            if (f < silverDocuments) {
                silver.addAll(sentences);
            }
        }
        if (unlabelled.isEmpty()) {
            throw new IOException("no text in corpus " + corpus);
        }
        Map<String, String> options = new HashMap<>(trainOptions);
        options.put("--model-out", modelOut.toString());
        TrainNer.run(options, unlabelled, silver);
        return new Result(files.size(), unlabelled.size(), silver.size());
    }

    /** Text without markup: tags become line breaks, character entities spaces. */
    static String plainText(String raw) {
        return ENTITY.matcher(TAG.matcher(raw).replaceAll("\n")).replaceAll(" ");
    }

    /** The sentences of {@code text}, all tags O. */
    static List<NerCorpus.Sentence> sentencesOf(String text) {
        return toSentences(text, List.of());
    }

    /**
     * The sentences of {@code text} with the teacher's mentions as IOB2 tags (PERSON→PER, NORP→MISC);
     * a mention that does not fall on token boundaries is left out.
     */
    static List<NerCorpus.Sentence> label(String text, EntityExtractor teacher) {
        return toSentences(text, teacher.extract(text));
    }

    private static List<NerCorpus.Sentence> toSentences(String text, List<EntityMention> mentions) {
        List<Token> tokens = Tokenizer.instance().tokenize(text);
        String[] tags = new String[tokens.size()];
        Arrays.fill(tags, "O");
        Map<Integer, Integer> tokenAt = new HashMap<>();
        Map<Integer, Integer> tokenEnding = new HashMap<>();
        for (int k = 0; k < tokens.size(); k++) {
            tokenAt.put(tokens.get(k).begin(), k);
            tokenEnding.put(tokens.get(k).end(), k);
        }
        for (EntityMention m : mentions) {
            Integer first = tokenAt.get(m.begin());
            Integer last = tokenEnding.get(m.end());
            if (first == null || last == null || last < first) {
                continue;
            }
            String type = switch (m.type()) {
                case "PERSON" -> "PER";
                case "NORP" -> "MISC";
                default -> m.type();
            };
            for (int k = first; k <= last; k++) {
                tags[k] = (k == first ? "B-" : "I-") + type;
            }
        }
        int[] starts = SentenceSplitter.instance().sentenceTokenStarts(text, tokens);
        List<NerCorpus.Sentence> out = new ArrayList<>(starts.length);
        for (int s = 0; s < starts.length; s++) {
            int end = s + 1 < starts.length ? starts[s + 1] : tokens.size();
            List<String> words = new ArrayList<>(end - starts[s]);
            for (int k = starts[s]; k < end; k++) {
                words.add(tokens.get(k).text());
            }
            out.add(new NerCorpus.Sentence(words, Arrays.copyOfRange(tags, starts[s], end), s == 0));
        }
        return out;
    }
}
