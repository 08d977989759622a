package dev.wireetl.tools.syntax;

import dev.wireetl.common.syntax.SyntaxModel;
import dev.wireetl.common.syntax.UdWords;
import dev.wireetl.common.text.SentenceSplitter;
import dev.wireetl.common.text.Token;
import dev.wireetl.common.text.Tokenizer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Tag + parse throughput on one thread over the sentences of a directory of plain-text articles
 * (tokenised and split by the project's {@link Tokenizer} and {@link SentenceSplitter} beforehand, so
 * only the syntax layer is timed). One untimed warm-up pass, then timed passes; CPU time of this thread.
 */
public final class SyntaxBenchmark {

    /**
     * Words analysed per timed pass, and the best words per CPU second over the passes: the whole
     * analysis (tag, lemma, parse) and the tagger alone.
     */
    public record Result(int sentences, long words, double tokensPerSecond, double taggerTokensPerSecond) {
    }

    private SyntaxBenchmark() {
    }

    public static Result run(SyntaxModel model, Path textDir, int passes) throws IOException {
        List<List<Token>> sentences = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(textDir)) {
            files = s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
        Tokenizer tokenizer = Tokenizer.instance();
        SentenceSplitter splitter = SentenceSplitter.instance();
        for (Path f : files) {
            String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
            List<Token> tokens = tokenizer.tokenize(text);
            int[] starts = splitter.sentenceTokenStarts(text, tokens);
            for (int i = 0; i < starts.length; i++) {
                int end = i + 1 < starts.length ? starts[i + 1] : tokens.size();
                sentences.add(tokens.subList(starts[i], end));
            }
        }
        List<String[]> forms = new ArrayList<>(sentences.size());
        for (List<Token> s : sentences) {
            forms.add(UdWords.of(s).modelForms());
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long words = 0;
        double best = 0;
        double bestTagger = 0;
        for (int pass = 0; pass <= passes; pass++) {
            long w = 0;
            long t0 = bean.getCurrentThreadCpuTime();
            for (List<Token> s : sentences) {
                w += model.analyse(s).size();
            }
            long t1 = bean.getCurrentThreadCpuTime();
            for (String[] f : forms) {
                model.tagger().tag(f);
            }
            long t2 = bean.getCurrentThreadCpuTime();
            if (pass > 0) {
                words = w;
                best = Math.max(best, w / ((t1 - t0) / 1e9));
                bestTagger = Math.max(bestTagger, w / ((t2 - t1) / 1e9));
            }
        }
        return new Result(sentences.size(), words, best, bestTagger);
    }
}
