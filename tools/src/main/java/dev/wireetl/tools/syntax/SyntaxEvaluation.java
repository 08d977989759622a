package dev.wireetl.tools.syntax;

import dev.wireetl.common.syntax.ParsedSentence;
import dev.wireetl.common.syntax.SyntaxModel;
import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Scores a {@link SyntaxModel} against a CoNLL-U file: UPOS, XPOS and lemma accuracy, UAS and LAS over
 * every word (punctuation included), on the gold words; and, from each sentence's {@code # text}
 * re-tokenised by the project's {@link Tokenizer}, LAS as the F1 of words aligned by character span
 * (CoNLL 2018 style: a word counts when its span, its head's span and its label all match gold).
 */
public final class SyntaxEvaluation {

    /**
     * Scores in percent; {@code tokensPerSecond} is tag + lemma + parse over the gold words, per second of
     * this thread's CPU time (so other load on the machine does not count; the first sentences include
     * JIT warm-up).
     */
    public record Result(int sentences, int words, double upos, double xpos, double lemma, double uas, double las,
            double tokensPerSecond) {
        /** The summary lines the evaluation command prints. */
        public List<String> summary() {
            return List.of(
                    String.format(Locale.ROOT, "upos accuracy=%.2f", upos),
                    String.format(Locale.ROOT, "uas=%.2f las=%.2f", uas, las),
                    String.format(Locale.ROOT, "tokens/s=%d", Math.round(tokensPerSecond)));
        }
    }

    /** Scores on re-tokenised text: word-span F1, and UAS/LAS F1 over aligned words, in percent. */
    public record TokenizedResult(int sentences, int goldWords, int systemWords, double wordF1, double upos,
            double uas, double las) {
    }

    private SyntaxEvaluation() {
    }

    public static Result evaluate(SyntaxModel model, Path gold) throws IOException {
        return evaluate(model, Conllu.read(gold));
    }

    public static Result evaluate(SyntaxModel model, List<Conllu.Sentence> gold) {
        int words = 0;
        int upos = 0;
        int xpos = 0;
        int lemma = 0;
        int uas = 0;
        int las = 0;
        long nanos = 0;
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (Conllu.Sentence s : gold) {
            long t0 = cpu.getCurrentThreadCpuTime();
            ParsedSentence p = model.analyse(s.words());
            nanos += cpu.getCurrentThreadCpuTime() - t0;
            for (int i = 0; i < s.size(); i++) {
                words++;
                upos += p.upos()[i].equals(s.upos()[i]) ? 1 : 0;
                xpos += p.xpos()[i].equals(s.xpos()[i]) ? 1 : 0;
                lemma += p.lemma()[i].equals(s.lemmas()[i]) ? 1 : 0;
                if (p.head()[i] == s.heads()[i]) {
                    uas++;
                    las += p.deprel()[i].equals(s.deprels()[i]) ? 1 : 0;
                }
            }
        }
        return new Result(gold.size(), words, pct(upos, words), pct(xpos, words), pct(lemma, words), pct(uas, words),
                pct(las, words), words / (nanos / 1e9));
    }

    public static TokenizedResult evaluateTokenized(SyntaxModel model, Path gold) throws IOException {
        return evaluateTokenized(model, Conllu.read(gold));
    }

    public static TokenizedResult evaluateTokenized(SyntaxModel model, List<Conllu.Sentence> gold) {
        Tokenizer tokenizer = Tokenizer.instance();
        int goldWords = 0;
        int systemWords = 0;
        int aligned = 0;
        int upos = 0;
        int uas = 0;
        int las = 0;
        int sentences = 0;
        for (Conllu.Sentence s : gold) {
            if (s.text() == null) {
                continue;
            }
            sentences++;
            List<Token> tokens = tokenizer.tokenize(s.text());
            ParsedSentence p = model.analyse(tokens);
            goldWords += s.size();
            systemWords += p.size();
            Map<Long, Integer> goldAt = new HashMap<>();
            for (int i = 0; i < s.size(); i++) {
                goldAt.putIfAbsent(span(s.begin()[i], s.end()[i]), i);
            }
            for (int i = 0; i < p.size(); i++) {
                Integer g = goldAt.get(span(p.begin()[i], p.end()[i]));
                if (g == null || s.begin()[g] < 0) {
                    continue;
                }
                aligned++;
                upos += p.upos()[i].equals(s.upos()[g]) ? 1 : 0;
                int sysHead = p.head()[i];
                int goldHead = s.heads()[g];
                boolean headOk = sysHead == 0 ? goldHead == 0
                        : goldHead != 0 && p.begin()[sysHead - 1] == s.begin()[goldHead - 1]
                                && p.end()[sysHead - 1] == s.end()[goldHead - 1];
                if (headOk) {
                    uas++;
                    las += p.deprel()[i].equals(s.deprels()[g]) ? 1 : 0;
                }
            }
        }
        return new TokenizedResult(sentences, goldWords, systemWords, f1(aligned, systemWords, goldWords),
                f1(upos, systemWords, goldWords), f1(uas, systemWords, goldWords), f1(las, systemWords, goldWords));
    }

    private static long span(int begin, int end) {
        return ((long) begin << 32) | (end & 0xffffffffL);
    }

    private static double f1(int correct, int system, int gold) {
        return system + gold == 0 ? 0 : 200.0 * correct / (system + gold);
    }

    private static double pct(int correct, int total) {
        return total == 0 ? 0 : 100.0 * correct / total;
    }
}
