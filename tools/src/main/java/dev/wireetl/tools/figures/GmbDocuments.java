package dev.wireetl.tools.figures;

import dev.wireetl.tools.conll.CsvLine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Pseudo-documents of the Groningen Meaning Bank NER file ({@code gmb/ner_dataset.csv}: one token a line,
 * {@code Sentence #,Word,POS,Tag}, windows-1252): a run of contiguous sentences, named
 * {@code gmb/ner_dataset.csv#sentences=FIRST-LAST} (1-based, inclusive), rebuilt as text. The file marks no
 * document boundaries or dates, so a run is a window of one story's sentences and has no publication date.
 */
public final class GmbDocuments {
    /** Document names this class serves start with this. */
    public static final String PREFIX = "gmb/";
    private static final String SENTENCES = "#sentences=";
    private static final Charset FILE_CHARSET = Charset.forName("windows-1252");
    private static final Set<String> NO_SPACE_BEFORE = Set.of(".", ",", ";", ":", "?", "!", ")", "%", "'s", "'",
            "n't", "'re", "'ve", "'ll", "'d", "'m");

    private record Token(String word, String pos) {
    }

    private final List<List<Token>> sentences;

    private GmbDocuments(List<List<Token>> sentences) {
        this.sentences = sentences;
    }

    /** Reads the whole file (about 48,000 sentences). */
    public static GmbDocuments read(Path csv) throws IOException {
        return parse(Files.readString(csv, FILE_CHARSET));
    }

    static GmbDocuments parse(String csv) throws IOException {
        List<List<Token>> sentences = new ArrayList<>();
        List<Token> current = null;
        try (BufferedReader in = new BufferedReader(new StringReader(csv))) {
            String line = in.readLine(); // header
            int lineNumber = 1;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty()) {
                    continue;
                }
                List<String> fields = CsvLine.fields(line);
                if (fields.size() != 4) {
                    throw new IOException("line " + lineNumber + ": expected 4 fields, found " + fields.size());
                }
                if (!fields.get(0).isEmpty()) {
                    current = new ArrayList<>();
                    sentences.add(current);
                } else if (current == null) {
                    throw new IOException("line " + lineNumber + ": token before the first sentence");
                }
                current.add(new Token(fields.get(1), fields.get(2)));
            }
        }
        return new GmbDocuments(sentences);
    }

    public int sentenceCount() {
        return sentences.size();
    }

    /** The text of a document name's sentence run, sentences joined by one space. */
    public String body(String name) throws IOException {
        int at = name.indexOf(SENTENCES);
        if (at < 0) {
            throw new IOException("not a GMB document name (expected " + SENTENCES + "FIRST-LAST): " + name);
        }
        String[] range = name.substring(at + SENTENCES.length()).split("-", -1);
        int first;
        int last;
        try {
            first = Integer.parseInt(range[0]);
            last = range.length == 2 ? Integer.parseInt(range[1]) : -1;
        } catch (NumberFormatException e) {
            throw new IOException("bad sentence range in " + name);
        }
        if (first < 1 || last < first || last > sentences.size()) {
            throw new IOException("sentence range out of 1.." + sentences.size() + ": " + name);
        }
        StringBuilder body = new StringBuilder();
        for (int s = first; s <= last; s++) {
            if (s > first) {
                body.append(' ');
            }
            appendSentence(body, sentences.get(s - 1));
        }
        return body.toString();
    }

    /** Undoes the tokenisation: no space before closing punctuation, none after an opening bracket or {@code $}. */
    private static void appendSentence(StringBuilder out, List<Token> tokens) {
        boolean glue = true;
        for (Token t : tokens) {
            boolean closingQuote = t.word().equals("\"") && t.pos().equals("''");
            if (!glue && !NO_SPACE_BEFORE.contains(t.word()) && !closingQuote) {
                out.append(' ');
            }
            out.append(t.word());
            glue = t.word().equals("(") || t.word().equals("$") || (t.word().equals("\"") && t.pos().equals("``"));
        }
    }
}
