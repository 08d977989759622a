package dev.wireetl.common.format;

import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, or says why it cannot: binary content is {@code NOT_TEXT}, bytes that
 * are not valid in the detected encoding are {@code BAD_ENCODING}. Line endings are normalised to LF so
 * that every parser sees one convention.
 */
public final class TextDecoder {
    private static final int SNIFF_BYTES = 8192;

    private TextDecoder() {
    }

    /** Outcome: exactly one of {@code text} and {@code reject} is set. */
    public record Result(DecodedText text, Reject reject) {
        static Result ok(String text, String charset) {
            return new Result(new DecodedText(normaliseLineEndings(text), charset), null);
        }

        static Result rejected(RejectReason reason, String message) {
            return new Result(null, Reject.of(reason, message));
        }
    }

    public static Result decode(byte[] bytes) {
        if (hasBom(bytes, 0xEF, 0xBB, 0xBF)) {
            return strict(bytes, 3, "UTF-8");
        }
        if (hasBom(bytes, 0xFF, 0xFE)) {
            return strict(bytes, 2, "UTF-16LE");
        }
        if (hasBom(bytes, 0xFE, 0xFF)) {
            return strict(bytes, 2, "UTF-16BE");
        }
        String binary = binaryEvidence(bytes);
        if (binary != null) {
            return Result.rejected(RejectReason.NOT_TEXT, binary);
        }
        return strict(bytes, 0, "UTF-8");
    }

    private static Result strict(byte[] bytes, int offset, String charsetName) {
        CharsetDecoder decoder = java.nio.charset.Charset.forName(charsetName).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        try {
            CharBuffer chars = decoder.decode(in);
            return Result.ok(chars.toString(), charsetName);
        } catch (CharacterCodingException e) {
            int at = in.position();
            return Result.rejected(RejectReason.BAD_ENCODING, String.format(java.util.Locale.ROOT,
                    "not valid %s: byte 0x%02X at offset %d", charsetName,
                    at < bytes.length ? bytes[at] & 0xFF : 0, at));
        }
    }

    /** Null when the bytes look like text; otherwise why they do not. */
    private static String binaryEvidence(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return "binary content: NUL byte at offset " + i;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        // Real text has almost no C0 controls; Reuters SGML carries a few (&#2; decoded by some tools), so allow some.
        if (n > 0 && control * 10 > n) {
            return String.format(java.util.Locale.ROOT,
                    "binary content: %d control bytes in the first %d", control, n);
        }
        return null;
    }

    private static boolean hasBom(byte[] bytes, int... bom) {
        if (bytes.length < bom.length) {
            return false;
        }
        for (int i = 0; i < bom.length; i++) {
            if ((bytes[i] & 0xFF) != bom[i]) {
                return false;
            }
        }
        return true;
    }

    static String normaliseLineEndings(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Bytes a reject row shows of a file: the first {@code max} bytes, decoded leniently for display. */
    public static String preview(byte[] bytes, int max) {
        int n = Math.min(bytes.length, max);
        StringBuilder out = new StringBuilder(n);
        String lenient = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < lenient.length(); i++) {
            char c = lenient.charAt(i);
            if (c >= 0x20 && c < 0x7F || c == '\n' || c == '\t') {
                out.append(c);
            } else {
                out.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
            }
        }
        return out.toString();
    }
}
