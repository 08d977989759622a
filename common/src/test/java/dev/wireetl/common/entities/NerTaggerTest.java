package dev.wireetl.common.entities;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class NerTaggerTest {

    @Test
    void learnsTinyDataAndRoundTripsThroughItsFile() throws IOException {
        Gazetteer gaz = Gazetteer.load(ResourceOpener.of(Path.of("../conf/gazetteer")));
        List<TaggedSentence> data = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            data.add(new TaggedSentence(List.of("Anna", "Smith", "visited", "Paris", "."),
                    new String[] {"B-PER", "I-PER", "O", "B-LOC", "O"}, false));
            data.add(new TaggedSentence(List.of("Acme", "Corp", "hired", "Tom", "."),
                    new String[] {"B-ORG", "I-ORG", "O", "B-PER", "O"}, false));
        }
        NerTagger t = NerTagger.train(data, gaz, WordClusters.empty(), 5, 1, 7L);
        int[] tags = t.tag(List.of("Anna", "Smith", "visited", "Paris", "."));
        assertArrayEquals(new int[] {1, 5, 0, 2, 0}, tags);
        assertEquals("B-PER", NerTagger.tagName(1));
        assertEquals("I-PER", NerTagger.tagName(5));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.write(out);
        NerTagger back = NerTagger.read(new ByteArrayInputStream(out.toByteArray()), gaz, WordClusters.empty());
        assertEquals(t.featureCount(), back.featureCount());
        assertArrayEquals(t.tag(List.of("Acme", "Corp", "hired", "Tom", ".")),
                back.tag(List.of("Acme", "Corp", "hired", "Tom", ".")));
        assertArrayEquals(new int[] {3, 7, 0, 1, 0}, back.tag(List.of("Acme", "Corp", "hired", "Tom", ".")));
    }
}
