package dev.wireetl.common.format;

/**
 * One input file as read from storage.
 *
 * @param path                 the file's URI or path as listed, recorded in {@code source_path}
 * @param bytes                the whole file
 * @param modificationTimeMillis last modification, epoch millis (0 when unknown)
 */
public record RawFile(String path, byte[] bytes, long modificationTimeMillis) {
}
