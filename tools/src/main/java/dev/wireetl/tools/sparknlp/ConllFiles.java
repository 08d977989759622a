package dev.wireetl.tools.sparknlp;

import dev.wireetl.tools.conll.NerCorpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The corpus files as Spark NLP takes them: sentences read by {@link NerCorpus} (the labels the default engine
 * trains and is scored on), written back as one CoNLL-2003 style file ({@code token POS chunk NER},
 * {@code -DOCSTART-} line, a blank line after each sentence) for Spark NLP's {@code CoNLL} reader.
 */
public final class ConllFiles {
    private static final String DOCSTART = "-DOCSTART-";

    private ConllFiles() {
    }

    /** Reads a training or gold file with {@link NerCorpus#readWithPos}; document boundaries are dropped. */
    public static List<ConllSentence> read(Path file, Predicate<String> isDemonym) {
        try {
            return NerCorpus.readWithPos(file, isDemonym).stream().map(s -> new ConllSentence(s.tagged().tokens(),
                    s.posTags(), List.of(s.tagged().tags()))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * Writes sentences, which must have POS tags, as a CoNLL file Spark NLP's {@code CoNLL} reader reads. The
     * chunk column is O: the reader takes only the POS and NER columns.
     */
    public static void writeConll(List<ConllSentence> sentences, Path file) {
        StringBuilder out = new StringBuilder(DOCSTART).append(" -X- -X- O\n\n");
        for (ConllSentence s : sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                out.append(s.tokens().get(i)).append(' ').append(s.posTags().get(i)).append(" O ")
                        .append(s.nerTags().get(i)).append('\n');
            }
            out.append('\n');
        }
        try {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * Every {@code total / limit}-th sentence (evenly spread over the corpus, deterministic), or all of them
     * when {@code limit} is 0 or not smaller than their number.
     */
    public static List<ConllSentence> sample(List<ConllSentence> sentences, int limit) {
        if (limit <= 0 || limit >= sentences.size()) {
            return sentences;
        }
        List<ConllSentence> picked = new ArrayList<>(limit);
        for (int k = 0; k < limit; k++) {
            picked.add(sentences.get((int) ((long) k * sentences.size() / limit)));
        }
        return picked;
    }
}
