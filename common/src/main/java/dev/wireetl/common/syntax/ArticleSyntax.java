package dev.wireetl.common.syntax;

import dev.wireetl.common.text.SentenceSplitter;
import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;

/**
 * The parses of one article's sentences, made lazily: a sentence is tagged and parsed the first time a consumer
 * (figures, quotations, the tokens table) asks for it, and only once however many consumers ask; a sentence first
 * only {@link #tagged} keeps its tags when it is parsed later. Word offsets are offsets in the article text. Not
 * thread-safe: one instance belongs to one task's article.
 */
public final class ArticleSyntax {
    private final SyntaxModel model;
    private final String text;
    private final List<Token> tokens;
    private final int[] sentenceTokenStarts;
    private final ParsedSentence[] parsed;
    private final ParsedSentence[] tagged;
    private int parsedCount;

    public ArticleSyntax(SyntaxModel model, String text) {
        this(model, text, Tokenizer.instance().tokenize(text));
    }

    /** For tokens already produced by {@link Tokenizer} from {@code text}. */
    public ArticleSyntax(SyntaxModel model, String text, List<Token> tokens) {
        this.model = model;
        this.text = text;
        this.tokens = tokens;
        this.sentenceTokenStarts = SentenceSplitter.instance().sentenceTokenStarts(text, tokens);
        this.parsed = new ParsedSentence[sentenceTokenStarts.length];
        this.tagged = new ParsedSentence[sentenceTokenStarts.length];
    }

    public String text() {
        return text;
    }

    public int sentenceCount() {
        return sentenceTokenStarts.length;
    }

    /** Character offset at which each sentence begins, ascending (as {@link SentenceSplitter#sentenceStarts}). */
    public int[] sentenceStarts() {
        int[] starts = new int[sentenceTokenStarts.length];
        for (int s = 0; s < starts.length; s++) {
            starts[s] = tokens.get(sentenceTokenStarts[s]).begin();
        }
        return starts;
    }

    /** The index of the sentence holding {@code offset} (the last sentence starting at or before it). */
    public int sentenceIndexAt(int offset) {
        int lo = 0;
        int hi = sentenceTokenStarts.length - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(sentenceTokenStarts[mid]).begin() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /** The tokens of sentence {@code index}, without parsing it (for a cheap test before asking for the parse). */
    public List<Token> sentenceTokens(int index) {
        int from = sentenceTokenStarts[index];
        int to = index + 1 < sentenceTokenStarts.length ? sentenceTokenStarts[index + 1] : tokens.size();
        return tokens.subList(from, to);
    }

    /** The tagged and parsed sentence {@code index}, parsed now if no consumer asked for it before. */
    public ParsedSentence sentence(int index) {
        ParsedSentence p = parsed[index];
        if (p == null) {
            ParsedSentence t = tagged[index];
            p = t == null ? model.analyse(new ArrayList<>(sentenceTokens(index))) : parseTagged(t);
            parsed[index] = p;
            tagged[index] = null;
            parsedCount++;
        }
        return p;
    }

    /** The parse of a sentence {@link #tagged} already tagged: its tags are reused, not computed again. */
    private ParsedSentence parseTagged(ParsedSentence t) {
        int n = t.size();
        String[] forms = new String[n];
        int[] xpos = new int[n];
        List<String> xposTags = model.tagger().xposTags();
        for (int i = 0; i < n; i++) {
            forms[i] = UdWords.modelForm(t.words()[i]);
            xpos[i] = xposTags.indexOf(t.xpos()[i]);
        }
        DependencyParser.Tree tree = model.parser().parse(forms, xpos);
        String[] deprel = new String[n];
        for (int i = 0; i < n; i++) {
            deprel[i] = model.parser().labels().get(tree.labels()[i]);
        }
        return new ParsedSentence(t.words(), t.begin(), t.end(), t.lemma(), t.upos(), t.xpos(), tree.heads(), deprel);
    }

    /**
     * Sentence {@code index} tagged and lemmatised but not parsed (heads 0, relations {@code _}; see
     * {@link SyntaxModel#tag}), or its parse when a consumer asked for it already. Tagging costs about a sixth
     * of a parse.
     */
    public ParsedSentence tagged(int index) {
        if (parsed[index] != null) {
            return parsed[index];
        }
        ParsedSentence t = tagged[index];
        if (t == null) {
            t = model.tag(new ArrayList<>(sentenceTokens(index)));
            tagged[index] = t;
        }
        return t;
    }

    /** How many sentences have been parsed so far (what lazy parsing saved is {@code sentenceCount() - parsedCount()}). */
    public int parsedCount() {
        return parsedCount;
    }
}
