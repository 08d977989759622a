package dev.wireetl.common.model;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One parsed news story, format-neutral: every parser maps its format onto these fields, and the job
 * maps them onto the {@code articles} columns. Fields a format lacks stay null (lists stay empty).
 *
 * <p>{@code body} is the article text with paragraphs joined by one blank line ({@code "\n\n"}); all
 * extraction offsets are UTF-16 offsets into it.
 */
public final class Story {
    /** Flag: the id line's date disagrees with the header date (the header date wins). */
    public static final String FLAG_DATE_MISMATCH = "DATE_MISMATCH";
    /** Flag: the format allows a story without text (Reuters BRIEF/UNPROC); kept, not rejected. */
    public static final String FLAG_EMPTY_BODY = "EMPTY_BODY";
    /** Flag: no trailing wire id line. */
    public static final String FLAG_NO_WIRE_ID = "NO_WIRE_ID";
    /**
     * Flag: the stated date is a real day but its time of day is not a real time (Reuters
     * {@code 31-MAR-1987 605:12:19.12}); {@code publishedDate} is kept, {@code publishedTs} is null.
     */
    public static final String FLAG_BAD_TIME = "BAD_TIME";
    /**
     * Flag: an id line was found but cut short (an article number of fewer than 10 digits, or no article
     * number at all); it is not used as the wire id, so the article keeps a content-hash id.
     */
    public static final String FLAG_TRUNCATED_WIRE_ID = "TRUNCATED_WIRE_ID";
    /** Flag: no {@code (MENAFN…)} credit in the header; {@code source} and {@code provider} are null. */
    public static final String FLAG_NO_CREDIT = "NO_CREDIT";
    /** Flag: the credit had lost its opening parenthesis ({@code MENAFN - Jordan News Agency)}) and was read anyway. */
    public static final String FLAG_CREDIT_REPAIRED = "CREDIT_REPAIRED";
    /**
     * Flag: page furniture around the header was dropped: timestamp or date-only lines, a lone label word
     * ({@code Date}), a site menu, a status code ({@code 403}), extra title lines, hashtags or the provider's
     * name repeated after the credit.
     */
    public static final String FLAG_HEADER_FURNITURE = "HEADER_FURNITURE";
    /** Flag: the dateline's date is not the publication date (often a day off: time zones); both kept. */
    public static final String FLAG_DATELINE_DATE_MISMATCH = "DATELINE_DATE_MISMATCH";
    /** Flag: hard-wrapped or continuation lines were joined into paragraphs. */
    public static final String FLAG_WRAPS_JOINED = "WRAPS_JOINED";
    /** Flag: a {@code Legal Disclaimer:} block (and anything after it) was removed from the body. */
    public static final String FLAG_DISCLAIMER_STRIPPED = "DISCLAIMER_STRIPPED";
    /** Flag: {@code Read also:} link remnants were removed from the body. */
    public static final String FLAG_LINK_REMNANT_STRIPPED = "LINK_REMNANT_STRIPPED";
    /** Flag: a closing {@code (end)} marker with editor initials was removed. */
    public static final String FLAG_END_MARKER_STRIPPED = "END_MARKER_STRIPPED";
    /** Flag: a closing agency sign-off ({@code – NNN-XINHUA}) was removed. */
    public static final String FLAG_SIGN_OFF_STRIPPED = "SIGN_OFF_STRIPPED";
    /** Flag: text after the id line that is not a disclaimer was dropped as trailer. */
    public static final String FLAG_TRAILER_STRIPPED = "TRAILER_STRIPPED";

    private final String format;
    private final String charset;
    private final String storyRef;
    private final String wireId;
    private final String source;
    private final String provider;
    private final String providerCode;
    private final String articleNumber;
    private final LocalDate publishedDate;
    private final Instant publishedTs;
    private final DateSource dateSource;
    private final LocalDate wireDate;
    private final String dateline;
    private final String headline;
    private final String byline;
    private final List<String> paragraphs;
    private final String body;
    private final List<String> flags;
    private final List<String> topics;
    private final List<String> places;
    private final List<String> people;
    private final List<String> orgs;
    private final List<String> exchanges;
    private final List<String> keywords;
    private final List<ProvidedEntity> providedEntities;

    private Story(Builder b) {
        this.format = Objects.requireNonNull(b.format, "format");
        this.charset = b.charset;
        this.storyRef = b.storyRef;
        this.wireId = b.wireId;
        this.source = b.source;
        this.provider = b.provider;
        this.providerCode = b.providerCode;
        this.articleNumber = b.articleNumber;
        this.publishedDate = Objects.requireNonNull(b.publishedDate, "publishedDate");
        this.publishedTs = b.publishedTs;
        this.dateSource = Objects.requireNonNull(b.dateSource, "dateSource");
        this.wireDate = b.wireDate;
        this.dateline = b.dateline;
        this.headline = b.headline;
        this.byline = b.byline;
        this.paragraphs = List.copyOf(b.paragraphs);
        this.body = String.join("\n\n", this.paragraphs);
        this.flags = List.copyOf(b.flags);
        this.topics = List.copyOf(b.topics);
        this.places = List.copyOf(b.places);
        this.people = List.copyOf(b.people);
        this.orgs = List.copyOf(b.orgs);
        this.exchanges = List.copyOf(b.exchanges);
        this.keywords = List.copyOf(b.keywords);
        this.providedEntities = List.copyOf(b.providedEntities);
    }

    public static Builder builder(String format) {
        return new Builder(format);
    }

    public String format() { return format; }
    /**
     * The charset the file's bytes were decoded with ({@code UTF-8}, {@code UTF-16LE}, {@code UTF-16BE},
     * {@code windows-1252}); recorded in {@code articles.charset}. Null only for stories built outside
     * {@code WireFileParser}.
     */
    public String charset() { return charset; }
    /** Which story inside a multi-story file ({@code NEWID=17}); null for single-story files. */
    public String storyRef() { return storyRef; }
    /** The wire's own identifier as written (e.g. {@code MENAFN07012025000045015687ID1109062432}), or null. */
    public String wireId() { return wireId; }
    public String source() { return source; }
    public String provider() { return provider; }
    public String providerCode() { return providerCode; }
    public String articleNumber() { return articleNumber; }
    public LocalDate publishedDate() { return publishedDate; }
    /** Publication instant when the format gives a time of day (Reuters DATE), else null. */
    public Instant publishedTs() { return publishedTs; }
    public DateSource dateSource() { return dateSource; }
    /** The date encoded in the wire id line, or null. */
    public LocalDate wireDate() { return wireDate; }
    public String dateline() { return dateline; }
    public String headline() { return headline; }
    public String byline() { return byline; }
    public List<String> paragraphs() { return paragraphs; }
    public String body() { return body; }
    public List<String> flags() { return flags; }
    public List<String> topics() { return topics; }
    public List<String> places() { return places; }
    public List<String> people() { return people; }
    public List<String> orgs() { return orgs; }
    public List<String> exchanges() { return exchanges; }
    public List<String> keywords() { return keywords; }
    public List<ProvidedEntity> providedEntities() { return providedEntities; }

    public int paragraphCount() {
        return paragraphs.size();
    }

    /** Whitespace-separated words in the body. */
    public int wordCount() {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < body.length(); i++) {
            boolean space = Character.isWhitespace(body.charAt(i));
            if (!space && !inWord) {
                count++;
            }
            inWord = !space;
        }
        return count;
    }

    @Override
    public String toString() {
        return "Story[" + format + ", " + (wireId != null ? wireId : storyRef) + ", " + publishedDate + "]";
    }

    /** Mutable builder; parsers fill what their format has. */
    public static final class Builder {
        private final String format;
        private String charset;
        private String storyRef;
        private String wireId;
        private String source;
        private String provider;
        private String providerCode;
        private String articleNumber;
        private LocalDate publishedDate;
        private Instant publishedTs;
        private DateSource dateSource = DateSource.CONTENT;
        private LocalDate wireDate;
        private String dateline;
        private String headline;
        private String byline;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<String> flags = new ArrayList<>();
        private final List<String> topics = new ArrayList<>();
        private final List<String> places = new ArrayList<>();
        private final List<String> people = new ArrayList<>();
        private final List<String> orgs = new ArrayList<>();
        private final List<String> exchanges = new ArrayList<>();
        private final List<String> keywords = new ArrayList<>();
        private final List<ProvidedEntity> providedEntities = new ArrayList<>();

        private Builder(String format) {
            this.format = format;
        }

        public Builder charset(String v) { charset = v; return this; }
        public Builder storyRef(String v) { storyRef = v; return this; }
        public Builder wireId(String v) { wireId = v; return this; }
        public Builder source(String v) { source = v; return this; }
        public Builder provider(String v) { provider = v; return this; }
        public Builder providerCode(String v) { providerCode = v; return this; }
        public Builder articleNumber(String v) { articleNumber = v; return this; }
        public Builder publishedDate(LocalDate v) { publishedDate = v; return this; }
        public Builder publishedTs(Instant v) { publishedTs = v; return this; }
        public Builder dateSource(DateSource v) { dateSource = v; return this; }
        public Builder wireDate(LocalDate v) { wireDate = v; return this; }
        public Builder dateline(String v) { dateline = v; return this; }
        public Builder headline(String v) { headline = v; return this; }
        public Builder byline(String v) { byline = v; return this; }
        public Builder paragraphs(List<String> v) { paragraphs.clear(); paragraphs.addAll(v); return this; }
        public Builder addParagraph(String v) { paragraphs.add(v); return this; }
        public Builder flag(String v) { if (!flags.contains(v)) { flags.add(v); } return this; }
        public Builder topics(List<String> v) { topics.addAll(v); return this; }
        public Builder places(List<String> v) { places.addAll(v); return this; }
        public Builder people(List<String> v) { people.addAll(v); return this; }
        public Builder orgs(List<String> v) { orgs.addAll(v); return this; }
        public Builder exchanges(List<String> v) { exchanges.addAll(v); return this; }
        public Builder keywords(List<String> v) { keywords.addAll(v); return this; }
        public Builder providedEntity(ProvidedEntity v) { providedEntities.add(v); return this; }

        public Story build() {
            return new Story(this);
        }
    }
}
