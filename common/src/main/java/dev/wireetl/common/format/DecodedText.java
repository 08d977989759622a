package dev.wireetl.common.format;

/** Text decoded from bytes, with the charset that decoded it (recorded for diagnostics). */
public record DecodedText(String text, String charset) {
}
