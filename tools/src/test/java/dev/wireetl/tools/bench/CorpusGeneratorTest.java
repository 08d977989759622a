package dev.wireetl.tools.bench;

import dev.wireetl.common.format.ParserSettings;
import dev.wireetl.common.format.RawFile;
import dev.wireetl.common.format.WireFileParser;
import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusGeneratorTest {
    @TempDir
    Path tmp;

    @Test
    void sameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws IOException {
        CorpusGenerator.generate(tmp.resolve("a"), 40, 7, 5, false);
        CorpusGenerator.generate(tmp.resolve("b"), 40, 7, 5, false);
        CorpusGenerator.generate(tmp.resolve("c"), 40, 8, 5, false);
        List<Path> a = files(tmp.resolve("a"));
        List<Path> b = files(tmp.resolve("b"));
        assertEquals(40, a.size());
        assertEquals(a.stream().map(p -> tmp.resolve("a").relativize(p)).toList(),
                b.stream().map(p -> tmp.resolve("b").relativize(p)).toList());
        for (int i = 0; i < a.size(); i++) {
            assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
        }
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(a.get(0)),
                Files.readAllBytes(files(tmp.resolve("c")).get(0))));
    }

    @Test
    void filesAreShardedByDay() throws IOException {
        CorpusGenerator.generate(tmp, 10, 1, 3, false);
        assertTrue(Files.isRegularFile(tmp.resolve("2025/01/01/menafn-00000000.txt")));
        assertTrue(Files.isRegularFile(tmp.resolve("2025/01/02/menafn-00000001.txt")));
        assertTrue(Files.isRegularFile(tmp.resolve("2025/01/01/menafn-00000003.txt")));
    }

    @Test
    void everyFileParsesIntoOneStoryWithinTheLengthRange() throws IOException {
        int n = 300;
        CorpusGenerator.generate(tmp, n, 42, 7, false);
        WireFileParser parser = new WireFileParser(new ParserSettings(ParserSettings.DEFAULT_MAX_FILE_BYTES, null));
        Set<String> providers = new HashSet<>();
        Set<String> ids = new HashSet<>();
        int withDateline = 0;
        int longest = 0;
        for (Path f : files(tmp)) {
            ParseResult r = parser.parse(new RawFile(f.toString(), Files.readAllBytes(f), 0));
            assertEquals("menafn", r.format(), f.toString());
            assertEquals(1, r.stories().size(), f + ": " + r.rejects());
            assertTrue(r.rejects().isEmpty(), f + ": " + r.rejects());
            Story s = r.stories().get(0);
            assertTrue(s.wordCount() >= 100 && s.wordCount() <= 1500, f + ": " + s.wordCount() + " words");
            assertTrue(s.flags().isEmpty(), f + ": " + s.flags());
            assertTrue(ids.add(s.wireId()), "duplicate wire id " + s.wireId());
            providers.add(String.valueOf(s.provider()));
            withDateline += s.dateline() != null ? 1 : 0;
            longest = Math.max(longest, s.wordCount());
        }
        assertTrue(providers.size() >= 8, "providers: " + providers);
        assertTrue(withDateline > n / 2 && withDateline < n, "datelines: " + withDateline);
        assertTrue(longest > 700, "longest body: " + longest);
    }

    @Test
    void bodiesCarryTheFiguresAndDatesTheExtractorsLookFor() throws IOException {
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            all.append(new String(CorpusGenerator.article(3, i, 10, false).bytes(), StandardCharsets.UTF_8));
        }
        String text = all.toString();
        assertTrue(text.matches("(?s).*\\d+ out of \\d+ \\w+.*"), "X out of Y");
        assertTrue(text.matches("(?s).*[$€£]\\d+(\\.\\d)? (million|billion).*"), "money");
        assertTrue(text.matches("(?s).*\\d+\\.\\d( percent|%).*"), "percentages");
        assertTrue(text.matches("(?s).*on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday).*"),
                "weekday");
        assertTrue(text.matches("(?s).*in (January|February|March|April|May|June|July|August|September|October"
                + "|November|December) 20\\d\\d.*"), "month and year");
    }

    @Test
    void tinyFilesAreAtTheMinimumLength() {
        int words = CorpusGenerator.article(1, 5, 1, true).words();
        assertTrue(words >= 130 && words < 200, "tiny body: " + words);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
