package dev.wireetl.common.model;

import java.util.Objects;

/**
 * A file, or one story inside a multi-story file, that could not be parsed.
 *
 * @param storyRef  null when the whole file is rejected; else which story (e.g. {@code NEWID=17})
 * @param message   human-readable, specific: says what was expected and what was found
 */
public record Reject(RejectReason reason, String message, String storyRef) {
    public Reject {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    public static Reject of(RejectReason reason, String message) {
        return new Reject(reason, message, null);
    }
}
