package dev.wireetl.common.model;

/** Where an article's publication date came from; recorded in {@code articles.date_source}. */
public enum DateSource {
    /** Stated inside the file (header line, SGML DATE, NITF date.issue). */
    CONTENT,
    /** A {@code yyyy/MM/dd} or {@code yyyy-MM-dd} folder or file name in the path. */
    PATH,
    /** The {@code input.default-date} configuration key. */
    DEFAULT,
    /** The file's modification time (UTC). */
    MODIFICATION_TIME
}
