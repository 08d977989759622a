package dev.wireetl.common.format;

import dev.wireetl.common.model.DateSource;
import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import dev.wireetl.common.model.Story;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text in the BBC News layout: a headline line, a blank line, then the body (paragraphs separated
 * by blank lines, kept as written apart from stripping). The text carries no date, so the publication date
 * comes, in this order, from a date in the path ({@code …/2025/01/07/…}, or {@code 2025-01-07} in a folder
 * or file name; the last one in the path wins) → {@link DateSource#PATH}, the {@code input.default-date}
 * setting → {@link DateSource#DEFAULT}, or the file's modification time as a UTC date →
 * {@link DateSource#MODIFICATION_TIME}.
 */
public final class PlainTextParser {
    public static final String FORMAT = "plain_text";
    /** Longest first line still taken for a headline. */
    public static final int MAX_HEADLINE_CHARS = 300;

    private static final Pattern PATH_DATE = Pattern.compile(
            "(?<!\\d)(\\d{4})/(\\d{2})/(\\d{2})/|(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    private PlainTextParser() {
    }

    /**
     * True when the first non-blank line could be a headline (at most {@value #MAX_HEADLINE_CHARS} characters,
     * not markup) and is followed by a blank line or by nothing.
     */
    public static boolean looksLike(String text) {
        int start = firstNonBlankLine(text);
        if (start < 0) {
            return false;
        }
        int nl = text.indexOf('\n', start);
        int end = nl < 0 ? text.length() : nl;
        String headline = text.substring(start, end).strip();
        if (headline.length() > MAX_HEADLINE_CHARS || headline.startsWith("<")) {
            return false;
        }
        if (nl < 0) {
            return true;
        }
        int next = text.indexOf('\n', nl + 1);
        return text.substring(nl + 1, next < 0 ? text.length() : next).isBlank();
    }

    /**
     * @param path                   the file's path as listed (searched for a date)
     * @param modificationTimeMillis epoch millis, 0 when unknown
     * @param defaultDate            {@code input.default-date}, or null
     */
    public static ParseResult parse(DecodedText decoded, String path, long modificationTimeMillis, LocalDate defaultDate) {
        String text = decoded.text();
        int start = firstNonBlankLine(text);
        if (start < 0) {
            return reject(RejectReason.EMPTY, "file contains only whitespace");
        }
        int nl = text.indexOf('\n', start);
        String headline = text.substring(start, nl < 0 ? text.length() : nl).strip();
        BodyCleaner.Cleaned cleaned = BodyCleaner.clean(nl < 0 ? "" : text.substring(nl + 1), null,
                BodyCleaner.DatelineForms.DASHED, List.of());
        if (cleaned.paragraphs().isEmpty()) {
            return reject(RejectReason.NO_BODY, "headline '" + headline + "' is followed by no body text");
        }
        Story.Builder story = Story.builder(FORMAT)
                .charset(decoded.charset())
                .headline(headline)
                .paragraphs(cleaned.paragraphs());
        cleaned.flags().forEach(story::flag);
        if (cleaned.dateline() != null) {
            story.dateline(cleaned.dateline().text());
        }
        LocalDate pathDate = pathDate(path);
        if (pathDate != null) {
            story.publishedDate(pathDate).dateSource(DateSource.PATH);
        } else if (defaultDate != null) {
            story.publishedDate(defaultDate).dateSource(DateSource.DEFAULT);
        } else if (modificationTimeMillis > 0) {
            story.publishedDate(LocalDate.ofInstant(Instant.ofEpochMilli(modificationTimeMillis), ZoneOffset.UTC))
                    .dateSource(DateSource.MODIFICATION_TIME);
        } else {
            return reject(RejectReason.NO_DATE, "plain text carries no date: none in the path, no "
                    + "input.default-date, and the file's modification time is unknown");
        }
        return ParseResult.of(FORMAT, story.build());
    }

    /** The last real calendar date in the path ({@code yyyy/MM/dd/} folders or {@code yyyy-MM-dd}), or null. */
    static LocalDate pathDate(String path) {
        if (path == null) {
            return null;
        }
        LocalDate found = null;
        Matcher m = PATH_DATE.matcher(path);
        while (m.find()) {
            int g = m.group(1) != null ? 1 : 4;
            try {
                found = LocalDate.of(Integer.parseInt(m.group(g)), Integer.parseInt(m.group(g + 1)),
                        Integer.parseInt(m.group(g + 2)));
            } catch (DateTimeException e) {
                // a digit group shaped like a date that names no real day (an id, 2025-13-45) is not a date
            }
        }
        return found;
    }

    private static int firstNonBlankLine(String text) {
        int lineStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lineStart = i + 1;
            } else if (!Character.isWhitespace(c)) {
                return lineStart;
            }
        }
        return -1;
    }

    private static ParseResult reject(RejectReason reason, String message) {
        return ParseResult.rejected(FORMAT, Reject.of(reason, message));
    }
}
