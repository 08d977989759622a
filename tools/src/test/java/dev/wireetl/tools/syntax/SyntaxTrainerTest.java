package dev.wireetl.tools.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wireetl.common.syntax.ParsedSentence;
import dev.wireetl.common.syntax.SyntaxModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntaxTrainerTest {
    private static final Path TINY = ConlluTest.FIXTURES.resolve("tiny-train.conllu");
    private static final SyntaxTrainer.Options TINY_OPTIONS = new SyntaxTrainer.Options(10, 10, 0, 1, 100, 0.9, 1);

    @Test
    void fitsTheTrainingTreesAndSurvivesASaveLoadRoundTrip(@TempDir Path dir) throws IOException {
        SyntaxTrainer.Result r = SyntaxTrainer.train(TINY, null, dir, TINY_OPTIONS);
        SyntaxModel loaded = SyntaxModel.load(dir);
        for (Conllu.Sentence s : Conllu.read(TINY)) {
            ParsedSentence trained = r.model().analyse(s.words());
            ParsedSentence reloaded = loaded.analyse(s.words());
            assertArrayEquals(s.upos(), trained.upos(), s.id());
            assertArrayEquals(s.xpos(), trained.xpos(), s.id());
            assertArrayEquals(s.heads(), trained.head(), s.id());
            assertArrayEquals(s.deprels(), trained.deprel(), s.id());
            assertArrayEquals(s.lemmas(), trained.lemma(), s.id());
            assertEquals(trained.toConllu(), reloaded.toConllu(), s.id());
        }
        List<String> props = Files.readAllLines(dir.resolve(SyntaxModel.PROPERTIES), StandardCharsets.UTF_8);
        assertTrue(props.contains("parser.epochs=10"), props.toString());
        assertTrue(props.contains("train=tiny-train.conllu"), props.toString());
    }

    @Test
    void evaluationPrintsTheSummaryLines() throws IOException {
        SyntaxModel m = SyntaxTrainer.train(Conllu.read(TINY), TINY_OPTIONS);
        SyntaxEvaluation.Result r = SyntaxEvaluation.evaluate(m, TINY);
        assertEquals(5, r.sentences());
        assertEquals(34, r.words());
        List<String> lines = r.summary();
        assertEquals("upos accuracy=100.00", lines.get(0));
        assertEquals("uas=100.00 las=100.00", lines.get(1));
        assertTrue(lines.get(2).matches("tokens/s=[0-9]+"), lines.get(2));
        SyntaxEvaluation.TokenizedResult t = SyntaxEvaluation.evaluateTokenized(m, TINY);
        // the tokenizer keeps "24%" apart and "trucks." apart as UD does: every word aligns
        assertEquals(100.0, t.wordF1(), 1e-9);
        assertEquals(100.0, t.las(), 1e-9);
    }
}
