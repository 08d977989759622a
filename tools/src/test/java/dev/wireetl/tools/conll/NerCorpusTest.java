package dev.wireetl.tools.conll;

import dev.wireetl.common.entities.Gazetteer;
import dev.wireetl.common.entities.ResourceOpener;
import dev.wireetl.common.entities.TaggedSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class NerCorpusTest {
    /** The demonyms of {@link #gmbFixture()}; Peru, also a gpe span there, is not one. */
    public static final Predicate<String> FIXTURE_DEMONYMS = Set.of("Norwegian")::contains;

    @TempDir
    Path dir;

    /** A GMB CSV (CRLF lines, as distributed) with a span of every GMB class. */
    public static Path gmbFixture() {
        try {
            return Path.of(NerCorpusTest.class.getResource("gmb-classes.csv").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsConllIob1AndRe3dTypes() throws IOException {
        Path f = dir.resolve("x.conll");
        Files.writeString(f, "-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ O O\nGerman JJ B-NP I-MISC\n\n"
                + "Carter\tB-Person\nthanked\tO\nIraq\tB-Location\nToday\tB-Temporal\n", StandardCharsets.UTF_8);
        List<NerCorpus.Sentence> s = NerCorpus.readWithPos(f, w -> false);
        assertEquals(2, s.size());
        assertTrue(s.get(0).tagged().docStart());
        assertEquals(List.of("EU", "rejects", "German"), s.get(0).tagged().tokens());
        assertArrayEquals(new String[] {"B-ORG", "O", "B-MISC"}, s.get(0).tagged().tags());
        assertEquals(List.of("NNP", "VBZ", "JJ"), s.get(0).posTags());
        assertArrayEquals(new String[] {"B-PER", "O", "B-LOC", "O"}, s.get(1).tagged().tags());
        assertEquals(List.of(), s.get(1).posTags());
    }

    @Test
    void readsUniversalNerIob2WithCommentsAndIdColumn() throws IOException {
        Path f = dir.resolve("x.iob2");
        Files.writeString(f, "# newdoc id = a1\n# text = Vela Motors hired Ana Lind\n1\tVela\tB-ORG\t-\t-\n"
                + "2\tMotors\tI-ORG\t-\tann\n3\thired\tO\t-\t-\n4\tAna\tB-PER\t-\t-\n5\tLind\tI-PER\t-\t-\n\n"
                + "# sent_id = 2\n1\tin\tO\t-\t-\n2\tOslo\tB-LOC\t-\t-\n", StandardCharsets.UTF_8);
        List<TaggedSentence> s = NerCorpus.read(f, w -> false);
        assertEquals(2, s.size());
        assertTrue(s.get(0).docStart());
        assertEquals(List.of("Vela", "Motors", "hired", "Ana", "Lind"), s.get(0).tokens());
        assertArrayEquals(new String[] {"B-ORG", "I-ORG", "O", "B-PER", "I-PER"}, s.get(0).tags());
        assertEquals(false, s.get(1).docStart());
        assertArrayEquals(new String[] {"O", "B-LOC"}, s.get(1).tags());
        assertEquals(List.of(), NerCorpus.readWithPos(f, w -> false).get(0).posTags());
    }

    /** The one place the GMB mapping is pinned; {@code ConllFilesTest} checks Spark NLP reads the same. */
    @Test
    void mapsEveryGmbClassAndMovesTitlesOut() throws IOException {
        List<NerCorpus.Sentence> s = NerCorpus.readWithPos(gmbFixture(), FIXTURE_DEMONYMS);

        assertEquals(3, s.size());
        assertEquals(List.of("Mr.", "Tomas", "Varga", "told", "Norwegian", "reporters", "in", "Oslo", "on", "Monday",
                "."), s.get(0).tagged().tokens());
        // per with its title out, gpe demonym, geo, tim
        assertArrayEquals(new String[] {"O", "B-PER", "I-PER", "O", "B-MISC", "O", "O", "B-LOC", "O", "O", "O"},
                s.get(0).tagged().tags());
        assertEquals(List.of("NNP", "NNP", "NNP", "VBD", "JJ", "NNS", "IN", "NNP", "IN", "NNP", "."),
                s.get(0).posTags());
        assertEquals(List.of("The", "Vela", "Motors", "plant", "in", "Peru", "survived", "Hurricane", "Selma",
                "before", "the", "Harbour", "Cup", "."), s.get(1).tagged().tokens());
        // org, gpe that is no demonym, nat, eve
        assertArrayEquals(new String[] {"O", "B-ORG", "I-ORG", "O", "O", "B-LOC", "O", "O", "O", "O", "O", "B-MISC",
            "I-MISC", "O"}, s.get(1).tagged().tags());
        assertEquals(List.of("Minister", "sold", "10,000", "copies", "of", "\"", "Blue", "Door", "\""),
                s.get(2).tagged().tokens());
        // a title alone, art; quoted CSV fields
        assertArrayEquals(new String[] {"O", "O", "O", "O", "O", "O", "B-MISC", "I-MISC", "O"},
                s.get(2).tagged().tags());
        assertEquals(List.of("NNP", "VBD", "CD", "NNS", "IN", "``", "NNP", "NNP", "''"), s.get(2).posTags());
        assertFalse(s.stream().anyMatch(x -> x.tagged().docStart()));
    }

    /** The words-only reader (the people list's, which must not use the annotations) gives the same tokens. */
    @Test
    void readsGmbWordsAloneAsTheTaggedReaderTokensThem() throws IOException {
        assertEquals(NerCorpus.read(gmbFixture(), FIXTURE_DEMONYMS).stream().map(TaggedSentence::tokens).toList(),
                NerCorpus.readGmbWords(gmbFixture()));
        Path words = dir.resolve("words.csv");
        Files.write(words, "Sentence #,Word\r\nSentence: 1,Caf\u00e9\r\n,\u2019s\r\nSentence: 2,Oslo\r\n"
                .getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of(List.of("Caf\u00e9", "\u2019s"), List.of("Oslo")), NerCorpus.readGmbWords(words));
    }

    @Test
    void readsWindows1252WhenNotUtf8AndDropsAUtf8Bom() throws IOException {
        Path gmb = dir.resolve("gmb.csv");
        Files.write(gmb, "Sentence #,Word,POS,Tag\r\nSentence: 1,Caf\u00e9,NNP,B-org\r\n,\u2019s,POS,O\r\n"
                .getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of("Caf\u00e9", "\u2019s"), NerCorpus.read(gmb, w -> false).get(0).tokens());

        Path conll = dir.resolve("bom.conll");
        Files.writeString(conll, "\uFEFF-DOCSTART- -X- -X- O\n\nCaf\u00e9 NNP B-NP B-ORG\n", StandardCharsets.UTF_8);
        List<TaggedSentence> s = NerCorpus.read(conll, w -> false);
        assertEquals(1, s.size());
        assertEquals(List.of("Caf\u00e9"), s.get(0).tokens());
    }

    @Test
    void demonymsAreTheGazetteersOrWordsShapedLikeOne() throws IOException {
        Predicate<String> demonyms = NerCorpus.demonyms(
                Gazetteer.load(ResourceOpener.of(Path.of("../conf/gazetteer"))));
        assertTrue(demonyms.test("French"));
        assertTrue(demonyms.test("Iraqi"));
        assertFalse(demonyms.test("Oslo"));
        assertFalse(demonyms.test("Peru"));
    }
}
