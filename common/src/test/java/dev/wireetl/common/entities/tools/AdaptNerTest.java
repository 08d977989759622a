package dev.wireetl.common.entities.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wireetl.common.entities.EntityExtractor;
import dev.wireetl.common.entities.NerCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdaptNerTest {
    private static final Path MODEL = Path.of("../conf/models/ner");
    private static final Path GAZETTEER = Path.of("../conf/gazetteer");

    @TempDir
    Path dir;

    @Test
    void markupIsRemovedFromWireText() {
        assertEquals("\n\nVela Motors  rose.\n", AdaptNer.plainText("<DOC><BODY>Vela Motors&#3; rose.</BODY>"));
    }

    @Test
    void teacherMentionsBecomeIob2Tags() {
        List<NerCorpus.Sentence> s = AdaptNer.label("Vela Motors LLC hired Ana Lind in Norway. Shares rose.",
                EntityExtractor.shared(MODEL, GAZETTEER));
        assertEquals(2, s.size());
        assertEquals(List.of("Vela", "Motors", "LLC", "hired", "Ana", "Lind", "in", "Norway", "."), s.get(0).tokens());
        assertArrayEquals(new String[] {"B-ORG", "I-ORG", "I-ORG", "O", "B-PER", "I-PER", "O", "B-LOC", "O"},
                s.get(0).tags());
        assertTrue(s.get(0).docStart());
        assertArrayEquals(new String[] {"O", "O", "O"}, s.get(1).tags());
    }

    @Test
    void adaptsOnAFolderOfWireFiles() throws IOException {
        Path train = dir.resolve("train.conll");
        Files.writeString(train, "Ana B-PER\nLind I-PER\nvisited O\nOslo B-LOC\n. O\n\nVela B-ORG\nrose O\n. O\n",
                StandardCharsets.UTF_8);
        Path corpus = Files.createDirectories(dir.resolve("archive"));
        Files.writeString(corpus.resolve("a.txt"), "<BODY>Vela Motors LLC hired Ana Lind. Shares rose.</BODY>",
                StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("b.txt"), "Oslo markets were closed.", StandardCharsets.UTF_8);
        Path out = dir.resolve("model");
        AdaptNer.Result r = AdaptNer.adapt(corpus, EntityExtractor.shared(MODEL, GAZETTEER), 1, out,
                Map.of("--train", train.toString(), "--gazetteer", GAZETTEER.toString(), "--iterations", "1",
                        "--clusters", "4", "--upper-copies", "0"));
        assertEquals(new AdaptNer.Result(2, 3, 2), r);
        String props = Files.readString(out.resolve("model.properties"), StandardCharsets.UTF_8);
        assertTrue(props.contains("unlabelled_sentences=3\n"), props);
        assertTrue(props.contains("extra_labelled_sentences=2\n"), props);
        assertTrue(Files.size(out.resolve("weights.bin.gz")) > 0);
    }

    @Test
    void missingOrEmptyCorpusIsAnError() throws IOException {
        EntityExtractor teacher = EntityExtractor.shared(MODEL, GAZETTEER);
        IOException missing = assertThrows(IOException.class,
                () -> AdaptNer.adapt(dir.resolve("none"), teacher, 0, dir.resolve("m"), Map.of()));
        assertEquals("corpus not found: " + dir.resolve("none"), missing.getMessage());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        IOException none = assertThrows(IOException.class,
                () -> AdaptNer.adapt(empty, teacher, 0, dir.resolve("m"), Map.of()));
        assertEquals("no text in corpus " + empty, none.getMessage());
    }
}
