package dev.wireetl.common.format;

import java.time.LocalDate;

/**
 * The parsing knobs the job's configuration controls.
 *
 * @param maxFileBytes largest input accepted, in bytes, raw or after decompression
 * @param defaultDate  publication date for formats that carry none (plain text), or null
 */
public record ParserSettings(long maxFileBytes, LocalDate defaultDate) {
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    public ParserSettings {
        if (maxFileBytes <= 0) {
            throw new IllegalArgumentException("maxFileBytes must be positive, was " + maxFileBytes);
        }
    }

    public static ParserSettings defaults() {
        return new ParserSettings(DEFAULT_MAX_FILE_BYTES, null);
    }
}
