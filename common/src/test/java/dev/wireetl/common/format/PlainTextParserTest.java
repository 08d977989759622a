package dev.wireetl.common.format;

import dev.wireetl.common.model.DateSource;
import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import dev.wireetl.common.model.Story;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlainTextParserTest {
    private static final long MTIME = Instant.parse("2024-12-31T23:30:00Z").toEpochMilli();
    private static final LocalDate DEFAULT = LocalDate.of(2005, 1, 1);

    private static ParseResult parse(String text, String path, long mtime, LocalDate defaultDate) {
        return PlainTextParser.parse(new DecodedText(text, "UTF-8"), path, mtime, defaultDate);
    }

    private static Story only(String text, String path, long mtime, LocalDate defaultDate) {
        ParseResult result = parse(text, path, mtime, defaultDate);
        assertEquals(List.of(), result.rejects());
        return result.stories().get(0);
    }

    @Test
    void headlineBlankLineBodyPinsEveryField() throws IOException {
        Story s = only(MenafnParserTest.resource("plain-headline.txt"), "/data/bbc/business/001.txt", MTIME, null);
        assertEquals("plain_text", s.format());
        assertEquals("UTF-8", s.charset());
        assertEquals("Port operator lifts profit on container volumes", s.headline());
        assertEquals(List.of(
                "Quarterly profit at the port operator Harbourline rose 18% to $412m (£330m) in the three months to September.",
                "The company, which runs terminals in Rotterdam and Singapore, said volumes grew for a fifth quarter."),
                s.paragraphs());
        assertEquals(LocalDate.of(2024, 12, 31), s.publishedDate());
        assertEquals(DateSource.MODIFICATION_TIME, s.dateSource());
        assertNull(s.publishedTs());
        assertNull(s.source());
        assertNull(s.wireId());
        assertNull(s.storyRef());
        assertEquals(List.of(), s.flags());
    }

    @Test
    void dateFoldersInThePathWinOverEverything() {
        Story s = only("H\n\nBody.", "s3a://landing/2025/01/07/story.txt", MTIME, DEFAULT);
        assertEquals(LocalDate.of(2025, 1, 7), s.publishedDate());
        assertEquals(DateSource.PATH, s.dateSource());
    }

    @Test
    void isoDateInAFileOrFolderNameIsAPathDateAndTheLastOneWins() {
        assertEquals(LocalDate.of(2025, 1, 8), PlainTextParser.pathDate("/in/2025-01-07/wire-2025-01-08.txt"));
        assertEquals(LocalDate.of(2025, 1, 7), PlainTextParser.pathDate("/in/2025-01-07/story-12345678.txt"));
        assertEquals(LocalDate.of(2025, 1, 7), PlainTextParser.pathDate("/in/2025/01/07/2025-13-45.txt"));
    }

    @Test
    void thingsThatOnlyResembleDatesAreNotPathDates() {
        assertNull(PlainTextParser.pathDate("/in/2025/01/07"));
        assertNull(PlainTextParser.pathDate("/in/2025/02/30/a.txt"));
        assertNull(PlainTextParser.pathDate("/in/12025-01-071.txt"));
        assertNull(PlainTextParser.pathDate(null));
    }

    @Test
    void defaultDateComesBeforeModificationTime() {
        Story s = only("H\n\nBody.", "/in/bbc/001.txt", MTIME, DEFAULT);
        assertEquals(DEFAULT, s.publishedDate());
        assertEquals(DateSource.DEFAULT, s.dateSource());
    }

    @Test
    void noDateAnywhereIsNoDate() {
        assertEquals(List.of(Reject.of(RejectReason.NO_DATE, "plain text carries no date: none in the path, no "
                        + "input.default-date, and the file's modification time is unknown")),
                parse("H\n\nBody.", "/in/001.txt", 0, null).rejects());
    }

    @Test
    void headlineWithoutBodyIsNoBody() {
        assertEquals(List.of(Reject.of(RejectReason.NO_BODY, "headline 'Just a headline' is followed by no body text")),
                parse("\n  Just a headline  \n\n \n", "/in/a.txt", MTIME, null).rejects());
    }

    @Test
    void paragraphsKeepInnerLineBreaksBetweenSentences() {
        Story s = only("H\n\nLine one.\nLine two.\n\n\nnext\n", "/a", MTIME, null);
        assertEquals(List.of("Line one.\nLine two.", "next"), s.paragraphs());
        assertEquals(List.of(), s.flags());
    }

    @Test
    void continuationLinesAreJoinedAndFlagged() {
        Story s = only("H\n\nline one\nline two\n\nnext\n", "/a", MTIME, null);
        assertEquals(List.of("line one line two", "next"), s.paragraphs());
        assertEquals(List.of(Story.FLAG_WRAPS_JOINED), s.flags());
    }

    @Test
    void datelineAndSignOffAreSplitOffAPlainTextBody() {
        Story s = only("Port reopens\n\nCAIRO, Dec 30 (MENA) - The port reopened on Monday. – NNN-MENA\n", "/2024/12/30/a.txt",
                MTIME, null);
        assertEquals("CAIRO, Dec 30 (MENA)", s.dateline());
        assertEquals("The port reopened on Monday.", s.body());
        assertEquals(List.of(Story.FLAG_SIGN_OFF_STRIPPED), s.flags());
    }

    @Test
    void detectionRules() {
        assertTrue(PlainTextParser.looksLike("\n\nHeadline\n\nBody"));
        assertTrue(PlainTextParser.looksLike("Headline only"));
        assertTrue(PlainTextParser.looksLike("Headline\n   \nBody"));
        assertFalse(PlainTextParser.looksLike("Consists of 2225 documents.\nNatural Classes: 5\n\nMore"));
        assertFalse(PlainTextParser.looksLike("x".repeat(301) + "\n\nBody"));
        assertTrue(PlainTextParser.looksLike("x".repeat(300) + "\n\nBody"));
        assertFalse(PlainTextParser.looksLike("<html>\n\n<body>"));
        assertFalse(PlainTextParser.looksLike(" \n\t\n"));
    }
}
