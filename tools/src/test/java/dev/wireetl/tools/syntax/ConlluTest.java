package dev.wireetl.tools.syntax;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConlluTest {
    static final Path FIXTURES = Path.of("src/test/resources/syntax");

    @Test
    void readsWordsOfMultiwordTokensAndSkipsEmptyNodes() throws IOException {
        List<Conllu.Sentence> s = Conllu.read(FIXTURES.resolve("multiword.conllu"));
        assertEquals(1, s.size());
        Conllu.Sentence m = s.get(0);
        assertEquals("m1", m.id());
        assertArrayEquals(new String[] {"We", "do", "n't", "sell", "e-mail", "lists", "."}, m.words());
        assertArrayEquals(new int[] {4, 4, 4, 0, 6, 4, 4}, m.heads());
        assertArrayEquals(new String[] {"nsubj", "aux", "advmod", "root", "compound", "obj", "punct"}, m.deprels());
        // "don't" is spelled by its words: do = [3,5), n't = [5,8)
        assertArrayEquals(new int[] {0, 3, 5, 9, 14, 21, 26}, m.begin());
        assertArrayEquals(new int[] {2, 5, 8, 13, 20, 26, 27}, m.end());
    }

    @Test
    void rejectsShortLinesWithTheirPosition() {
        List<Conllu.Sentence> out = new ArrayList<>();
        IOException e = assertThrows(IOException.class,
                () -> Conllu.read(new BufferedReader(new StringReader("# text = A\n1\tA\tA\n")), "x.conllu", out));
        assertEquals("x.conllu:2: expected 10 tab-separated fields, got 3", e.getMessage());
    }

    @Test
    void rejectsHeadsOutsideTheSentence() {
        List<Conllu.Sentence> out = new ArrayList<>();
        IOException e = assertThrows(IOException.class, () -> Conllu.read(new BufferedReader(new StringReader(
                "# sent_id = s\n1\tA\ta\tX\tX\t_\t2\tdep\t_\t_\n\n")), "x.conllu", out));
        assertEquals("x.conllu:3: head 2 out of range in sentence s", e.getMessage());
    }
}
