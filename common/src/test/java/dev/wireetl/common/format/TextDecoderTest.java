package dev.wireetl.common.format;

import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TextDecoderTest {

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        ByteBuffer out = ByteBuffer.allocate(n);
        for (byte[] p : parts) {
            out.put(p);
        }
        return out.array();
    }

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static void assertDecoded(byte[] input, String text, String charset) {
        TextDecoder.Result result = TextDecoder.decode(input);
        assertNull(result.reject());
        assertEquals(new DecodedText(text, charset), result.text());
    }

    private static void assertRejected(byte[] input, RejectReason reason, String message) {
        TextDecoder.Result result = TextDecoder.decode(input);
        assertNull(result.text());
        assertEquals(Reject.of(reason, message), result.reject());
    }

    @Test
    void utf8WithoutBom() {
        assertDecoded("Café – “quoted” ✓".getBytes(StandardCharsets.UTF_8), "Café – “quoted” ✓", "UTF-8");
    }

    @Test
    void utf8BomIsRemoved() {
        assertDecoded(concat(bytes(0xEF, 0xBB, 0xBF), "Café".getBytes(StandardCharsets.UTF_8)), "Café", "UTF-8");
    }

    @Test
    void utf16WithBomEitherByteOrder() {
        assertDecoded(concat(bytes(0xFF, 0xFE), "Héllo\r\nwörld".getBytes(StandardCharsets.UTF_16LE)), "Héllo\nwörld", "UTF-16LE");
        assertDecoded(concat(bytes(0xFE, 0xFF), "Héllo".getBytes(StandardCharsets.UTF_16BE)), "Héllo", "UTF-16BE");
    }

    @Test
    void windows1252IsTheFallbackForNonUtf8() {
        String text = "Price: £5 – café “quoted” €";
        assertDecoded(text.getBytes(Charset.forName("windows-1252")), text, "windows-1252");
    }

    @Test
    void latin1TextDecodesThroughWindows1252() {
        String text = "Müller ran 50° north, señor";
        assertDecoded(text.getBytes(StandardCharsets.ISO_8859_1), text, "windows-1252");
    }

    @Test
    void byteUndefinedInWindows1252IsBadEncoding() {
        assertRejected(bytes('a', 'b', 0x81, 'c'), RejectReason.BAD_ENCODING,
                "not valid UTF-8: byte 0x81 at offset 2; not windows-1252 either: byte 0x81 at offset 2 is undefined there");
    }

    @Test
    void utf8WithAStrayLatin1ByteIsBadEncodingNotMojibake() {
        assertRejected(concat("é ".getBytes(StandardCharsets.UTF_8), bytes(0xE9, ' ')), RejectReason.BAD_ENCODING,
                "not valid UTF-8: byte 0xE9 at offset 3, yet a well-formed UTF-8 sequence starts at offset 0: "
                        + "mixed or corrupted encoding");
    }

    @Test
    void invalidBytesAfterAUtf8BomAreBadEncoding() {
        assertRejected(concat(bytes(0xEF, 0xBB, 0xBF), bytes('a', 'b', 0xFF)), RejectReason.BAD_ENCODING,
                "not valid UTF-8: byte 0xFF at offset 5");
    }

    @Test
    void truncatedUtf16IsBadEncoding() {
        assertRejected(bytes(0xFF, 0xFE, 'a', 0, 'b'), RejectReason.BAD_ENCODING,
                "not valid UTF-16LE: byte 0x62 at offset 4");
    }

    @Test
    void crlfAndCrBehaveLikeLf() {
        assertDecoded("a\r\nb\rc\n\r\nd".getBytes(StandardCharsets.UTF_8), "a\nb\nc\n\nd", "UTF-8");
    }

    @Test
    void nulByteIsNotText() {
        assertRejected(bytes('a', 0, 'b'), RejectReason.NOT_TEXT, "binary content: NUL byte at offset 1");
    }

    @Test
    void mostlyControlBytesAreNotText() {
        assertRejected(bytes(1, 2, 3, 'a'), RejectReason.NOT_TEXT, "binary content: 3 control bytes in the first 4");
    }

    @Test
    void aNulAnywhereInTheFileIsNotText() {
        byte[] text = ("a".repeat(100_000) + "\0b").getBytes(StandardCharsets.UTF_8);
        assertRejected(text, RejectReason.NOT_TEXT, "binary content: NUL byte at offset 100000");
    }

    @Test
    void aBinaryBlockAfterTheFirstIsNotTextButAFewTrailingControlsAreText() {
        byte[] controls = new byte[1000];
        java.util.Arrays.fill(controls, (byte) 1);
        assertRejected(concat("a".repeat(20_000).getBytes(StandardCharsets.UTF_8), controls), RejectReason.NOT_TEXT,
                "binary content: 1000 control bytes in the 4616 from offset 16384");
        byte[] few = bytes(1, 2, 3);
        TextDecoder.Result ok = TextDecoder.decode(concat("a".repeat(8192).getBytes(StandardCharsets.UTF_8), few));
        assertNull(ok.reject());
    }

    @Test
    void utf16IsCheckedOnItsCharacters() {
        assertRejected(concat(bytes(0xFF, 0xFE), ("text" + "\0" + "more").getBytes(StandardCharsets.UTF_16LE)),
                RejectReason.NOT_TEXT, "binary content: NUL character at offset 4");
        assertRejected(concat(bytes(0xFE, 0xFF), "\u0001\u0002\u0003a".getBytes(StandardCharsets.UTF_16BE)),
                RejectReason.NOT_TEXT, "binary content: 3 control characters in the first 4");
        assertRejected(concat(bytes(0xEF, 0xBB, 0xBF), "ab\0".getBytes(StandardCharsets.UTF_8)),
                RejectReason.NOT_TEXT, "binary content: NUL character at offset 2");
    }

    @Test
    void lineEndingsAreNormalisedAcrossDecodingChunks() {
        // the decoder works in 8,192-character chunks: a CRLF split between two is still one line break
        String head = "a".repeat(8191);
        assertDecoded((head + "\r\nb\rc\r\r\nd\r").getBytes(StandardCharsets.UTF_8), head + "\nb\nc\n\nd\n", "UTF-8");
        String latin = "é".repeat(8191);
        assertDecoded((latin + "\r\nb").getBytes(StandardCharsets.ISO_8859_1), latin + "\nb", "windows-1252");
    }
}
