package dev.wireetl.common.entities;

/**
 * One entity mention of an article body ({@code entity_mentions} row without the article id).
 *
 * @param type PERSON, ORG, LOC or NORP
 * @param text the mention as written, {@code body.substring(begin, end)}
 * @param begin UTF-16 offset into the body, inclusive
 * @param end UTF-16 offset, exclusive
 * @param sentenceIndex 0-based index of the sentence holding the mention
 * @param canonical fullest form of the entity in the article, or the gazetteer name of an alias
 * @param entityKey key stable across articles and runs ({@code loc:geonames:6252001}, {@code person:antony_blinken})
 * @param countryCode ISO 3166-1 alpha-2 for LOC and NORP (and ORG named after a country), else null
 * @param geonamesId GeoNames id of a resolved country, city or region, else null
 * @param lat latitude of a resolved place, else null
 * @param lon longitude of a resolved place, else null
 * @param method {@code tagger}, {@code gazetteer}, or the engine name given to {@link EntityExtractor#normalise}
 * @param score confidence in (0, 1]; tagger scores are margins squashed to (0, 1), not calibrated probabilities
 */
public record EntityMention(String type, String text, int begin, int end, int sentenceIndex, String canonical,
        String entityKey, String countryCode, Long geonamesId, Double lat, Double lon, String method, double score) {
}
