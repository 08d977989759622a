package dev.wireetl.common.quotes;

import dev.wireetl.common.entities.EntityMention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Resolves each speaker to the article entity it is or refers to, in text order (docs/quotations.md, "Speakers"):
 * <ol>
 *   <li>a PERSON mention inside the speaker phrase (the last one: {@code the lead mediator, Salim Ahmed Salim});</li>
 *   <li>else an ORG mention inside it when the phrase's last word is in the mention, a spokesperson noun
 *   ({@code Defense Ministry officials}: officials speak for their organisation) or an outlet noun
 *   ({@code The Guardian newspaper});</li>
 *   <li>{@code he}/{@code she}: the latest PERSON speaker before, else the latest PERSON mention before, skipping
 *   people the article's titles give the other gender ({@code Ms Essex} is not {@code he});
 *   {@code it}: the latest ORG speaker, else ORG mention; {@code they}: the latest speaker entity;</li>
 *   <li>{@code the N} (two words): the latest speaker entity, else ORG mention, before it whose name holds N
 *   ({@code the ministry} → Ministry of Finance, {@code the centre} → National Centre for …); for a noun that
 *   refers back to a business (company, airline, carrier, …) the latest ORG speaker or mention;</li>
 *   <li>else no entity, and the canonical name is the phrase without its leading determiner.</li>
 * </ol>
 */
final class SpeakerResolver {
    private static final Set<String> SPOKES_NOUNS = Set.of("official", "officials", "spokesman", "spokeswoman",
            "spokesperson", "spokespeople", "sources", "source", "representative", "representatives", "statement");
    /** Nouns by which wire copy refers back to a business named before ({@code the company said}). */
    private static final Set<String> ORG_NOUNS = Set.of("company", "firm", "airline", "carrier", "corporation",
            "group", "operator", "lender", "insurer", "retailer", "manufacturer", "maker", "conglomerate");
    /** What a named outlet is ({@code The Guardian newspaper}): the speaker is the outlet. */
    private static final Set<String> MEDIA_NOUNS = Set.of("newspaper", "paper", "daily", "channel", "television",
            "radio", "broadcaster", "network", "website");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an");

    private static final Set<String> MALE_TITLES = Set.of("mr", "mr.");
    private static final Set<String> FEMALE_TITLES = Set.of("ms", "ms.", "mrs", "mrs.", "miss");

    private final List<EntityMention> mentions;
    /** PERSON entity key → 'M' or 'F' when the article writes a title before it (Mr, Ms, Mrs, Miss), one kind only. */
    private final Map<String, Character> genders;

    SpeakerResolver(String text, List<EntityMention> mentions) {
        this.mentions = mentions;
        this.genders = genders(text, mentions);
    }

    /** Genders the article's own titles give its people: "he" then never refers to a Ms, "she" to a Mr. */
    private static Map<String, Character> genders(String text, List<EntityMention> mentions) {
        Map<String, Character> out = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        for (EntityMention m : mentions) {
            if (!m.type().equals("PERSON")) {
                continue;
            }
            String title = titleBefore(text, m);
            Character g = MALE_TITLES.contains(title) ? Character.valueOf('M')
                    : FEMALE_TITLES.contains(title) ? Character.valueOf('F') : null;
            if (g != null) {
                Character previous = out.putIfAbsent(m.entityKey(), g);
                if (previous != null && !previous.equals(g)) {
                    conflicting.add(m.entityKey());
                }
            }
        }
        conflicting.forEach(out::remove);
        return out;
    }

    /** The lower-cased word right before the mention, or its own first word when that is a title. */
    private static String titleBefore(String text, EntityMention m) {
        String first = lower(m.text().trim().split("\\s+")[0]);
        if (MALE_TITLES.contains(first) || FEMALE_TITLES.contains(first)) {
            return first;
        }
        int end = m.begin();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int start = end;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        return lower(text.substring(start, end));
    }

    /** False when the entity's gender, as the article's titles give it, contradicts the pronoun. */
    private boolean agrees(String entityKey, String pronoun) {
        Character g = entityKey == null ? null : genders.get(entityKey);
        return g == null || pronoun == null || (pronoun.equals("he") ? g != 'F' : g != 'M');
    }

    /** The quotations (in text order) with entity keys and canonical names set. */
    List<Quotation> resolve(List<Quotation> quotations) {
        List<Quotation> resolved = new ArrayList<>(quotations.size());
        for (Quotation q : quotations) {
            resolved.add(q.speakerText() == null ? q : resolveOne(q, resolved));
        }
        return resolved;
    }

    private Quotation resolveOne(Quotation q, List<Quotation> before) {
        int b = q.speakerBegin();
        int e = q.speakerEnd();
        EntityMention person = null;
        EntityMention org = null;
        for (EntityMention m : mentions) {
            if (m.begin() >= b && m.end() <= e) {
                if (m.type().equals("PERSON")) {
                    person = m;
                } else if (m.type().equals("ORG") && org == null) {
                    org = m;
                }
            }
        }
        if (person != null) {
            return q.withSpeaker(person.entityKey(), person.canonical());
        }
        String[] words = q.speakerText().trim().split("\\s+");
        String last = lower(words[words.length - 1]);
        if (org != null && (org.end() >= e || SPOKES_NOUNS.contains(last) || MEDIA_NOUNS.contains(last))) {
            return q.withSpeaker(org.entityKey(), org.canonical());
        }
        if (words.length == 1) {
            switch (last) {
                case "he", "she" -> {
                    return referent(q, before, b, "PERSON", null, last);
                }
                case "it" -> {
                    return referent(q, before, b, "ORG", null, null);
                }
                case "they" -> {
                    return referent(q, before, b, null, null, null);
                }
                case "we", "i", "you" -> {
                    return q.withSpeaker(null, null);
                }
                default -> {
                }
            }
        }
        if (words.length == 2 && lower(words[0]).equals("the") && org == null) {
            Quotation r = referent(q, before, b, "ORG", last, null);
            if (r.speakerEntityKey() != null) {
                return r;
            }
            if (ORG_NOUNS.contains(last)) {
                r = referent(q, before, b, "ORG", null, null);
                if (r.speakerEntityKey() != null) {
                    return r;
                }
            }
        }
        return q.withSpeaker(null, phrase(words));
    }

    /**
     * The latest earlier speaker entity of the type (any type when null) whose name holds {@code noun} (any name
     * when null), else the latest such mention before {@code offset}; unresolved: no entity, no canonical name.
     * With a {@code pronoun} ({@code he}, {@code she}), people whose titles give the other gender are skipped.
     */
    private Quotation referent(Quotation q, List<Quotation> before, int offset, String type, String noun,
                               String pronoun) {
        for (int i = before.size() - 1; i >= 0; i--) {
            Quotation earlier = before.get(i);
            if (earlier.speakerEntityKey() != null && earlier.speakerBegin() < offset
                    && (type == null || earlier.speakerEntityKey().startsWith(keyPrefix(type)))
                    && (noun == null || lower(earlier.speakerCanonical()).contains(noun))
                    && agrees(earlier.speakerEntityKey(), pronoun)) {
                return q.withSpeaker(earlier.speakerEntityKey(), earlier.speakerCanonical());
            }
        }
        EntityMention latest = null;
        for (EntityMention m : mentions) {
            if (m.end() <= offset && (type == null ? m.type().equals("PERSON") || m.type().equals("ORG")
                    : m.type().equals(type)) && (noun == null || lower(m.canonical()).contains(noun))
                    && agrees(m.entityKey(), pronoun) && (latest == null || m.begin() > latest.begin())) {
                latest = m;
            }
        }
        if (latest == null) {
            return noun == null ? q.withSpeaker(null, null) : q;
        }
        return q.withSpeaker(latest.entityKey(), latest.canonical());
    }

    /** Entity keys start with the lower-case type ({@code person:…}, {@code org:…}). */
    private static String keyPrefix(String type) {
        return lower(type) + ":";
    }

    private static String phrase(String[] words) {
        int from = words.length > 1 && DETERMINERS.contains(lower(words[0])) ? 1 : 0;
        return String.join(" ", java.util.Arrays.asList(words).subList(from, words.length));
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
