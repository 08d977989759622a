package dev.wireetl.common.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code article_entities} row (without the article id): an entity of the article with its number
 * of mentions and the offset of its first mention.
 */
public record ArticleEntity(String entityKey, String type, String canonical, int mentionCount, int firstOffset) {

    /** Aggregates an article's mentions by entity key, in order of first appearance. */
    public static List<ArticleEntity> aggregate(List<EntityMention> mentions) {
        Map<String, ArticleEntity> byKey = new LinkedHashMap<>();
        for (EntityMention m : mentions) {
            byKey.merge(m.entityKey(), new ArticleEntity(m.entityKey(), m.type(), m.canonical(), 1, m.begin()),
                    (a, b) -> new ArticleEntity(a.entityKey(), a.type(), a.canonical(), a.mentionCount() + 1,
                            Math.min(a.firstOffset(), b.firstOffset())));
        }
        return new ArrayList<>(byKey.values());
    }
}
