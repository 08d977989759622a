package dev.wireetl.tools.sparknlp;

import dev.wireetl.common.entities.TaggedSentence;
import dev.wireetl.tools.conll.NerCorpus;
import dev.wireetl.tools.conll.NerCorpusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ConllFilesTest {
    @TempDir
    Path tmp;

    /** Spark NLP trains and is scored on exactly the tokens and labels the default engine reads. */
    @Test
    void readsTheSameLabelsAsTheDefaultEngine() throws IOException {
        for (Path file : List.of(NerCorpusTest.gmbFixture(), SparkNlpEngineTest.fixture())) {
            List<TaggedSentence> reference = NerCorpus.read(file, NerCorpusTest.FIXTURE_DEMONYMS);
            List<ConllSentence> spark = ConllFiles.read(file, NerCorpusTest.FIXTURE_DEMONYMS);

            assertEquals(reference.stream().map(TaggedSentence::tokens).toList(),
                    spark.stream().map(ConllSentence::tokens).toList(), file.toString());
            assertEquals(reference.stream().map(s -> List.of(s.tags())).toList(),
                    spark.stream().map(ConllSentence::nerTags).toList(), file.toString());
        }
    }

    @Test
    void writesConllThatReadsBackTheSameSentences() throws IOException {
        List<ConllSentence> sentences = ConllFiles.read(NerCorpusTest.gmbFixture(), NerCorpusTest.FIXTURE_DEMONYMS);
        assertEquals(List.of("NNP", "NNP", "NNP", "VBD", "JJ", "NNS", "IN", "NNP", "IN", "NNP", "."),
                sentences.get(0).posTags());

        Path conll = tmp.resolve("gmb.conll");
        ConllFiles.writeConll(sentences, conll);

        assertEquals(List.of("-DOCSTART- -X- -X- O", "", "Mr. NNP O O", "Tomas NNP O B-PER", "Varga NNP O I-PER",
                "told VBD O O", "Norwegian JJ O B-MISC"),
                Files.readAllLines(conll, StandardCharsets.UTF_8).subList(0, 7));
        assertEquals(sentences, ConllFiles.read(conll, w -> false));
    }

    @Test
    void readsConllFilesSkippingDocumentLines() {
        List<ConllSentence> sentences = ConllFiles.read(SparkNlpEngineTest.fixture(), w -> false);

        assertEquals(37, sentences.size());
        assertEquals(new ConllSentence(List.of("Antony", "Blinken", "visited", "Seoul", "."),
                List.of("NNP", "NNP", "VBD", "NNP", "."), List.of("B-PER", "I-PER", "O", "B-LOC", "O")),
                sentences.get(0));
    }

    @Test
    void trainingNeedsPosTags() throws IOException {
        Path twoColumns = tmp.resolve("names.conll");
        Files.writeString(twoColumns, "Ana\tB-PER\nLind\tI-PER\n", StandardCharsets.UTF_8);

        assertEquals(List.of(new ConllSentence(List.of("Ana", "Lind"), List.of(), List.of("B-PER", "I-PER"))),
                ConllFiles.read(twoColumns, w -> false));
        assertEquals(twoColumns + ": sentences without POS tags; Spark NLP training needs CoNLL-2003 lines"
                        + " 'token POS chunk NER' or the GMB CSV",
                assertThrows(IllegalArgumentException.class,
                        () -> SparkNlpTrainer.readTrainingSentences(List.of(twoColumns), w -> false, 0))
                        .getMessage());
    }

    @Test
    void samplesEvenlyAcrossTheCorpus() {
        List<ConllSentence> ten = IntStream.range(0, 10).mapToObj(i -> new ConllSentence(List.of("w" + i),
                List.of("NN"), List.of("O"))).toList();

        assertEquals(List.of("w0", "w3", "w6"),
                ConllFiles.sample(ten, 3).stream().map(s -> s.tokens().get(0)).toList());
        assertEquals(ten, ConllFiles.sample(ten, 0));
        assertEquals(ten, ConllFiles.sample(ten, 10));
    }
}
