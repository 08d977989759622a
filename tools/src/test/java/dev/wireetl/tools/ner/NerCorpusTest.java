package dev.wireetl.tools.ner;

import dev.wireetl.common.entities.TaggedSentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NerCorpusTest {

    @TempDir
    Path dir;

    @Test
    void readsConllIob1AndRe3dTypes() throws IOException {
        Path f = dir.resolve("x.conll");
        Files.writeString(f, "-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ O O\nGerman JJ B-NP I-MISC\n\n"
                + "Carter\tB-Person\nthanked\tO\nIraq\tB-Location\nToday\tB-Temporal\n", StandardCharsets.UTF_8);
        List<TaggedSentence> s = NerCorpus.read(f, w -> false);
        assertEquals(2, s.size());
        assertTrue(s.get(0).docStart());
        assertEquals(List.of("EU", "rejects", "German"), s.get(0).tokens());
        assertArrayEquals(new String[] {"B-ORG", "O", "B-MISC"}, s.get(0).tags());
        assertArrayEquals(new String[] {"B-PER", "O", "B-LOC", "O"}, s.get(1).tags());
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
    }

    @Test
    void mapsGmbTagsAndMovesTitlesOut() throws IOException {
        Path f = dir.resolve("gmb.csv");
        Files.writeString(f, "Sentence #,Word,POS,Tag\nSentence: 1,President,NNP,B-per\n,Bush,NNP,I-per\n,met,VBD,O\n"
                + ",Iraqi,JJ,B-gpe\n,officials,NNS,O\n,in,IN,O\n,Iraq,NNP,B-geo\n,\",\",\",\",O\n,on,IN,O\n"
                + ",Monday,NNP,B-tim\nSentence: 2,Mr.,NNP,B-per\n", StandardCharsets.UTF_8);
        List<TaggedSentence> s = NerCorpus.read(f, w -> w.equals("Iraqi"));
        assertEquals(2, s.size());
        assertEquals(List.of("President", "Bush", "met", "Iraqi", "officials", "in", "Iraq", ",", "on", "Monday"),
                s.get(0).tokens());
        assertArrayEquals(new String[] {"O", "B-PER", "O", "B-MISC", "O", "O", "B-LOC", "O", "O", "O"}, s.get(0).tags());
        assertArrayEquals(new String[] {"O"}, s.get(1).tags());
    }
}
