package dev.wireetl.common.format;

import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;

/**
 * Entry point for one input file: size and emptiness checks, decoding, format detection, then the
 * format's parser. Never throws on bad content: every problem becomes a {@link Reject}.
 */
public final class WireFileParser {
    /** Format name recorded when no parser claimed the file. */
    public static final String UNKNOWN_FORMAT = "unknown";

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
        TextDecoder.Result decoded = TextDecoder.decode(bytes);
        if (decoded.reject() != null) {
            return ParseResult.rejected(UNKNOWN_FORMAT, decoded.reject());
        }
        String text = decoded.text().text();
        if (text.isBlank()) {
            return rejected(RejectReason.EMPTY, "file contains only whitespace");
        }
        if (MenafnParser.looksLike(text)) {
            return MenafnParser.parse(text);
        }
        return rejected(RejectReason.UNKNOWN_FORMAT,
                "no ' date YYYY-MM-DD (CREDIT)' header or wire id line: not a recognised wire format");
    }

    private static ParseResult rejected(RejectReason reason, String message) {
        return ParseResult.rejected(UNKNOWN_FORMAT, Reject.of(reason, message));
    }
}
