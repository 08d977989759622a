package dev.wireetl.common.format;

import dev.wireetl.common.model.DateSource;
import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import dev.wireetl.common.model.Story;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WireFileParserTest {
    private static final long MTIME = Instant.parse("2025-03-01T10:00:00Z").toEpochMilli();
    private static final WireFileParser PARSER = new WireFileParser(ParserSettings.defaults());

    private static ParseResult parse(String path, byte[] bytes) {
        return PARSER.parse(new RawFile(path, bytes, MTIME));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    private static Story only(ParseResult result) {
        assertEquals(List.of(), result.rejects());
        assertEquals(1, result.stories().size());
        return result.stories().get(0);
    }

    private static void assertRejected(ParseResult result, String format, RejectReason reason, String message) {
        assertEquals(List.of(), result.stories());
        assertEquals(format, result.format());
        assertEquals(List.of(Reject.of(reason, message)), result.rejects());
    }

    @Test
    void eachFormatIsDetectedFromContentNotExtension() throws IOException {
        assertEquals("reuters_sgml", parse("a.txt", utf8(MenafnParserTest.resource("reuters-two-stories.sgm"))).format());
        assertEquals("nitf", parse("a.txt", utf8(MenafnParserTest.resource("story.nitf.xml"))).format());
        assertEquals("menafn", parse("a.xml", utf8(MenafnParserTest.resource("seed.txt"))).format());
        assertEquals("plain_text", parse("a.sgm", utf8(MenafnParserTest.resource("plain-headline.txt"))).format());
    }

    @Test
    void unrecognisedTextIsUnknownFormat() {
        assertRejected(parse("lewis.dtd", utf8("<!-- v1.1 -->\n<!ELEMENT LEWIS O O (REUTERS+)>\n")), "unknown",
                RejectReason.UNKNOWN_FORMAT, "no <REUTERS> stories, no <nitf> root, no ' date YYYY-MM-DD (CREDIT)' "
                        + "header or wire id line, and no headline line followed by a blank line: not a recognised wire format");
    }

    @Test
    void storiesRecordTheCharsetTheFileWasDecodedWith() throws IOException {
        Charset cp1252 = Charset.forName("windows-1252");
        Story latin = only(parse("/in/sport/199.txt", "Mutu fee\r\n\r\nA £15.8m signing – for Chelsea.\r\n".getBytes(cp1252)));
        assertEquals("windows-1252", latin.charset());
        assertEquals("A £15.8m signing – for Chelsea.", latin.body());

        byte[] nitf = MenafnParserTest.resource("story.nitf.xml").replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"")
                .getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[nitf.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(nitf, 0, withBom, 2, nitf.length);
        Story utf16 = only(parse("/in/a.xml", withBom));
        assertEquals("UTF-16LE", utf16.charset());
        assertEquals("Central bank holds key rate at 4.5%", utf16.headline());

        ParseResult reuters = parse("/in/r.sgm", MenafnParserTest.resource("reuters-two-stories.sgm")
                .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("UTF-8", "UTF-8"), reuters.stories().stream().map(Story::charset).toList());
        assertEquals(3, reuters.stories().get(0).paragraphCount());
    }

    @Test
    void gzipIsReadTransparentlyByMagicBytes() throws IOException {
        Story s = only(parse("/in/2025/01/07/story.bin", gzip(utf8("Headline\n\nBody text."))));
        assertEquals("plain_text", s.format());
        assertEquals("Body text.", s.body());
        assertEquals(LocalDate.of(2025, 1, 7), s.publishedDate());
        assertEquals(DateSource.PATH, s.dateSource());
    }

    @Test
    void gzipBombIsTooLargeNotOutOfMemory() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        try (GZIPOutputStream gz = new GZIPOutputStream(compressed)) {
            for (int i = 0; i < 64; i++) {
                gz.write(spaces);
            }
        }
        byte[] bomb = compressed.toByteArray();
        assertTrue(bomb.length < 100_000, "64 MiB compress to " + bomb.length + " bytes");
        WireFileParser small = new WireFileParser(new ParserSettings(1 << 20, null));
        assertRejected(small.parse(new RawFile("bomb.gz", bomb, MTIME)), "unknown", RejectReason.TOO_LARGE,
                "gzip content decompresses to more than 1048576 bytes (input.max-file-bytes)");
    }

    @Test
    void gzipExactlyAtTheLimitIsAccepted() throws IOException {
        byte[] content = utf8("Headline\n\n" + "Body. ".repeat(1000));
        WireFileParser exact = new WireFileParser(new ParserSettings(content.length, null));
        assertEquals(1000, only(exact.parse(new RawFile("a.gz", gzip(content), MTIME))).wordCount());
        WireFileParser oneLess = new WireFileParser(new ParserSettings(content.length - 1, null));
        assertRejected(oneLess.parse(new RawFile("a.gz", gzip(content), MTIME)), "unknown", RejectReason.TOO_LARGE,
                "gzip content decompresses to more than 6009 bytes (input.max-file-bytes)");
    }

    @Test
    void truncatedGzipIsBadCompression() throws IOException {
        byte[] full = gzip(utf8("Headline\n\n" + "Body text. ".repeat(500)));
        assertRejected(parse("a.gz", Arrays.copyOf(full, full.length / 2)), "unknown", RejectReason.BAD_COMPRESSION,
                "truncated gzip stream after 0 decompressed bytes");
    }

    @Test
    void corruptGzipIsBadCompression() {
        assertRejected(parse("a.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, (byte) 0xff, (byte) 0xff, 1, 2, 3, 4}),
                "unknown", RejectReason.BAD_COMPRESSION,
                "corrupt gzip stream after 0 decompressed bytes: invalid block type");
    }

    @Test
    void gzipInsideGzipIsNotReadFurther() throws IOException {
        assertRejected(parse("a.gz.gz", gzip(gzip(utf8("Headline\n\nBody.")))), "unknown", RejectReason.UNKNOWN_FORMAT,
                "gzip content is itself gzip: only one level of compression is read");
    }

    @Test
    void emptyGzipIsEmpty() throws IOException {
        assertRejected(parse("a.gz", gzip(new byte[0])), "unknown", RejectReason.EMPTY, "gzip content decompresses to 0 bytes");
    }

    @Test
    void rawSizeLimit() {
        WireFileParser tiny = new WireFileParser(new ParserSettings(4, null));
        assertRejected(tiny.parse(new RawFile("a", utf8("Headline"), MTIME)), "unknown", RejectReason.TOO_LARGE,
                "file is 8 bytes; limit is 4 (input.max-file-bytes)");
    }

    @Test
    void emptyAndBlankFiles() {
        assertRejected(parse("a", new byte[0]), "unknown", RejectReason.EMPTY, "file is 0 bytes");
        assertRejected(parse("a", utf8(" \r\n\t\n")), "unknown", RejectReason.EMPTY, "file contains only whitespace");
    }

    @Test
    void detectedFormatRejectsCarryTheFormatName() {
        assertRejected(parse("a.txt", utf8("Just a headline\n")), "plain_text", RejectReason.NO_BODY,
                "headline 'Just a headline' is followed by no body text");
        assertRejected(parse("a.xml", utf8("<nitf><head/><body><p>x</body></nitf>")), "nitf", RejectReason.MALFORMED,
                "invalid NITF XML at line 1, column 26: The element type \"p\" must be terminated by the matching end-tag \"</p>\".");
    }

    @Test
    void garbageNeverEscapesAsAnException() throws IOException {
        Random random = new Random(20250107L);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(2048)];
            random.nextBytes(bytes);
            assertAccountedFor(parse("g" + i, bytes));
        }
        String[] seeds = {
            MenafnParserTest.resource("reuters-two-stories.sgm"),
            MenafnParserTest.resource("story.nitf.xml"),
            MenafnParserTest.resource("seed.txt"),
            MenafnParserTest.resource("plain-headline.txt"),
        };
        for (String seed : seeds) {
            byte[] bytes = utf8(seed);
            for (int cut = 0; cut <= bytes.length; cut += 3) {
                assertAccountedFor(parse("cut", Arrays.copyOf(bytes, cut)));
                byte[] flipped = bytes.clone();
                if (cut < bytes.length) {
                    flipped[cut] = (byte) "<>&;\"/\n#".charAt(random.nextInt(8));
                }
                assertAccountedFor(parse("flip", flipped));
            }
        }
    }

    private static void assertAccountedFor(ParseResult result) {
        assertFalse(result.stories().isEmpty() && result.rejects().isEmpty(), "neither story nor reject: " + result);
    }
}
