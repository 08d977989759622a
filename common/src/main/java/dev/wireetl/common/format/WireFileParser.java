package dev.wireetl.common.format;

import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point for one input file: size and emptiness checks, gzip (by magic bytes, decompressed-size
 * capped), decoding, format detection from the content, then the format's parser. Never throws on bad
 * content: every problem becomes a {@link Reject}; a parser bug surfaces as a MALFORMED reject.
 *
 * <p>Detection order: {@code <REUTERS} near the start → {@value ReutersSgmlParser#FORMAT}; {@code <nitf}
 * as the first element → {@value NitfParser#FORMAT}; the MENAFN header or id line →
 * {@value MenafnParser#FORMAT}; a short first line followed by a blank line → {@value PlainTextParser#FORMAT};
 * otherwise UNKNOWN_FORMAT.
 */
public final class WireFileParser {
    /** Format name recorded when no parser claimed the file. */
    public static final String UNKNOWN_FORMAT = "unknown";

    private static final Logger LOG = LoggerFactory.getLogger(WireFileParser.class);

    private final ParserSettings settings;

    public WireFileParser(ParserSettings settings) {
        this.settings = settings;
    }

    public ParseResult parse(RawFile file) {
        byte[] bytes = file.bytes();
        if (bytes.length > settings.maxFileBytes()) {
            return rejected(RejectReason.TOO_LARGE, "file is " + bytes.length + " bytes; limit is "
                    + settings.maxFileBytes() + " (input.max-file-bytes)");
        }
        if (bytes.length == 0) {
            return rejected(RejectReason.EMPTY, "file is 0 bytes");
        }
        if (GzipInflater.isGzip(bytes)) {
            GzipInflater.Result inflated = GzipInflater.inflate(bytes, settings.maxFileBytes());
            if (inflated.reject() != null) {
                return ParseResult.rejected(UNKNOWN_FORMAT, inflated.reject());
            }
            bytes = inflated.bytes();
            if (bytes.length == 0) {
                return rejected(RejectReason.EMPTY, "gzip content decompresses to 0 bytes");
            }
            if (GzipInflater.isGzip(bytes)) {
                return rejected(RejectReason.UNKNOWN_FORMAT,
                        "gzip content is itself gzip: only one level of compression is read");
            }
        }
        TextDecoder.Result decoded = TextDecoder.decode(bytes);
        if (decoded.reject() != null) {
            return ParseResult.rejected(UNKNOWN_FORMAT, decoded.reject());
        }
        DecodedText text = decoded.text();
        if (text.text().isBlank()) {
            return rejected(RejectReason.EMPTY, "file contains only whitespace");
        }
        String format = detect(text.text());
        try {
            return switch (format) {
                case ReutersSgmlParser.FORMAT -> ReutersSgmlParser.parse(text);
                case NitfParser.FORMAT -> NitfParser.parse(text);
                case MenafnParser.FORMAT -> MenafnParser.parse(text);
                case PlainTextParser.FORMAT -> PlainTextParser.parse(text, file.path(),
                        file.modificationTimeMillis(), settings.defaultDate());
                default -> rejected(RejectReason.UNKNOWN_FORMAT, "no <REUTERS> stories, no <nitf> root, no "
                        + "' date YYYY-MM-DD (CREDIT)' header or wire id line, and no headline line followed by "
                        + "a blank line: not a recognised wire format");
            };
        } catch (RuntimeException | StackOverflowError e) {
            LOG.warn("{} parser failed on {}", format, file.path(), e);
            return ParseResult.rejected(format, Reject.of(RejectReason.MALFORMED,
                    format + " parser failed: " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    /** The format name the content claims, or {@link #UNKNOWN_FORMAT}. */
    public static String detect(String text) {
        if (ReutersSgmlParser.looksLike(text)) {
            return ReutersSgmlParser.FORMAT;
        }
        if (NitfParser.looksLike(text)) {
            return NitfParser.FORMAT;
        }
        if (MenafnParser.looksLike(text)) {
            return MenafnParser.FORMAT;
        }
        if (PlainTextParser.looksLike(text)) {
            return PlainTextParser.FORMAT;
        }
        return UNKNOWN_FORMAT;
    }

    private static ParseResult rejected(RejectReason reason, String message) {
        return ParseResult.rejected(UNKNOWN_FORMAT, Reject.of(reason, message));
    }
}
