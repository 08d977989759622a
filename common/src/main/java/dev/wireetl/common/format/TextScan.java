package dev.wireetl.common.format;

/** Small allocation-free string helpers shared by the hand-written scanners. */
final class TextScan {
    private TextScan() {
    }

    /**
     * First {@code needle} that starts at or after {@code from} and ends by {@code to}, or -1. Unlike
     * {@link String#indexOf(String, int)} it never looks past {@code to}, which keeps per-story searches
     * inside one story and a whole-file scan linear.
     */
    static int indexOf(String text, String needle, int from, int to) {
        char first = needle.charAt(0);
        for (int i = Math.max(from, 0), last = Math.min(to, text.length()) - needle.length(); i <= last; i++) {
            if (text.charAt(i) == first && text.startsWith(needle, i)) {
                return i;
            }
        }
        return -1;
    }

    /** {@code value} on one line: leading/trailing whitespace removed, inner runs replaced by one space. */
    static String collapseWhitespace(CharSequence value) {
        StringBuilder out = new StringBuilder(value.length());
        boolean pendingSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isWhitespace(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
