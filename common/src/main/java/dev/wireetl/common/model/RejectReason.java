package dev.wireetl.common.model;

/**
 * Why an input file (or one story inside it) could not become an {@code articles} row.
 * The codes are part of the data contract (docs/tables.md): add new ones, never rename.
 */
public enum RejectReason {
    /** Zero bytes, or only whitespace. */
    EMPTY,
    /** Binary content (NUL bytes or mostly control characters): not a text file. */
    NOT_TEXT,
    /** Bytes that no supported encoding decodes cleanly. */
    BAD_ENCODING,
    /** No publication date could be found where the format requires one. */
    NO_DATE,
    /** A date is present but is not a real calendar date (2025-02-30, month 13). */
    BAD_DATE,
    /** The header parsed but there is no article text. */
    NO_BODY,
    /** Larger than the configured limit (raw or decompressed). */
    TOO_LARGE,
    /** Text, but in no layout any parser recognises. */
    UNKNOWN_FORMAT,
    /** Recognised format, but its structure is broken (unclosed SGML story, invalid XML). */
    MALFORMED,
    /** The file could not be read (permissions, vanished during the run, I/O error). */
    UNREADABLE,
    /** A gzip file whose compressed stream is corrupt or truncated. */
    BAD_COMPRESSION,
    /** The same story (same article id, or same headline and body) is already in {@code articles}. */
    DUPLICATE,
    /** A symbolic link that leads back into a folder being listed (a cycle); not followed. */
    LINK_LOOP,
    /**
     * Not a regular file inside the input root (a FIFO, a device, a socket, or a symbolic link whose target
     * lies outside the input folder's real path): listed, never opened.
     */
    NOT_REGULAR,
    /** Structure beyond the parser's limits (NITF nesting deeper than 100 elements, more than 10,000 inline entities). */
    TOO_COMPLEX,
    /** The file could not be held in the task's memory (an OutOfMemoryError while reading or parsing it). */
    OUT_OF_MEMORY
}
