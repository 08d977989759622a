package dev.wireetl.common.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * The quoted stretches of a text. Curly and guillemet marks say which way they face; a straight {@code "} opens
 * when it follows a space (or the text start, a bracket or a dash) and is followed by a non-space, closes when
 * it follows a non-space, and toggles when it stands between spaces (tokenised text such as {@code " flat wrong . "}).
 * An opening mark while a quote is open continues it: wire and BBC copy open every paragraph of a long quote
 * again without closing the one before, so such a quote is one span across its paragraphs.
 */
final class QuoteSpans {
    /** One quote: content offsets (marks excluded, spaces trimmed) and the offsets of its marks. */
    record Span(int begin, int end, int openMark, int closeMark) {
        boolean overlaps(int b, int e) {
            return begin < e && b < end;
        }
    }

    /** Longest quote kept; a lone unmatched mark would otherwise swallow the rest of the article. */
    static final int MAX_LENGTH = 4000;

    private QuoteSpans() {
    }

    static boolean isMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u00AB' || c == '\u00BB' || c == '\u201E';
    }

    static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (open >= 0 && i - open > MAX_LENGTH) {
                open = -1;
            }
            if (!isMark(c)) {
                continue;
            }
            boolean opening;
            if (c == '\u201C' || c == '\u00AB' || c == '\u201E') {
                opening = true;
            } else if (c == '\u201D' || c == '\u00BB') {
                opening = false;
            } else {
                boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                        || "([{-\u2014\u2013".indexOf(text.charAt(i - 1)) >= 0;
                boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
                if (spaceBefore && spaceAfter) {
                    opening = open < 0;
                } else {
                    opening = spaceBefore;
                }
            }
            if (opening) {
                if (open < 0) {
                    open = i;
                }
            } else if (open >= 0) {
                add(spans, text, open, i);
                open = -1;
            }
        }
        return spans;
    }

    private static void add(List<Span> spans, String text, int openMark, int closeMark) {
        int b = openMark + 1;
        int e = closeMark;
        while (b < e && Character.isWhitespace(text.charAt(b))) {
            b++;
        }
        while (e > b && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > b) {
            spans.add(new Span(b, e, openMark, closeMark));
        }
    }
}
