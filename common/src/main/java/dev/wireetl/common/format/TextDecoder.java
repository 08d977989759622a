package dev.wireetl.common.format;

import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns a file's bytes into text, or says why it cannot: binary content is {@code NOT_TEXT}, bytes that
 * are not valid in the detected encoding are {@code BAD_ENCODING}. Line endings are normalised to LF so
 * that every parser sees one convention. Decoding and line-ending normalisation are one streaming pass into a
 * builder sized for the result, so a file costs its bytes plus about two copies of its text, not five.
 *
 * <p>The binary checks (a NUL anywhere, more than 10 % C0 control characters in any 8 KiB block) cover the
 * whole file; for a file with a UTF-16 byte-order mark they run on the decoded characters, since its bytes
 * are full of zeros.
 *
 * <p>Detection order: a byte-order mark (UTF-8, UTF-16LE, UTF-16BE) decides the charset and is decoded
 * strictly; otherwise strict UTF-8; when that fails, Windows-1252 (a superset of the printable Latin-1
 * range), accepted only when no byte is one of the five Windows-1252 leaves undefined and the bytes do not
 * also contain well-formed multi-byte UTF-8 sequences (a sign of UTF-8 text with a broken byte, which
 * Windows-1252 would silently turn into mojibake).
 */
public final class TextDecoder {
    /** Charset name recorded for text decoded by the Windows-1252 fallback. */
    public static final String WINDOWS_1252 = "windows-1252";

    /** Block over which the share of control characters is judged. */
    private static final int SNIFF_BYTES = 8192;
    private static final int CHUNK_CHARS = 8192;
    private static final Charset CP1252 = Charset.forName(WINDOWS_1252);

    private TextDecoder() {
    }

    /** Outcome: exactly one of {@code text} and {@code reject} is set. */
    public record Result(DecodedText text, Reject reject) {
        static Result ok(String text, String charset) {
            return new Result(new DecodedText(text, charset), null);
        }

        static Result rejected(RejectReason reason, String message) {
            return new Result(null, Reject.of(reason, message));
        }
    }

    public static Result decode(byte[] bytes) {
        if (hasBom(bytes, 0xEF, 0xBB, 0xBF)) {
            return checkedText(strict(bytes, 3, StandardCharsets.UTF_8));
        }
        if (hasBom(bytes, 0xFF, 0xFE)) {
            return checkedText(strict(bytes, 2, StandardCharsets.UTF_16LE));
        }
        if (hasBom(bytes, 0xFE, 0xFF)) {
            return checkedText(strict(bytes, 2, StandardCharsets.UTF_16BE));
        }
        String binary = binaryEvidence(bytes);
        if (binary != null) {
            return Result.rejected(RejectReason.NOT_TEXT, binary);
        }
        Result utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.reject() == null) {
            return utf8;
        }
        return windows1252(bytes, utf8.reject().message());
    }

    /** A BOM-decoded text passes the binary checks on its characters. */
    private static Result checkedText(Result decoded) {
        if (decoded.reject() != null) {
            return decoded;
        }
        String binary = binaryEvidence(decoded.text().text());
        return binary == null ? decoded : Result.rejected(RejectReason.NOT_TEXT, binary);
    }

    /**
     * Decodes strictly in chunks, turning CRLF and lone CR into LF on the way: one pass, no intermediate
     * {@code CharBuffer} of the whole text and no copies for {@code replace}.
     */
    private static Result strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        int length = bytes.length - offset;
        StringBuilder text = new StringBuilder(charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE
                ? length / 2 : length);
        CharBuffer chunk = CharBuffer.allocate(CHUNK_CHARS);
        boolean afterCr = false;
        CoderResult result;
        do {
            result = decoder.decode(in, chunk, true);
            if (result.isError()) {
                int at = in.position();
                return Result.rejected(RejectReason.BAD_ENCODING, String.format(Locale.ROOT,
                        "not valid %s: byte 0x%02X at offset %d", charset.name(),
                        at < bytes.length ? bytes[at] & 0xFF : 0, at));
            }
            afterCr = drain(chunk, text, afterCr);
        } while (result.isOverflow());
        do {
            result = decoder.flush(chunk);
            afterCr = drain(chunk, text, afterCr);
        } while (result.isOverflow());
        return Result.ok(text.toString(), charset.name());
    }

    private static boolean drain(CharBuffer chunk, StringBuilder text, boolean afterCr) {
        chunk.flip();
        boolean cr = appendNormalised(chunk, text, afterCr);
        chunk.clear();
        return cr;
    }

    /** Appends {@code chars} with CRLF and CR as LF, runs without a CR in bulk; returns whether the last was a CR. */
    private static boolean appendNormalised(CharBuffer chars, StringBuilder out, boolean afterCr) {
        char[] a = chars.array();
        int end = chars.arrayOffset() + chars.limit();
        int run = chars.arrayOffset() + chars.position();
        if (afterCr && run < end && a[run] == '\n') {
            run++;
        }
        boolean cr = false;
        for (int i = run; i < end; i++) {
            if (a[i] == '\r') {
                out.append(a, run, i - run).append('\n');
                run = i + 1;
                if (run < end && a[run] == '\n') {
                    run++;
                    i++;
                } else {
                    cr = run == end;
                }
            }
        }
        out.append(a, run, end - run);
        return cr;
    }

    /** The fallback for bytes that are not UTF-8; {@code utf8Failure} says where UTF-8 decoding stopped. */
    private static Result windows1252(byte[] bytes, String utf8Failure) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D) {
                return Result.rejected(RejectReason.BAD_ENCODING, String.format(Locale.ROOT,
                        "%s; not windows-1252 either: byte 0x%02X at offset %d is undefined there",
                        utf8Failure, b, i));
            }
        }
        int multiByte = firstUtf8MultiByteSequence(bytes);
        if (multiByte >= 0) {
            return Result.rejected(RejectReason.BAD_ENCODING, String.format(Locale.ROOT,
                    "%s, yet a well-formed UTF-8 sequence starts at offset %d: mixed or corrupted encoding",
                    utf8Failure, multiByte));
        }
        return strict(bytes, 0, CP1252);
    }

    /**
     * Offset of the first well-formed 2–4 byte UTF-8 sequence, or -1. Windows-1252 text almost never
     * contains one (it would need e.g. "Ã©"), while UTF-8 text with a stray invalid byte does.
     */
    static int firstUtf8MultiByteSequence(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int continuation;
            if (b >= 0xC2 && b <= 0xDF) {
                continuation = 1;
            } else if (b >= 0xE0 && b <= 0xEF) {
                continuation = 2;
            } else if (b >= 0xF0 && b <= 0xF4) {
                continuation = 3;
            } else {
                continue;
            }
            if (i + continuation >= bytes.length) {
                return -1;
            }
            boolean wellFormed = true;
            for (int k = 1; k <= continuation; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    wellFormed = false;
                    break;
                }
            }
            if (wellFormed) {
                return i;
            }
        }
        return -1;
    }

    /** Null when the bytes look like text; otherwise why they do not. */
    private static String binaryEvidence(byte[] bytes) {
        return binaryEvidence(new Units() {
            public int length() {
                return bytes.length;
            }

            public int at(int i) {
                return bytes[i] & 0xFF;
            }
        }, "byte", "bytes");
    }

    /** Null when the decoded characters look like text; otherwise why they do not. */
    private static String binaryEvidence(String text) {
        return binaryEvidence(new Units() {
            public int length() {
                return text.length();
            }

            public int at(int i) {
                return text.charAt(i);
            }
        }, "character", "characters");
    }

    /** The bytes or characters the binary checks read. */
    private interface Units {
        int length();

        int at(int i);
    }

    /**
     * A NUL anywhere, or more than 10 % C0 controls in any 8 KiB block (a block short of 8 KiB at the end
     * of a longer file is judged against 8 KiB, so a few trailing bytes cannot tip it).
     */
    private static String binaryEvidence(Units units, String unit, String plural) {
        int length = units.length();
        for (int start = 0; start < length; start += SNIFF_BYTES) {
            int end = Math.min(length, start + SNIFF_BYTES);
            int control = 0;
            for (int i = start; i < end; i++) {
                int c = units.at(i);
                if (c == 0) {
                    return "binary content: NUL " + unit + " at offset " + i;
                }
                if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                    control++;
                }
            }
            // Real text has almost no C0 controls; Reuters SGML carries a few (&#2; decoded by some tools), so allow some.
            int judgedOn = start == 0 ? end : SNIFF_BYTES;
            if (control * 10 > judgedOn) {
                return start == 0
                        ? String.format(Locale.ROOT, "binary content: %d control %s in the first %d", control, plural, end)
                        : String.format(Locale.ROOT, "binary content: %d control %s in the %d from offset %d",
                                control, plural, end - start, start);
            }
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
                out.append(String.format(Locale.ROOT, "\\x%02X", (int) c));
            }
        }
        return out.toString();
    }
}
