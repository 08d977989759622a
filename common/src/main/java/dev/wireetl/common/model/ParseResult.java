package dev.wireetl.common.model;

import java.util.List;

/**
 * What one input file became: stories and/or rejects. A single-story file yields exactly one of
 * either; a multi-story file (Reuters SGML) may yield both, one reject per broken story.
 */
public record ParseResult(String format, List<Story> stories, List<Reject> rejects) {
    public ParseResult {
        stories = List.copyOf(stories);
        rejects = List.copyOf(rejects);
    }

    public static ParseResult rejected(String format, Reject reject) {
        return new ParseResult(format, List.of(), List.of(reject));
    }

    public static ParseResult of(String format, Story story) {
        return new ParseResult(format, List.of(story), List.of());
    }
}
