package dev.wireetl.common.format;

import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.RejectReason;
import dev.wireetl.common.model.Story;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MenafnParserTest {

    static String resource(String name) throws IOException {
        try (InputStream in = MenafnParserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Story onlyStory(String text) {
        ParseResult result = MenafnParser.parse(text);
        assertEquals(List.of(), result.rejects());
        assertEquals(1, result.stories().size());
        return result.stories().get(0);
    }

    private static void assertRejected(String text, RejectReason reason, String message) {
        ParseResult result = MenafnParser.parse(text);
        assertEquals(List.of(), result.stories());
        assertEquals(1, result.rejects().size());
        assertEquals(reason, result.rejects().get(0).reason());
        assertEquals(message, result.rejects().get(0).message());
    }

    @Test
    void seedPinsEveryField() throws IOException {
        Story s = onlyStory(resource("seed.txt"));
        assertEquals("menafn", s.format());
        assertEquals(LocalDate.of(2025, 1, 7), s.publishedDate());
        assertEquals(LocalDate.of(2025, 1, 7), s.wireDate());
        assertEquals("MENAFN", s.source());
        assertNull(s.provider());
        assertEquals("000045015687", s.providerCode());
        assertEquals("1109062432", s.articleNumber());
        assertEquals("MENAFN07012025000045015687ID1109062432", s.wireId());
        assertNull(s.dateline());
        assertNull(s.headline());
        assertEquals(4, s.paragraphCount());
        assertTrue(s.body().startsWith("U.S. Secretary of State Antony Blinken stated on Monday"));
        assertTrue(s.body().endsWith("residential buildings were damaged by the attacks."));
        assertTrue(s.body().contains("Russia’s military-industrial"), "curly apostrophe kept as written");
        assertEquals(List.of(), s.flags());
        assertEquals(293, s.wordCount());
    }

    @Test
    void providerCreditIsSplitFromSource() {
        Story s = onlyStory(" date 2025-01-08 (MENAFN- Trend News Agency) Baku hosted talks.\n\nMENAFN08012025000187011000ID1109066001");
        assertEquals("MENAFN", s.source());
        assertEquals("Trend News Agency", s.provider());
        assertEquals("Baku hosted talks.", s.body());
    }

    @Test
    void uppercaseDatelineIsSeparatedFromBody() {
        Story s = onlyStory(" date 2025-01-09 (MENAFN- WAM) ABU DHABI - The UAE announced a fund.\n\nMENAFN09012025000135011000ID1109070001");
        assertEquals("ABU DHABI", s.dateline());
        assertEquals("The UAE announced a fund.", s.body());
    }

    @Test
    void reutersStyleDatelineWithAgency() {
        Story s = onlyStory(" date 2025-01-07 (MENAFN) KYIV, Jan 7 (Reuters) - Air raid sirens sounded.");
        assertEquals("KYIV, Jan 7 (Reuters)", s.dateline());
        assertEquals("Air raid sirens sounded.", s.body());
        assertEquals(List.of(Story.FLAG_NO_WIRE_ID), s.flags());
    }

    @Test
    void idLineDateDisagreeingWithHeaderIsKeptAndFlagged() {
        Story s = onlyStory(" date 2025-01-07 (MENAFN) Text.\n\nMENAFN08012025000045015687ID1109062499");
        assertEquals(LocalDate.of(2025, 1, 7), s.publishedDate());
        assertEquals(LocalDate.of(2025, 1, 8), s.wireDate());
        assertEquals(List.of(Story.FLAG_DATE_MISMATCH), s.flags());
    }

    @Test
    void missingDateLineIsNoDate() {
        assertRejected("(MENAFN) Something happened.\n\nMENAFN07012025000045015687ID1",
                RejectReason.NO_DATE,
                "first line does not start with ' date YYYY-MM-DD (CREDIT)': '(MENAFN) Something happened.'");
    }

    @Test
    void impossibleDateIsBadDate() {
        assertRejected(" date 2025-02-30 (MENAFN) Text.", RejectReason.BAD_DATE,
                "header date '2025-02-30' is not a real calendar date (expected YYYY-MM-DD)");
    }

    @Test
    void headerWithoutTextIsNoBody() {
        assertRejected(" date 2025-01-07 (MENAFN)\n\n\nMENAFN07012025000045015687ID1109062432", RejectReason.NO_BODY,
                "header parsed (date 2025-01-07) but the article has no text");
    }
}
