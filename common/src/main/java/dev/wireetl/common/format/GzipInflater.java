package dev.wireetl.common.format;

import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
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
        int initial = (int) Math.min(Math.max(BUFFER_BYTES, compressed.length * 4L), Math.min(limit, Integer.MAX_VALUE - 8));
        ByteArrayOutputStream out = new ByteArrayOutputStream(initial);
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), BUFFER_BYTES)) {
            int n;
            while ((n = in.read(buffer, 0, (int) Math.min(buffer.length, limit + 1 - total))) > 0) {
                total += n;
                if (total > limit) {
                    return new Result(null, Reject.of(RejectReason.TOO_LARGE, "gzip content decompresses to more than "
                            + limit + " bytes (input.max-file-bytes)"));
                }
                out.write(buffer, 0, n);
            }
        } catch (EOFException e) {
            return new Result(null, Reject.of(RejectReason.BAD_COMPRESSION,
                    "truncated gzip stream after " + total + " decompressed bytes"));
        } catch (IOException e) {
            return new Result(null, Reject.of(RejectReason.BAD_COMPRESSION,
                    "corrupt gzip stream after " + total + " decompressed bytes: " + e.getMessage()));
        }
        return new Result(out.toByteArray(), null);
    }
}
