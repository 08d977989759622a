package dev.wireetl.common.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article: exactly its three gold figures and three gold dates, nothing else. */
class SeedExtractionTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 1, 7);

    private static String body() throws IOException {
        try (InputStream in = SeedExtractionTest.class.getResourceAsStream("seed-body.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Sentence starts for this test only: after a full stop that follows a lower-case letter or digit, and after blank lines. */
    private static int[] sentenceStarts(String body) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 1; i + 1 < body.length(); i++) {
            boolean stop = body.charAt(i) == '.' && Character.isLetterOrDigit(body.charAt(i - 1))
                    && !Character.isUpperCase(body.charAt(i - 1));
            if (stop) {
                int next = i + 1;
                while (next < body.length() && Character.isWhitespace(body.charAt(next))) {
                    next++;
                }
                if (next < body.length()) {
                    starts.add(next);
                }
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    @Test
    void extractsExactlyTheGoldFiguresAndDates() throws IOException {
        String body = body();
        int[] starts = sentenceStarts(body);
        assertEquals(12, starts.length);
        Extraction result = FigureExtractor.standard().extract(body, PUBLISHED, starts);

        int drones = body.indexOf("79 out of 128");
        int ukrainian = body.indexOf("12 Ukrainian");
        int people = body.indexOf("three people");
        assertEquals(List.of(
                new Figure(FigureKind.COUNT, "79 out of 128", drones, drones + 13, 79.0, null, 128.0, null, "drones",
                        "Russian", Qualifier.EXACT, null, null, 9),
                new Figure(FigureKind.COUNT, "12", ukrainian, ukrainian + 2, 12.0, null, null, null, "drones",
                        "Ukrainian", Qualifier.EXACT, null, null, 10),
                new Figure(FigureKind.COUNT, "three", people, people + 5, 3.0, null, null, null, "people", null,
                        Qualifier.EXACT, null, CountType.WOUND, 11)),
                result.figures());

        int monday = body.indexOf("Monday");
        int february = body.indexOf("February 2022");
        int weeks = body.indexOf("two weeks");
        assertEquals(List.of(
                new DateMention(DateKind.DATE, "Monday", monday, monday + 6, "2025-01-06", "DAY", 0),
                new DateMention(DateKind.DATE, "February 2022", february, february + 13, "2022-02", "MONTH", 2),
                new DateMention(DateKind.DURATION, "two weeks", weeks, weeks + 9, "P2W", null, 5)),
                result.dates());
    }

    @Test
    void sentenceIndexIsTheLastStartAtOrBeforeTheOffset() {
        int[] starts = {0, 10, 25};
        assertEquals(0, FigureExtractor.sentenceIndex(starts, 0));
        assertEquals(0, FigureExtractor.sentenceIndex(starts, 9));
        assertEquals(1, FigureExtractor.sentenceIndex(starts, 10));
        assertEquals(2, FigureExtractor.sentenceIndex(starts, 99));
    }

    @Test
    void emptyBodyHasNothing() {
        Extraction result = FigureExtractor.standard().extract("", PUBLISHED, new int[] {0});
        assertEquals(List.of(), result.figures());
        assertEquals(List.of(), result.dates());
    }
}
