package dev.wireetl.tools.sparknlp;

import dev.wireetl.tools.conll.CsvLine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes CoNLL-2003 style files (space-separated {@code token POS chunk NER}, {@code -DOCSTART-}
 * lines, a blank line after each sentence) and converts the GMB corpus CSV ({@code Sentence #,Word,POS,Tag})
 * into the same sentences.
 */
public final class ConllFiles {
    /** The header line that marks a GMB CSV. */
    static final String GMB_HEADER = "Sentence #,Word,POS,Tag";

    /** GMB entity classes to CoNLL types; every other class (tim, art, eve) becomes O. */
    static final Map<String, String> GMB_TYPES = Map.of(
            "per", "PER", "org", "ORG", "geo", "LOC", "gpe", "LOC", "nat", "MISC");

    /** The GMB CSV as distributed is Windows-1252; a UTF-8 copy is read as UTF-8. */
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final String DOCSTART = "-DOCSTART-";

    private ConllFiles() {
    }

    /**
     * Reads a training or gold file: a GMB CSV (recognised by its header; tags mapped with {@link #GMB_TYPES},
     * chunk column O) or a CoNLL file (document boundaries dropped).
     */
    public static List<ConllSentence> read(Path file) {
        List<String> lines = readLines(file);
        if (!lines.isEmpty() && lines.get(0).strip().equals(GMB_HEADER)) {
            return parseGmbCsv(file, lines);
        }
        return parseConll(file, lines);
    }

    /** Writes sentences as a CoNLL file Spark NLP's {@code CoNLL} reader reads. */
    public static void writeConll(List<ConllSentence> sentences, Path file) {
        StringBuilder out = new StringBuilder(DOCSTART).append(" -X- -X- O\n\n");
        for (ConllSentence s : sentences) {
            for (int i = 0; i < s.tokens().size(); i++) {
                out.append(s.tokens().get(i)).append(' ').append(s.posTags().get(i)).append(' ')
                        .append(s.chunkTags().get(i)).append(' ').append(s.nerTags().get(i)).append('\n');
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

    static List<ConllSentence> parseConll(Path file, List<String> lines) {
        List<ConllSentence> sentences = new ArrayList<>();
        SentenceBuilder current = new SentenceBuilder();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith(DOCSTART)) {
                current.addTo(sentences);
                current = new SentenceBuilder();
                continue;
            }
            String[] columns = line.split(" ");
            if (columns.length < 4) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected 4 columns 'token POS chunk NER',"
                        + " found " + columns.length);
            }
            current.add(columns[0], columns[1], columns[2], columns[columns.length - 1]);
        }
        current.addTo(sentences);
        return sentences;
    }

    static List<ConllSentence> parseGmbCsv(Path file, List<String> lines) {
        List<ConllSentence> sentences = new ArrayList<>();
        SentenceBuilder current = new SentenceBuilder();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isEmpty()) {
                continue;
            }
            List<String> fields = CsvLine.fields(lines.get(n));
            if (fields.size() != 4) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected 4 CSV fields '"
                        + GMB_HEADER + "', found " + fields.size());
            }
            if (!fields.get(0).isEmpty()) {
                current.addTo(sentences);
                current = new SentenceBuilder();
            }
            current.add(fields.get(1), fields.get(2), "O", conllTag(fields.get(3)));
        }
        current.addTo(sentences);
        return sentences;
    }

    /** {@code B-per} → {@code B-PER}, {@code I-gpe} → {@code I-LOC}, {@code B-tim} → {@code O}. */
    static String conllTag(String gmbTag) {
        if (gmbTag.length() < 3 || gmbTag.charAt(1) != '-') {
            return "O";
        }
        String type = GMB_TYPES.get(gmbTag.substring(2).toLowerCase(Locale.ROOT));
        return type == null ? "O" : gmbTag.substring(0, 2) + type;
    }


    private static List<String> readLines(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return text.lines().toList();
    }

    private static final class SentenceBuilder {
        private final List<String> tokens = new ArrayList<>();
        private final List<String> pos = new ArrayList<>();
        private final List<String> chunks = new ArrayList<>();
        private final List<String> ner = new ArrayList<>();

        void add(String token, String posTag, String chunkTag, String nerTag) {
            tokens.add(token);
            pos.add(posTag);
            chunks.add(chunkTag);
            ner.add(nerTag);
        }

        void addTo(List<ConllSentence> sentences) {
            if (!tokens.isEmpty()) {
                sentences.add(new ConllSentence(tokens, pos, chunks, ner));
            }
        }
    }
}
