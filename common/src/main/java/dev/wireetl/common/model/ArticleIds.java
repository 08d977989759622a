package dev.wireetl.common.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Stable article identifiers. The same story gets the same id in every run:
 * <ol>
 *   <li>the wire id when the format has one ({@code MENAFN07012025000045015687ID1109062432});</li>
 *   <li>else {@code source-articleNumber}, lower-cased source ({@code reuters-5});</li>
 *   <li>else {@code sha256-} and the first 32 hex digits of the body's SHA-256.</li>
 * </ol>
 */
public final class ArticleIds {
    private ArticleIds() {
    }

    public static String articleId(Story story, String contentSha256) {
        if (story.wireId() != null && !story.wireId().isBlank()) {
            return story.wireId();
        }
        if (story.source() != null && story.articleNumber() != null) {
            return story.source().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "-" + story.articleNumber();
        }
        return "sha256-" + contentSha256.substring(0, 32);
    }

    /** The {@code content_sha256} column: SHA-256 of the headline (when any), a newline, and the body. */
    public static String contentSha256(Story story) {
        return sha256((story.headline() == null ? "" : story.headline()) + "\n" + story.body());
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
