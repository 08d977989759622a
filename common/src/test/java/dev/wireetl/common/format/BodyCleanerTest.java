package dev.wireetl.common.format;

import dev.wireetl.common.format.BodyCleaner.Cleaned;
import dev.wireetl.common.format.BodyCleaner.Dateline;
import dev.wireetl.common.format.BodyCleaner.DatelineForms;
import dev.wireetl.common.model.Story;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class BodyCleanerTest {
    private static final LocalDate JAN_7 = LocalDate.of(2025, 1, 7);

    private static Cleaned clean(String text) {
        return BodyCleaner.clean(text, JAN_7, DatelineForms.DASHED_OR_COLON, List.of());
    }

    @Test
    void datelineHouseStylesSplitIntoTextPlaceAndDate() {
        // {first paragraph, dateline text, place, resolved date or "", body start}
        String[][] cases = {
                {"BAKU, Azerbaijan, January 6. The", "BAKU, Azerbaijan, January 6", "BAKU, Azerbaijan", "2025-01-06"},
                {"KUWAIT, Jan 7 (KUNA) -- The", "KUWAIT, Jan 7 (KUNA)", "KUWAIT", "2025-01-07"},
                {"GAZA, Jan 6 (NNN-XINHUA) – The", "GAZA, Jan 6 (NNN-XINHUA)", "GAZA", "2025-01-06"},
                {"Amman, Jan. 7 (Petra) – The", "Amman, Jan. 7 (Petra)", "Amman", "2025-01-07"},
                {"Amman, Jan 7 (Petra) - The", "Amman, Jan 7 (Petra)", "Amman", "2025-01-07"},
                {"Amman, Jan 7 (Petra)--The", "Amman, Jan 7 (Petra)", "Amman", "2025-01-07"},
                {"Moscow, Jan 7 (IANS) The", "Moscow, Jan 7 (IANS)", "Moscow", "2025-01-07"},
                {"AMMAN - The", "AMMAN", "AMMAN", ""},
                {"ABU DHABI — The", "ABU DHABI", "ABU DHABI", ""},
                {"Doha, Qatar: The", "Doha, Qatar", "Doha, Qatar", ""},
                {"Washington: The", "Washington", "Washington", ""},
                {"KYIV (Reuters) - The", "KYIV (Reuters)", "KYIV", ""},
                {"LONDON, December 31, 2024 - The", "LONDON, December 31, 2024", "LONDON", "2024-12-31"},
        };
        for (String[] c : cases) {
            Cleaned r = clean(c[0] + " story starts here.");
            Dateline d = r.dateline();
            assertEquals(c[1], d == null ? null : d.text(), c[0]);
            assertEquals(c[2], d.place(), c[0]);
            assertEquals(c[3].isEmpty() ? null : LocalDate.parse(c[3]), d.date(), c[0]);
            assertEquals(List.of("The story starts here."), r.paragraphs(), c[0]);
        }
    }

    @Test
    void datelineStandingAloneAsAParagraphOrOnItsOwnLine() {
        Cleaned alone = clean("BAKU, Azerbaijan, January 6.\n\nThe story starts here.\n\nMore.");
        assertEquals("BAKU, Azerbaijan, January 6", alone.dateline().text());
        assertEquals(List.of("The story starts here.", "More."), alone.paragraphs());
        Cleaned ownLine = clean("AMMAN —\nThe story starts here.\n\nMore.");
        assertEquals("AMMAN", ownLine.dateline().text());
        assertEquals(List.of("The story starts here.", "More."), ownLine.paragraphs());
        Cleaned heading = clean("Results:\n\nThe story starts here.");
        assertNull(heading.dateline());
    }

    @Test
    void sentenceStartsAndListItemsAreNotDatelines() {
        for (String text : List.of("1993 -- Businessman opened a shop.", "U.S. Secretary of State spoke.",
                "Amman - the capital - grew.", "Bitcoin - The coin fell.", "Mr. Smith said so.",
                "Prices rose. Analysts agreed.", "KUWAIT, Febtember 3 (KUNA) -- The")) {
            assertNull(clean(text).dateline(), text);
        }
    }

    @Test
    void colonDatelinesOnlyWhereTheFormatUsesThem() {
        Cleaned r = BodyCleaner.clean("Result: Home 2 Away 1", null, DatelineForms.DASHED, List.of());
        assertNull(r.dateline());
        assertEquals(List.of("Result: Home 2 Away 1"), r.paragraphs());
        assertNull(BodyCleaner.clean("AMMAN - The story.", null, DatelineForms.NONE, List.of()).dateline());
    }

    @Test
    void datelineDateFromLastYearAcrossNewYear() {
        Cleaned r = clean("BAKU, Azerbaijan, December 31. The story.");
        assertEquals(LocalDate.of(2024, 12, 31), r.dateline().date());
        assertEquals(List.of(Story.FLAG_DATELINE_DATE_MISMATCH), r.flags());
    }

    @Test
    void continuationLinesAreJoinedAndHyphenatedWrapsKeepTheHyphen() {
        Cleaned r = clean("The minister said the well-\nknown plan would\nstart in May.\n\nNext paragraph.");
        assertEquals(List.of("The minister said the well-known plan would start in May.", "Next paragraph."),
                r.paragraphs());
        assertEquals(List.of(Story.FLAG_WRAPS_JOINED), r.flags());
    }

    @Test
    void blankLineSeparatedBodyKeepsASentenceLineBreakInsideItsParagraph() {
        Cleaned r = clean("Results:\nAlpha won.\nBeta lost.\n\n\n\nNext paragraph.");
        assertEquals(List.of("Results:\nAlpha won.\nBeta lost.", "Next paragraph."), r.paragraphs());
        assertEquals(List.of(), r.flags());
    }

    @Test
    void longSingleLineParagraphsAreNeverTakenForWraps() {
        String a = "A".repeat(120) + " ends here without a stop";
        Cleaned r = clean(a + "\nB starts a new paragraph.");
        assertEquals(List.of(a, "B starts a new paragraph."), r.paragraphs());
    }

    @Test
    void disclaimerCutsEverythingAfterIt() {
        Cleaned r = clean("Story text.\n\nLegal Disclaimer:\nThe publisher is not responsible.\n\nMore small print.");
        assertEquals(List.of("Story text."), r.paragraphs());
        assertEquals(List.of(Story.FLAG_DISCLAIMER_STRIPPED), r.flags());
    }

    @Test
    void readAlsoRemnantKeepsStoryTextAfterTheLinkedTitlesSentenceEnd() {
        Cleaned r = clean("Troops held the line. Read also: Enemy attacks repelled. The governor spoke.");
        assertEquals(List.of("Troops held the line. The governor spoke."), r.paragraphs());
        assertEquals(List.of(Story.FLAG_LINK_REMNANT_STRIPPED), r.flags());
    }

    @Test
    void endMarkerGluedToTheLastSentenceWithInitials() {
        Cleaned r = clean("The talks will resume on Sunday. (end) ahm.mt");
        assertEquals(List.of("The talks will resume on Sunday."), r.paragraphs());
        assertEquals(List.of(Story.FLAG_END_MARKER_STRIPPED), r.flags());
    }

    @Test
    void signOffNeedsADashAndAnAgencyCode() {
        assertEquals(List.of("Talks went on."), BodyCleaner.clean("Talks went on. -- KUNA", null, DatelineForms.NONE,
                List.of("Kuwait News Agency (KUNA)")).paragraphs());
        assertEquals(List.of("Talks went on."), clean("Talks went on.\n\nNNN-PETRA").paragraphs());
        for (String kept : List.of("Trade grew between the US-UK", "He met the head of the WHO - UNICEF",
                "Talks went on. -- KUNA")) {
            Cleaned r = clean(kept);
            assertEquals(List.of(kept), r.paragraphs(), kept);
            assertEquals(List.of(), r.flags(), kept);
        }
    }

    @Test
    void paragraphsAlreadyDelimitedGetBoilerplateAndDatelineOnly() {
        Cleaned r = BodyCleaner.cleanParagraphs(List.of("CAIRO, Jan 7 (MENA) - The bank held rates.",
                        "Read also: Another story", "It meets in March.", "– NNN-MENA"), JAN_7,
                DatelineForms.DASHED, List.of());
        assertEquals("CAIRO, Jan 7 (MENA)", r.dateline().text());
        assertEquals(List.of("The bank held rates.", "It meets in March."), r.paragraphs());
        assertEquals(List.of(Story.FLAG_LINK_REMNANT_STRIPPED, Story.FLAG_SIGN_OFF_STRIPPED), r.flags());
    }
}
