package dev.wireetl.common.entities.tools;

import dev.wireetl.common.entities.TrainNer;
import dev.wireetl.common.text.SentenceSplitter;
import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Adapts the tagger to a user's own archive: the word clusters are learned from the open training text
 * plus every sentence of the user's unlabelled wire files, then the tagger is retrained on the open
 * labelled data with those clusters (the {@code adapt-ner} command; {@code nlp.model-path} then points at
 * the result). The archive's text never becomes training labels: it only shapes the clusters.
 */
public final class AdaptNer {
    /** Markup of SGML/XML/HTML wire files: tags and character entities. */
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&#?[A-Za-z0-9]+;");

    private AdaptNer() {
    }

    /**
     * Learns clusters from {@code corpus} (a wire file or a directory of them, read recursively) and trains
     * a model into {@code modelOut}.
     *
     * @param trainOptions the {@code train-ner} options ({@code --train}, {@code --gazetteer}, …) of the
     *     open-data model; {@code --model-out} is set to {@code modelOut}
     * @return the number of unlabelled sentences read
     */
    public static int adapt(Path corpus, Path modelOut, Map<String, String> trainOptions) throws IOException {
        if (!Files.exists(corpus)) {
            throw new IOException("corpus not found: " + corpus);
        }
        List<List<String>> sentences = sentences(corpus);
        if (sentences.isEmpty()) {
            throw new IOException("no text in corpus " + corpus);
        }
        Map<String, String> options = new HashMap<>(trainOptions);
        options.put("--model-out", modelOut.toString());
        TrainNer.run(options, sentences);
        return sentences.size();
    }

    /** Tokenised sentences of every regular file under {@code corpus}, in path order. */
    public static List<List<String>> sentences(Path corpus) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(corpus)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        List<List<String>> out = new ArrayList<>();
        for (Path f : files) {
            out.addAll(sentencesOf(plainText(new String(Files.readAllBytes(f), StandardCharsets.UTF_8))));
        }
        return out;
    }

    /** Text without markup: tags become line breaks, character entities spaces. */
    static String plainText(String raw) {
        return ENTITY.matcher(TAG.matcher(raw).replaceAll("\n")).replaceAll(" ");
    }

    /** The token texts of each sentence of {@code text}. */
    static List<List<String>> sentencesOf(String text) {
        List<Token> tokens = Tokenizer.instance().tokenize(text);
        int[] starts = SentenceSplitter.instance().sentenceTokenStarts(text, tokens);
        List<List<String>> out = new ArrayList<>(starts.length);
        for (int s = 0; s < starts.length; s++) {
            int end = s + 1 < starts.length ? starts[s + 1] : tokens.size();
            List<String> sentence = new ArrayList<>(end - starts[s]);
            for (int k = starts[s]; k < end; k++) {
                sentence.add(tokens.get(k).text());
            }
            out.add(sentence);
        }
        return out;
    }
}
