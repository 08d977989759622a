package dev.wireetl.common.format;

import dev.wireetl.common.model.ArticleIds;
import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.RejectReason;
import dev.wireetl.common.model.Story;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The layouts real MENAFN feeds deliver, one invented fixture each (resources {@code menafn/}). */
class MenafnFeedsTest {

    private static Story parse(String fixture) throws IOException {
        ParseResult result = MenafnParser.parse(MenafnParserTest.resource("menafn/" + fixture));
        assertEquals(List.of(), result.rejects(), fixture);
        assertEquals(1, result.stories().size(), fixture);
        return result.stories().get(0);
    }

    @Test
    void titleOnTheDateLineBeforeACreditOnTheNextLineIsTheHeadline() throws IOException {
        Story s = parse("title-before-credit.txt");
        assertEquals("Two Hurt As Storm Hits Coastal Town", s.headline());
        assertEquals("MENAFN", s.source());
        assertEquals("UkrinForm", s.provider());
        assertNull(s.dateline());
        assertEquals(List.of(
                "On September 14, a storm damaged roofs in the coastal town of Zatoka, the regional administration said.",
                "Repair crews were sent to the area on Sunday morning."), s.paragraphs());
        assertEquals(List.of(Story.FLAG_NO_WIRE_ID), s.flags());
    }

    @Test
    void titleOnItsOwnLineAndPageFurnitureBeforeTheCredit() throws IOException {
        Story s = parse("title-own-line-furniture.txt");
        assertEquals("Port Authority Opens New Grain Terminal", s.headline());
        assertEquals(LocalDate.of(2025, 5, 28), s.publishedDate());
        assertEquals("Trend News Agency", s.provider());
        assertEquals("BAKU, Azerbaijan, May 28", s.dateline());
        assertEquals(List.of(
                "The port authority opened a grain terminal with an annual capacity of 2 million tonnes.",
                "Officials said exports would start in July."), s.paragraphs());
        assertEquals("MENAFN28052025000187011000ID1109601234", s.wireId());
        assertEquals("1109601234", s.articleNumber());
        assertEquals(List.of(Story.FLAG_HEADER_FURNITURE), s.flags());
    }

    @Test
    void timestampLineAndTheProviderRepeatedBeforeTheDatelineAreFurniture() throws IOException {
        Story s = parse("timestamp-repeated-provider.txt");
        assertEquals("Farmers Expect Record Wheat Harvest", s.headline());
        assertEquals("Jordan Times", s.provider());
        assertEquals("AMMAN", s.dateline());
        assertEquals("Farmers in the north expect a record wheat harvest after heavy winter rain, the agriculture "
                + "ministry said.", s.body());
        assertEquals(List.of(Story.FLAG_NO_WIRE_ID, Story.FLAG_HEADER_FURNITURE), s.flags());
    }

    @Test
    void spacedCreditWithNestedParenthesesAndKunaEndMarker() throws IOException {
        Story s = parse("kuna-end-marker.txt");
        assertEquals("MENAFN", s.source());
        assertEquals("Kuwait News Agency (KUNA)", s.provider());
        assertEquals("KUWAIT, June 3 (KUNA)", s.dateline());
        assertEquals(List.of("The cabinet approved a draft budget on Tuesday.",
                "The ministry will publish the details next week."), s.paragraphs());
        assertEquals(List.of(Story.FLAG_NO_WIRE_ID, Story.FLAG_END_MARKER_STRIPPED), s.flags());
    }

    @Test
    void creditThatLostItsOpeningParenthesisIsReadAndFlagged() throws IOException {
        Story s = parse("lost-parenthesis.txt");
        assertEquals("MENAFN", s.source());
        assertEquals("Jordan News Agency", s.provider());
        assertNull(s.headline());
        assertEquals("Petra, Dec. 23 (Petra)", s.dateline());
        assertEquals("Exports rose 5 percent in November, the statistics department said.", s.body());
        assertEquals(List.of(Story.FLAG_NO_WIRE_ID, Story.FLAG_CREDIT_REPAIRED), s.flags());
    }

    @Test
    void fileWithoutCreditIsKeptWithItsHeadline() throws IOException {
        Story s = parse("no-credit.txt");
        assertEquals("Central Bank Keeps Rates On Hold", s.headline());
        assertNull(s.source());
        assertNull(s.provider());
        assertEquals(List.of("The central bank left its main rate at 7.5 percent on Monday.", "It meets again in May."),
                s.paragraphs());
        assertEquals(List.of(Story.FLAG_NO_WIRE_ID, Story.FLAG_NO_CREDIT), s.flags());
    }

    @Test
    void withoutCreditASentenceOnTheDateLineIsBodyNotHeadline() {
        Story s = MenafnParserTest.onlyStory(" date 2025-03-10 The central bank left its main rate at 7.5 percent.\n"
                + "It meets again in May.");
        assertNull(s.headline());
        assertEquals(List.of("The central bank left its main rate at 7.5 percent.", "It meets again in May."),
                s.paragraphs());
    }

    @Test
    void hashtagsGluedAfterTheCreditAreDroppedUpToTheAgencyCode() throws IOException {
        Story s = parse("hashtags.txt");
        assertEquals("The Peninsula", s.provider());
        assertEquals("Doha, Qatar", s.dateline());
        assertEquals("Fireworks lit up the seafront on Wednesday evening as crowds gathered.", s.body());
        assertEquals(List.of(Story.FLAG_NO_WIRE_ID, Story.FLAG_HEADER_FURNITURE), s.flags());
    }

    @Test
    void pipeBylineNamingTheProviderBecomesTheByline() throws IOException {
        Story s = parse("pipe-byline.txt");
        assertEquals("Mariam Haddad", s.byline());
        assertEquals("Doha, Qatar", s.dateline());
        assertEquals("The ministry launched a recycling campaign on Tuesday.", s.body());
        assertEquals(List.of(Story.FLAG_NO_WIRE_ID), s.flags());
    }

    @Test
    void nameFollowedByReadMoreIsTheByline() throws IOException {
        Story s = parse("read-more-byline.txt");
        assertEquals("Omar Saleh", s.byline());
        assertEquals("Washington", s.dateline());
        assertEquals("The festival opened on Wednesday with 40 exhibitors.", s.body());
    }

    @Test
    void yearListItemsAreNotDatelines() throws IOException {
        Story s = parse("today-in-history.txt");
        assertNull(s.dateline());
        assertEquals(List.of("Today in history",
                "1993 -- Businessman Karim Nour opens the first bookshop in the old city.\n"
                        + "2001 -- A new bridge over the river is completed."), s.paragraphs());
    }

    @Test
    void singleNewlinesOnlyMakeOneParagraphALine() throws IOException {
        Story s = parse("single-newlines.txt");
        assertEquals("NEW DELHI, April 2 (IANS)", s.dateline());
        assertEquals(List.of("The ministry said exports grew.", "Imports fell by 3 percent over the same period.",
                "The trade gap narrowed to its lowest level in a year."), s.paragraphs());
        assertEquals(List.of(Story.FLAG_NO_WIRE_ID), s.flags());
    }

    @Test
    void hardWrapsAreJoinedAndTheSignOffIsStripped() throws IOException {
        Story s = parse("hard-wrapped.txt");
        assertEquals("GAZA, March 4 (NNN-XINHUA)", s.dateline());
        assertEquals(List.of("Aid agencies said on Tuesday that more than 200 trucks had crossed into the enclave "
                        + "since the weekend, the largest number in a month.",
                "Officials said fuel deliveries remained limited and that the water network in the north had "
                        + "stopped working."), s.paragraphs());
        assertEquals(List.of(Story.FLAG_NO_WIRE_ID, Story.FLAG_WRAPS_JOINED, Story.FLAG_SIGN_OFF_STRIPPED), s.flags());
    }

    @Test
    void hardWrapsWithoutBlankLinesBreakAfterAShortLine() throws IOException {
        Story s = parse("hard-wrapped-no-blank-lines.txt");
        assertEquals("MUSCAT", s.dateline());
        assertEquals(List.of("The airport handled 1.2 million travellers in February, up 9 percent on a year "
                        + "earlier, the operator said on Thursday. Most of the growth came from routes to India and "
                        + "Europe. Cargo volumes were flat.",
                "A new terminal wing will open in the second half of the year, adding capacity for five million "
                        + "passengers a year."), s.paragraphs());
        assertEquals(List.of(Story.FLAG_NO_WIRE_ID, Story.FLAG_WRAPS_JOINED), s.flags());
    }

    @Test
    void idLineFollowedByADisclaimerAndInlineReadAlsoRemnants() throws IOException {
        Story s = parse("boilerplate-after-id.txt");
        assertEquals("MENAFN15012025000193011000ID1109120001", s.wireId());
        assertEquals(LocalDate.of(2025, 1, 15), s.wireDate());
        assertEquals(List.of("Local authorities reported that a drone damaged a power line near the city overnight.",
                "Engineers restored electricity by noon."), s.paragraphs());
        assertEquals(List.of(Story.FLAG_DISCLAIMER_STRIPPED, Story.FLAG_LINK_REMNANT_STRIPPED), s.flags());
    }

    @Test
    void truncatedIdLineIsFlaggedAndTheArticleKeepsAContentHashId() throws IOException {
        Story s = parse("truncated-id.txt");
        assertNull(s.wireId());
        assertNull(s.articleNumber());
        assertEquals("000187011000", s.providerCode());
        assertEquals(LocalDate.of(2024, 8, 29), s.wireDate());
        assertEquals(List.of(Story.FLAG_TRUNCATED_WIRE_ID), s.flags());
        assertEquals("The ministry reported a rise in tourist arrivals.", s.body());
        assertTrue(ArticleIds.articleId(s, ArticleIds.contentSha256(s)).startsWith("sha256-"));
    }

    @Test
    void idLineCutInsideTheProviderCodeKeepsOnlyItsDate() {
        Story s = MenafnParserTest.onlyStory(" date 2024-08-29 (MENAFN) Text.\n\nMENAFN2908202400018");
        assertNull(s.providerCode());
        assertEquals(LocalDate.of(2024, 8, 29), s.wireDate());
        assertEquals(List.of(Story.FLAG_TRUNCATED_WIRE_ID), s.flags());
        assertEquals("Text.", s.body());
    }

    @Test
    void datelineADayOffTheHeaderIsFlaggedNotRejected() throws IOException {
        Story s = parse("dateline-day-off.txt");
        assertEquals(LocalDate.of(2025, 2, 20), s.publishedDate());
        assertEquals("GAZA, Feb 19 (NNN-XINHUA)", s.dateline());
        assertEquals("Rescue teams recovered two bodies from a collapsed building, the civil defence said.", s.body());
        assertEquals(List.of(Story.FLAG_NO_WIRE_ID, Story.FLAG_DATELINE_DATE_MISMATCH, Story.FLAG_SIGN_OFF_STRIPPED),
                s.flags());
    }

    @Test
    void onlyFurnitureAfterTheHeaderIsNoBody() {
        ParseResult r = MenafnParser.parse(" date 2025-05-28 Port Opens Terminal\n2025-05-28 09:14:18\n(MENAFN- Trend)\n"
                + "\nMENAFN28052025000187011000ID1109601234");
        assertEquals(RejectReason.NO_BODY, r.rejects().get(0).reason());
        assertEquals("header parsed (date 2025-05-28) but the article has no text", r.rejects().get(0).message());
    }

    @Test
    void everyFixtureIsDetectedAsMenafn() throws IOException {
        for (String f : List.of("title-own-line-furniture.txt", "lost-parenthesis.txt", "no-credit.txt",
                "boilerplate-after-id.txt")) {
            assertEquals(MenafnParser.FORMAT, WireFileParser.detect(MenafnParserTest.resource("menafn/" + f)), f);
        }
    }
}
