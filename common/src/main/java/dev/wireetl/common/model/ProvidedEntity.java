package dev.wireetl.common.model;

/**
 * An entity the source format itself tags (NITF {@code <person>}, {@code <org>}, {@code <location>},
 * {@code <money>}, {@code <num>}), kept as provided metadata, not as an extraction.
 */
public record ProvidedEntity(String type, String text) {
}
