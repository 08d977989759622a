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

class ReutersSgmlParserTest {

    private static ParseResult parse(String text) {
        return ReutersSgmlParser.parse(new DecodedText(text, "UTF-8"));
    }

    /** One story in the corpus layout around the given DATE and TEXT parts. */
    private static String story(int newId, String date, String text) {
        return "<REUTERS TOPICS=\"NO\" LEWISSPLIT=\"TRAIN\" CGISPLIT=\"TRAINING-SET\" OLDID=\"1\" NEWID=\"" + newId + "\">\n"
                + (date == null ? "" : "<DATE>" + date + "</DATE>\n")
                + "<TOPICS></TOPICS>\n<PLACES></PLACES>\n<PEOPLE></PEOPLE>\n<ORGS></ORGS>\n<EXCHANGES></EXCHANGES>\n"
                + "<COMPANIES></COMPANIES>\n<TEXT>&#2;\n" + text + "</TEXT>\n</REUTERS>\n";
    }

    private static String body(String body) {
        return "<TITLE>T</TITLE>\n<BODY>" + body + "</BODY>";
    }

    private static Story only(String text) {
        ParseResult result = parse(text);
        assertEquals(List.of(), result.rejects());
        assertEquals(1, result.stories().size());
        return result.stories().get(0);
    }

    @Test
    void twoStoryExcerptPinsEveryField() throws IOException {
        ParseResult result = parse(MenafnParserTest.resource("reuters-two-stories.sgm"));
        assertEquals("reuters_sgml", result.format());
        assertEquals(List.of(), result.rejects());
        assertEquals(2, result.stories().size());

        Story s = result.stories().get(0);
        assertEquals("reuters_sgml", s.format());
        assertEquals("UTF-8", s.charset());
        assertEquals("NEWID=101", s.storyRef());
        assertEquals("101", s.articleNumber());
        assertEquals("Reuters", s.source());
        assertNull(s.wireId());
        assertEquals(LocalDate.of(1987, 3, 3), s.publishedDate());
        assertEquals(Instant.parse("1987-03-03T09:15:05.400Z"), s.publishedTs());
        assertEquals(DateSource.CONTENT, s.dateSource());
        assertEquals("U.S. SAYS SOVIET WHEAT <SALE> TALKS CONTINUE", s.headline());
        assertEquals("By Jane Roe, Reuters", s.byline());
        assertEquals("WASHINGTON, March 3", s.dateline());
        assertEquals(List.of("grain", "wheat"), s.topics());
        assertEquals(List.of("usa", "ussr"), s.places());
        assertEquals(List.of("lyng"), s.people());
        assertEquals(List.of(), s.orgs());
        assertEquals(List.of("cbt"), s.exchanges());
        assertEquals(List.of(
                "Agriculture Secretary Richard Lyng said talks on a possible wheat sale to the Soviet Union "
                        + "were continuing, <Continental Grain Co> said.",
                "Lyng told reporters the U.S. & Soviet delegations would meet again next week.",
                "\"We are not there yet,\" he said."), s.paragraphs());
        assertEquals(List.of(), s.flags());

        Story brief = result.stories().get(1);
        assertEquals("NEWID=102", brief.storyRef());
        assertEquals("FED SAYS MONEY SUPPLY ROSE", brief.headline());
        assertEquals(List.of(), brief.paragraphs());
        assertEquals("", brief.body());
        assertEquals(List.of(Story.FLAG_EMPTY_BODY), brief.flags());
        assertEquals(List.of("fed"), brief.orgs());
        assertEquals(List.of(), brief.topics());
        assertEquals(Instant.parse("1987-02-26T15:02:20Z"), brief.publishedTs());
        assertNull(brief.dateline());
    }

    @Test
    void storyWithoutDateIsRejectedAloneAndTheOthersStillParse() {
        ParseResult result = parse(story(1, null, body("First.")) + story(2, "26-FEB-1987 15:01:01.79", body("Second.")));
        assertEquals(List.of(new Reject(RejectReason.NO_DATE, "story has no <DATE> value", "NEWID=1")), result.rejects());
        assertEquals(1, result.stories().size());
        assertEquals("Second.", result.stories().get(0).body());
    }

    @Test
    void impossibleDayIsBadDate() {
        ParseResult result = parse(story(7, "30-FEB-1987 10:00:00.00&#5;&#5;&#5;F", body("Text.")));
        assertEquals(List.of(new Reject(RejectReason.BAD_DATE,
                "DATE '30-FEB-1987 10:00:00.00F' is not a real DD-MON-YYYY HH:MM:SS.cc date", "NEWID=7")), result.rejects());
        assertEquals(List.of(), result.stories());
    }

    @Test
    void unknownMonthIsBadDate() {
        ParseResult result = parse(story(8, "12-XYZ-1987 10:00:00.00", body("Text.")));
        assertEquals(RejectReason.BAD_DATE, result.rejects().get(0).reason());
        assertEquals("DATE '12-XYZ-1987 10:00:00.00' is not a real DD-MON-YYYY HH:MM:SS.cc date",
                result.rejects().get(0).message());
    }

    @Test
    void impossibleTimeKeepsTheDateAndFlagsIt() {
        Story s = only(story(17192, "31-MAR-1987 605:12:19.12", body("Text.")));
        assertEquals(LocalDate.of(1987, 3, 31), s.publishedDate());
        assertNull(s.publishedTs());
        assertEquals(List.of(Story.FLAG_BAD_TIME), s.flags());
    }

    @Test
    void dateVariantsOfTheCorpusParse() {
        assertEquals(Instant.parse("1987-04-07T16:22:00Z"), only(story(1, " 7-APR-1987 16:22:00.0", body("x"))).publishedTs());
        assertEquals(Instant.parse("1987-03-03T10:16:24.190Z"), only(story(1, "3-MAR-1987  10:16:24.19", body("x"))).publishedTs());
        assertEquals(Instant.parse("1987-04-09T00:00:00Z"), only(story(1,
                "9-APR-1987 00:00:00.00    # date added by S Finch as guesswork ", body("x"))).publishedTs());
    }

    @Test
    void signOffVariantsAreDropped() {
        assertEquals("Prices rose.", only(story(1, "1-MAR-1987 10:00:00.00", body("Prices rose.\n REUTER...\n&#3;"))).body());
        assertEquals("Prices rose.", only(story(1, "1-MAR-1987 10:00:00.00", body("Prices rose.\nreuter\n\n&#3;"))).body());
        assertEquals("Up from a year ago.", only(story(1, "1-MAR-1987 10:00:00.00",
                body("Up from a year ago. REUTER\n&#3;"))).body());
        assertEquals("Reuters said it would expand.", only(story(1, "1-MAR-1987 10:00:00.00",
                body("Reuters said it would expand.\n&#3;"))).body());
    }

    @Test
    void bodyOfOnlyTheSignOffIsAnEmptyBody() {
        Story s = only(story(3, "1-MAR-1987 10:00:00.00", body("Reuter\n&#3;")));
        assertEquals(List.of(Story.FLAG_EMPTY_BODY), s.flags());
        assertEquals(0, s.paragraphCount());
    }

    @Test
    void unprocessedTextWithoutBodyIsKeptWithEmptyBodyFlag() {
        Story s = only(story(5, "26-FEB-1987 15:01:01.79",
                "FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26\n Net free reserves.............644 vs.....1,337\n&#3;\n"));
        assertNull(s.headline());
        assertEquals(List.of(Story.FLAG_EMPTY_BODY), s.flags());
        assertEquals("", s.body());
    }

    @Test
    void unclosedStoryIsMalformedAndTheNextStillParses() {
        String broken = "<REUTERS NEWID=\"1\">\n<DATE>1-MAR-1987 10:00:00.00</DATE>\n<TEXT><BODY>cut off";
        ParseResult result = parse(broken + "\n" + story(2, "1-MAR-1987 10:00:00.00", body("Fine.")));
        assertEquals(List.of(new Reject(RejectReason.MALFORMED,
                "<REUTERS> at offset 0 has no </REUTERS> before the next story at offset 76", "NEWID=1")), result.rejects());
        assertEquals("Fine.", result.stories().get(0).body());
    }

    @Test
    void truncatedLastStoryIsMalformed() {
        ParseResult result = parse("<REUTERS NEWID=\"9\">\n<DATE>1-MAR-1987 10:00:00.00</DATE>");
        assertEquals(List.of(new Reject(RejectReason.MALFORMED,
                "<REUTERS> at offset 0 has no </REUTERS> before the end of the file", "NEWID=9")), result.rejects());
    }

    @Test
    void storyWithoutNewIdIsMalformed() {
        ParseResult result = parse(story(4, "1-MAR-1987 10:00:00.00", body("x")).replace(" NEWID=\"4\"", ""));
        assertEquals(List.of(new Reject(RejectReason.MALFORMED,
                "<REUTERS> at offset 0 has no NEWID attribute: the story has no article number", "story#1")), result.rejects());
    }

    @Test
    void entitiesAreDecodedOrRemovedNeverFatal() {
        String raw = "a&lt;b&gt;c&amp;d&quot;e&apos;f&#2;&#3;&#5;&#22;&#31;&#127;g&#233;h&#x41;i&nbsp;j & k &#;l&#99999999;";
        assertEquals("a<b>c&d\"e'fg\u00e9hAi&nbsp;j & k &#;l&#99999999;",
                ReutersSgmlParser.decode(raw, 0, raw.length()));
    }

    @Test
    void wrappedLinesJoinAndIndentedOrBlankLinesStartParagraphs() {
        assertEquals(List.of("one two", "three four", "five"),
                ReutersSgmlParser.paragraphs("one\ntwo\n    three\nfour\n\nfive\n"));
    }

    @Test
    void detectionNeedsTheStartTagNearTheBeginning() {
        assertTrue(ReutersSgmlParser.looksLike("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS TOPICS=\"YES\">"));
        assertFalse(ReutersSgmlParser.looksLike("<!ELEMENT REUTERS - - (DATE)>"));
        assertFalse(ReutersSgmlParser.looksLike("<REUTERSX>"));
        assertFalse(ReutersSgmlParser.looksLike("x".repeat(2000) + "<REUTERS NEWID=\"1\">"));
    }

    @Test
    void fileWithoutStoriesIsMalformed() {
        ParseResult result = parse("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n");
        assertEquals(List.of(Reject.of(RejectReason.MALFORMED, "no <REUTERS> story in the file")), result.rejects());
    }
}
