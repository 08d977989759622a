package dev.wireetl.tools.sparknlp;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ConllFilesTest {
    @TempDir
    Path tmp;

    @Test
    void convertsGmbCsvToConllSentences() throws IOException {
        String csv = String.join("\r\n",
                "Sentence #,Word,POS,Tag",
                "Sentence: 1,Thousands,NNS,O",
                ",marched,VBD,O",
                ",in,IN,O",
                ",London,NNP,B-geo",
                ",\"\"\"\",``,O",
                ",Caf\u00e9,NNP,B-org",
                ",Mondial,NNP,I-org",
                ",on,IN,O",
                ",Monday,NNP,B-tim",
                ",.,.,O",
                "Sentence: 2,Iranian,JJ,B-gpe",
                ",President,NNP,B-per",
                ",Mahmoud,NNP,I-per",
                ",counted,VBD,O",
                ",\"10,000\",CD,O",
                ",H5N1,NNP,B-nat",
                ",cases,NNS,O",
                "");
        Path file = tmp.resolve("ner_dataset.csv");
        Files.write(file, csv.getBytes(Charset.forName("windows-1252")));

        List<ConllSentence> sentences = ConllFiles.read(file);

        assertEquals(List.of(
                new ConllSentence(List.of("Thousands", "marched", "in", "London", "\"", "Caf\u00e9", "Mondial", "on",
                        "Monday", "."),
                        List.of("NNS", "VBD", "IN", "NNP", "``", "NNP", "NNP", "IN", "NNP", "."),
                        List.of("O", "O", "O", "O", "O", "O", "O", "O", "O", "O"),
                        List.of("O", "O", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O", "O")),
                new ConllSentence(List.of("Iranian", "President", "Mahmoud", "counted", "10,000", "H5N1", "cases"),
                        List.of("JJ", "NNP", "NNP", "VBD", "CD", "NNP", "NNS"),
                        List.of("O", "O", "O", "O", "O", "O", "O"),
                        List.of("B-LOC", "B-PER", "I-PER", "O", "O", "B-MISC", "O"))), sentences);

        Path conll = tmp.resolve("gmb.conll");
        ConllFiles.writeConll(sentences, conll);
        assertEquals(List.of("-DOCSTART- -X- -X- O", "", "Thousands NNS O O", "marched VBD O O", "in IN O O",
                        "London NNP O B-LOC"),
                Files.readAllLines(conll, StandardCharsets.UTF_8).subList(0, 6));
        assertEquals(sentences, ConllFiles.read(conll));
    }

    @Test
    void readsConllFilesSkippingDocumentLines() {
        List<ConllSentence> sentences = ConllFiles.read(SparkNlpEngineTest.fixture());

        assertEquals(37, sentences.size());
        assertEquals(new ConllSentence(List.of("Antony", "Blinken", "visited", "Seoul", "."),
                List.of("NNP", "NNP", "VBD", "NNP", "."), List.of("B-NP", "I-NP", "B-VP", "B-NP", "O"),
                List.of("B-PER", "I-PER", "O", "B-LOC", "O")), sentences.get(0));
    }

    @Test
    void samplesEvenlyAcrossTheCorpus() {
        List<ConllSentence> ten = IntStream.range(0, 10).mapToObj(i -> new ConllSentence(List.of("w" + i),
                List.of("NN"), List.of("O"), List.of("O"))).toList();

        assertEquals(List.of("w0", "w3", "w6"),
                ConllFiles.sample(ten, 3).stream().map(s -> s.tokens().get(0)).toList());
        assertEquals(ten, ConllFiles.sample(ten, 0));
        assertEquals(ten, ConllFiles.sample(ten, 10));
    }
}
