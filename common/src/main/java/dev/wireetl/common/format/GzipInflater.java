package dev.wireetl.common.format;

import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;

/**
 * Reads gzip content, detected by its magic bytes rather than the file name, with a hard cap on the
 * decompressed size: reading stops at {@code limit + 1} bytes, so a gzip bomb costs at most the limit in
 * memory and becomes a TOO_LARGE reject. A corrupt or truncated stream is BAD_COMPRESSION.
 */
final class GzipInflater {
    private static final int BUFFER_BYTES = 64 * 1024;

    private GzipInflater() {
    }

    /** Outcome: exactly one of {@code bytes} and {@code reject} is set. */
    record Result(byte[] bytes, Reject reject) {
    }

    static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xFF) == 0x1F && (bytes[1] & 0xFF) == 0x8B;
    }

    static Result inflate(byte[] compressed, long limit) {
        // grown by doubling but never past limit + 1, so the buffer costs at most about the limit, plus the
        // trimmed copy returned
        int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 8);
        byte[] out = new byte[(int) Math.min(Math.max(BUFFER_BYTES, compressed.length * 4L), cap)];
        int total = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), BUFFER_BYTES)) {
            while (true) {
                if (total == out.length) {
                    if (total >= cap) {
                        break;
                    }
                    out = Arrays.copyOf(out, (int) Math.min(cap, total * 2L));
                }
                int n = in.read(out, total, out.length - total);
                if (n < 0) {
                    break;
                }
                total += n;
            }
            if (total > limit) {
                return new Result(null, Reject.of(RejectReason.TOO_LARGE, "gzip content decompresses to more than "
                        + limit + " bytes (input.max-file-bytes)"));
            }
        } catch (EOFException e) {
            return new Result(null, Reject.of(RejectReason.BAD_COMPRESSION,
                    "truncated gzip stream after " + total + " decompressed bytes"));
        } catch (IOException e) {
            return new Result(null, Reject.of(RejectReason.BAD_COMPRESSION,
                    "corrupt gzip stream after " + total + " decompressed bytes: " + e.getMessage()));
        }
        return new Result(total == out.length ? out : Arrays.copyOf(out, total), null);
    }
}
