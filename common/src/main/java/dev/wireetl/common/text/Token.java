package dev.wireetl.common.text;

/**
 * One token of a text: its surface form and its UTF-16 offsets into the text (begin inclusive, end
 * exclusive). {@code text} always equals {@code source.substring(begin, end)}.
 */
public record Token(String text, int begin, int end) {
}
