package dev.wireetl.common.format;

import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.ProvidedEntity;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import dev.wireetl.common.model.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NitfParserTest {

    private static ParseResult parse(String xml) {
        return NitfParser.parse(new DecodedText(xml, "UTF-8"));
    }

    private static Story only(String xml) {
        ParseResult result = parse(xml);
        assertEquals(List.of(), result.rejects());
        assertEquals(1, result.stories().size());
        return result.stories().get(0);
    }

    private static void assertRejected(String xml, RejectReason reason, String message) {
        ParseResult result = parse(xml);
        assertEquals(List.of(), result.stories());
        assertEquals(List.of(Reject.of(reason, message)), result.rejects());
        assertEquals("nitf", result.format());
    }

    private static String minimal(String docdata, String content) {
        return "<nitf><head><docdata>" + docdata + "</docdata></head><body><body.head><hedline><hl1>H</hl1></hedline>"
                + "</body.head><body.content>" + content + "</body.content></body></nitf>";
    }

    @Test
    void handMadeNitfPinsEveryField() throws IOException {
        Story s = only(MenafnParserTest.resource("story.nitf.xml"));
        assertEquals("nitf", s.format());
        assertEquals("UTF-8", s.charset());
        assertEquals("WIRE-2025-0107-0042", s.wireId());
        assertEquals("Example Wire Service", s.source());
        assertNull(s.articleNumber());
        assertNull(s.storyRef());
        assertEquals(LocalDate.of(2025, 1, 7), s.publishedDate());
        assertEquals(Instant.parse("2025-01-07T12:00:00Z"), s.publishedTs());
        assertEquals("Central bank holds key rate at 4.5%", s.headline());
        assertEquals("By Ana Souza, Staff Writer", s.byline());
        assertEquals("FRANKFURT, Jan. 7", s.dateline());
        assertEquals(List.of(
                "The European Central Bank kept its deposit rate at 4.5 percent on Tuesday, President "
                        + "Christine Lagarde said in Frankfurt.",
                "Markets had priced in the hold; bond yields moved less than 1 euro cent. Analysts agreed.",
                "Lagarde & colleagues meet again in March, the European Central Bank said."), s.paragraphs());
        assertEquals(List.of("interest rates", "central banks"), s.keywords());
        assertEquals(List.of(
                new ProvidedEntity("person", "Ana Souza"),
                new ProvidedEntity("location", "FRANKFURT"),
                new ProvidedEntity("org", "European Central Bank"),
                new ProvidedEntity("num", "4.5"),
                new ProvidedEntity("person", "Christine Lagarde"),
                new ProvidedEntity("location", "Frankfurt"),
                new ProvidedEntity("money", "1 euro cent")), s.providedEntities());
        assertEquals(List.of(), s.topics());
        assertEquals(List.of(), s.flags());
    }

    @Test
    void xxePayloadIsRefusedAndNeverRead() {
        assertRejected("<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                        + minimal("<date.issue norm=\"20250107\"/>", "<p>&e;</p>"),
                RejectReason.MALFORMED, "NITF DOCTYPE declares entities (<!ENTITY …>): DTDs are not processed, "
                        + "so the document is refused (XXE / entity-expansion protection)");
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE nitf [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">");
        }
        dtd.append("]>");
        assertRejected(dtd + minimal("<date.issue norm=\"20250107\"/>", "<p>&lol9;</p>"),
                RejectReason.MALFORMED, "NITF DOCTYPE declares entities (<!ENTITY …>): DTDs are not processed, "
                        + "so the document is refused (XXE / entity-expansion protection)");
    }

    @Test
    void externalDtdIsNeverLoaded(@TempDir Path dir) throws IOException {
        Path dtd = dir.resolve("evil.dtd");
        Files.writeString(dtd, "<!ENTITY secret \"LEAKED\">", StandardCharsets.UTF_8);
        assertRejected("<!DOCTYPE nitf SYSTEM \"" + dtd.toUri() + "\">\n"
                        + minimal("<date.issue norm=\"20250107\"/>", "<p>x &secret; y</p>"),
                RejectReason.MALFORMED, "invalid NITF XML at line 2, column 155: "
                        + "The entity \"secret\" was referenced, but not declared.");
    }

    @Test
    void externalDtdReferenceAloneIsHarmless() {
        Story s = only("<!DOCTYPE nitf SYSTEM \"http://127.0.0.1:9/nitf.dtd\">"
                + minimal("<date.issue norm=\"20250107\"/>", "<p>Body.</p>"));
        assertEquals("Body.", s.body());
    }

    @Test
    void brokenXmlIsMalformedWithPosition() {
        assertRejected("<nitf><head></head><body><body.content><p>open</body.content></body></nitf>",
                RejectReason.MALFORMED, "invalid NITF XML at line 1, column 49: The element type \"p\" must be "
                        + "terminated by the matching end-tag \"</p>\".");
    }

    @Test
    void missingDateIsNoDate() {
        assertRejected(minimal("<doc-id id-string=\"X1\"/>", "<p>Body.</p>"), RejectReason.NO_DATE,
                "NITF has no date.issue or date.release with a norm attribute");
    }

    @Test
    void unparseableDateIsBadDate() {
        assertRejected(minimal("<date.issue norm=\"20250230T120000Z\"/>", "<p>Body.</p>"), RejectReason.BAD_DATE,
                "date.issue norm '20250230T120000Z' is not an ISO 8601 date or date-time (e.g. 20250107T120000Z)");
        assertRejected(minimal("<date.issue norm=\"yesterday\"/>", "<p>Body.</p>"), RejectReason.BAD_DATE,
                "date.issue norm 'yesterday' is not an ISO 8601 date or date-time (e.g. 20250107T120000Z)");
    }

    @Test
    void releaseDateIsTheFallbackAndOffsetsGiveTheUtcDate() {
        Story s = only(minimal("<date.release norm=\"2025-01-07T22:30:00-05:00\"/>", "<p>Body.</p>"));
        assertEquals(Instant.parse("2025-01-08T03:30:00Z"), s.publishedTs());
        assertEquals(LocalDate.of(2025, 1, 8), s.publishedDate());
    }

    @Test
    void dateOnlyNormHasNoTimestamp() {
        Story s = only(minimal("<date.issue norm=\"20250107\"/>", "<p>Body.</p>"));
        assertEquals(LocalDate.of(2025, 1, 7), s.publishedDate());
        assertNull(s.publishedTs());
    }

    @Test
    void basicFormWithOffsetAndFraction() {
        Story s = only(minimal("<date.issue norm=\"20250107T120000.5+0100\"/>", "<p>Body.</p>"));
        assertEquals(Instant.parse("2025-01-07T11:00:00.500Z"), s.publishedTs());
    }

    @Test
    void noParagraphsIsNoBody() {
        assertRejected(minimal("<date.issue norm=\"20250107\"/>", "<p> </p>"), RejectReason.NO_BODY,
                "NITF parsed (date.issue 20250107) but body.content has no <p> text");
    }

    @Test
    void titleIsTheHeadlineFallbackAndRegsrcTheSourceFallback() {
        Story s = only("<nitf><head><title>Only a title</title><docdata><doc-id regsrc=\"AP\" id-string=\"a1\"/>"
                + "<date.issue norm=\"20250107\"/></docdata></head><body><body.content><p>B</p></body.content></body></nitf>");
        assertEquals("Only a title", s.headline());
        assertEquals("AP", s.source());
    }

    @Test
    void wrongRootIsMalformed() {
        assertRejected("<html><body><p>x</p></body></html>", RejectReason.MALFORMED,
                "root element is <html>, expected <nitf>");
    }

    @Test
    void detectionSkipsTheProlog() {
        assertTrue(NitfParser.looksLike("\uFEFF<?xml version=\"1.0\"?>\n<!-- c -->\n<!DOCTYPE nitf [<!ENTITY a \"]>\">]>\n<nitf>"));
        assertTrue(NitfParser.looksLike("<nitf version=\"2.5\">"));
        assertFalse(NitfParser.looksLike("<?xml version=\"1.0\"?><rss><nitf>"));
        assertFalse(NitfParser.looksLike("<nitfx>"));
        assertFalse(NitfParser.looksLike("<!-- never closed <nitf>"));
    }

    /** {@code levels} nested {@code <person>} elements in one paragraph, each with a word of its own. */
    private static String nestedEntities(int levels) {
        return minimal("<date.issue norm=\"20250107\"/>", "<p>" + "<person>w ".repeat(levels)
                + "</person>".repeat(levels) + "</p>");
    }

    @Test
    void nestedEntitiesEachKeepTheirOwnTextOnly() {
        Story s = only(minimal("<date.issue norm=\"20250107\"/>",
                "<p><org>Bank of <location>England</location></org> said.</p>"));
        assertEquals(List.of(new ProvidedEntity("location", "England"), new ProvidedEntity("org", "Bank of")),
                s.providedEntities());
        assertEquals(List.of("Bank of England said."), s.paragraphs());
    }

    @Test
    void nestingUpToTheLimitParsesAndOneDeeperIsTooComplex() {
        // nitf > body > body.content > p take 4 levels
        Story s = only(nestedEntities(NitfParser.MAX_DEPTH - 4));
        assertEquals(List.of(new ProvidedEntity("person", "w")), s.providedEntities());
        assertRejected(nestedEntities(NitfParser.MAX_DEPTH - 3), RejectReason.TOO_COMPLEX,
                "NITF elements nest more than 100 deep at line 1, column 1113 (<person>)");
    }

    @Test
    void aDepthBombIsRejectedAtTheLimitNotReadToTheEnd() {
        // 70,000 levels (1.3 MB): before the limit, every text event was appended to every open entity
        assertRejected(nestedEntities(70_000), RejectReason.TOO_COMPLEX,
                "NITF elements nest more than 100 deep at line 1, column 1113 (<person>)");
    }

    @Test
    void entityCountAndEntityLengthAreCapped() {
        Story s = only(minimal("<date.issue norm=\"20250107\"/>", "<p><person>" + "x".repeat(NitfParser.MAX_ENTITY_CHARS)
                + "</person> <org>" + "y".repeat(NitfParser.MAX_ENTITY_CHARS + 1) + "</org> end</p>"));
        assertEquals(List.of(new ProvidedEntity("person", "x".repeat(NitfParser.MAX_ENTITY_CHARS))), s.providedEntities());
        assertEquals(1, only(minimal("<date.issue norm=\"20250107\"/>",
                "<p>" + "<num>1</num> ".repeat(NitfParser.MAX_ENTITIES) + "</p>")).providedEntities().size());
        assertRejected(minimal("<date.issue norm=\"20250107\"/>",
                        "<p>" + "<num>1</num> ".repeat(NitfParser.MAX_ENTITIES + 1) + "</p>"), RejectReason.TOO_COMPLEX,
                "NITF has more than 10000 inline entities (person, org, location, money, num)");
    }
}
