package dev.wireetl.common.syntax;

import dev.wireetl.common.entities.ResourceOpener;
import dev.wireetl.common.text.Token;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The syntax layer: a {@link PosTagger}, a {@link Lemmatizer} and a {@link DependencyParser}, read from
 * a model directory holding {@code syntax.bin.gz} and {@code model.properties} (how it was trained).
 * Immutable and thread-safe; {@link #shared} loads a model once per JVM.
 */
public final class SyntaxModel {
    private static final Logger LOG = LoggerFactory.getLogger(SyntaxModel.class);
    public static final String WEIGHTS = "syntax.bin.gz";
    public static final String PROPERTIES = "model.properties";
    private static final int MAGIC = 0x53594E31; // "SYN1"
    private static final Map<String, SyntaxModel> SHARED = new ConcurrentHashMap<>();

    private final PosTagger tagger;
    private final Lemmatizer lemmatizer;
    private final DependencyParser parser;

    public SyntaxModel(PosTagger tagger, Lemmatizer lemmatizer, DependencyParser parser) {
        this.tagger = tagger;
        this.lemmatizer = lemmatizer;
        this.parser = parser;
    }

    public PosTagger tagger() {
        return tagger;
    }

    public DependencyParser parser() {
        return parser;
    }

    public Lemmatizer lemmatizer() {
        return lemmatizer;
    }

    /** Tags, lemmatises and parses one sentence of the project's tokens (see {@link UdWords}). */
    public ParsedSentence analyse(List<Token> sentence) {
        UdWords.Words w = UdWords.of(sentence);
        return analyse(w.text(), w.modelForms(), w.begin(), w.end());
    }

    /**
     * Tags and lemmatises one sentence of the project's tokens without parsing it (every head 0, every relation
     * {@code _}): a cheap first look for a consumer that parses only where the tags leave it in doubt.
     */
    public ParsedSentence tag(List<Token> sentence) {
        UdWords.Words w = UdWords.of(sentence);
        return tagged(w.text(), w.modelForms(), w.begin(), w.end(), tagger.tag(w.modelForms()), null);
    }

    /** Tags, lemmatises and parses one sentence already in UD words (offsets are word positions). */
    public ParsedSentence analyse(String[] words) {
        int n = words.length;
        int[] begin = new int[n];
        int[] end = new int[n];
        String[] forms = new String[n];
        for (int i = 0; i < n; i++) {
            begin[i] = i;
            end[i] = i + 1;
            forms[i] = UdWords.modelForm(words[i]);
        }
        return analyse(words, forms, begin, end);
    }

    private ParsedSentence analyse(String[] words, String[] forms, int[] begin, int[] end) {
        PosTagger.Tags tags = tagger.tag(forms);
        return tagged(words, forms, begin, end, tags, parser.parse(forms, tags.xpos()));
    }

    /** The sentence with its tags and lemmas, and its tree when {@code tree} is given (else heads 0, relations "_"). */
    private ParsedSentence tagged(String[] words, String[] forms, int[] begin, int[] end, PosTagger.Tags tags,
                                  DependencyParser.Tree tree) {
        int n = words.length;
        String[] lemma = new String[n];
        String[] upos = new String[n];
        String[] xpos = new String[n];
        String[] deprel = new String[n];
        for (int i = 0; i < n; i++) {
            upos[i] = tagger.uposTags().get(tags.upos()[i]);
            xpos[i] = tagger.xposTags().get(tags.xpos()[i]);
            lemma[i] = lemmatizer.lemma(forms[i], xpos[i]);
            deprel[i] = tree == null ? "_" : parser.labels().get(tree.labels()[i]);
        }
        return new ParsedSentence(words, begin, end, lemma, upos, xpos, tree == null ? new int[n] : tree.heads(), deprel);
    }

    public static SyntaxModel load(Path dir) throws IOException {
        return load(ResourceOpener.of(dir));
    }

    public static SyntaxModel load(ResourceOpener dir) throws IOException {
        long t0 = System.nanoTime();
        try (InputStream in = dir.open(WEIGHTS)) {
            SyntaxModel m = read(in);
            LOG.info("syntax model loaded in {} ms ({} tagger and {} parser feature rows)",
                    (System.nanoTime() - t0) / 1_000_000, m.tagger.rows(), m.parser.weights().rows());
            return m;
        }
    }

    /** The model for {@code key} (e.g. its path), loaded once per JVM on first use. */
    public static SyntaxModel shared(String key, ResourceOpener dir) {
        return SHARED.computeIfAbsent(key, k -> {
            try {
                return load(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load syntax model " + k, e);
            }
        });
    }

    public static SyntaxModel shared(Path dir) {
        return shared(dir.toAbsolutePath().normalize().toString(), ResourceOpener.of(dir));
    }

    public static SyntaxModel read(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in), 1 << 16))) {
            if (d.readInt() != MAGIC) {
                throw new IOException("not a syntax model (bad header)");
            }
            PosTagger tagger = PosTagger.read(d);
            Lemmatizer lemmatizer = Lemmatizer.read(d);
            DependencyParser parser = DependencyParser.read(d);
            return new SyntaxModel(tagger, lemmatizer, parser);
        }
    }

    public void write(OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(out), 1 << 16));
        d.writeInt(MAGIC);
        tagger.write(d);
        lemmatizer.write(d);
        parser.write(d);
        d.flush();
        d.close();
    }

    /** Writes {@code syntax.bin.gz} and {@code model.properties} (sorted keys) into {@code dir}. */
    public void save(Path dir, Properties props) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(WEIGHTS))) {
            write(out);
        }
        StringBuilder b = new StringBuilder();
        props.stringPropertyNames().stream().sorted()
                .forEach(k -> b.append(k).append('=').append(props.getProperty(k)).append('\n'));
        Files.writeString(dir.resolve(PROPERTIES), b.toString(), StandardCharsets.UTF_8);
    }

    static void writeNames(DataOutputStream d, List<String> names) throws IOException {
        d.writeInt(names.size());
        for (String s : names) {
            d.writeUTF(s);
        }
    }

    static List<String> readNames(DataInputStream d) throws IOException {
        int n = d.readInt();
        if (n < 0 || n > 255) {
            throw new IOException("bad name count " + n);
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(d.readUTF());
        }
        return out;
    }
}
