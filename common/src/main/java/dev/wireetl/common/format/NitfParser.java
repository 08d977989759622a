package dev.wireetl.common.format;

import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.ProvidedEntity;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import dev.wireetl.common.model.Story;

import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPTC NITF XML (2.5 and 3.x), read with the JDK's StAX parser, hardened: DTDs are not processed
 * ({@code SUPPORT_DTD=false}), external entities are not resolved, no external DTD or schema may be
 * accessed, entity expansion is capped, and a DOCTYPE that declares entities ({@code <!ENTITY}, the shape
 * of both XXE and "billion laughs" payloads) is refused as MALFORMED before any content is read. Nesting
 * deeper than {@value #MAX_DEPTH} elements or more than {@value #MAX_ENTITIES} inline entities is
 * TOO_COMPLEX, so memory and time stay linear in the file's size.
 *
 * <p>Mapping: {@code hl1} → headline (else {@code head/title}); {@code byline}, {@code dateline} as text;
 * {@code doc-id@id-string} → wireId; {@code date.issue@norm} (else {@code date.release@norm}) → date;
 * {@code <p>} inside {@code body.content} → paragraphs; inline {@code person/org/location/money/num}
 * anywhere in {@code body} → provided entities (type = tag name, own text whitespace-collapsed: a nested
 * entity's text belongs to it alone, longer than {@value #MAX_ENTITY_CHARS} characters dropped, exact
 * duplicates dropped, document order); {@code key-list/keyword@key} → keywords;
 * {@code doc.copyright@holder} (else {@code doc-id@regsrc}) → source.
 */
public final class NitfParser {
    public static final String FORMAT = "nitf";

    /** How far into a file the prolog (XML declaration, comments, DOCTYPE) may reach for detection. */
    private static final int DETECT_WINDOW = 16384;
    /** Cap on entity expansions; only the predefined entities exist, so this is belt and braces. */
    private static final String ENTITY_EXPANSION_LIMIT = "jdk.xml.entityExpansionLimit";
    private static final Set<String> ENTITY_TAGS = Set.of("person", "org", "location", "money", "num");
    /** Deepest element nesting read; real NITF nests about ten deep. Deeper is TOO_COMPLEX. */
    static final int MAX_DEPTH = 100;
    /** Most inline entities one document may carry; more is TOO_COMPLEX. */
    static final int MAX_ENTITIES = 10_000;
    /** Longest inline entity text kept; a longer one is no name or figure and is dropped. */
    static final int MAX_ENTITY_CHARS = 1_000;

    /** ISO 8601 basic ({@code 20250107T120000Z}) and extended ({@code 2025-01-07T12:00:00+01:00}). */
    private static final Pattern ISO_BASIC = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})?(?:[.,](\\d{1,9}))?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
    private static final Pattern ISO_EXTENDED = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(?:[.,](\\d{1,9}))?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");

    /** StAX factories are not specified as thread-safe; executors parse on several threads. */
    private static final ThreadLocal<XMLInputFactory> FACTORY = ThreadLocal.withInitial(NitfParser::newFactory);

    private NitfParser() {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(ENTITY_EXPANSION_LIMIT, "1000");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** True when the first element after the prolog (XML declaration, comments, PIs, DOCTYPE) is {@code <nitf>}. */
    public static boolean looksLike(String text) {
        Prolog prolog = Prolog.scan(text, Math.min(text.length(), DETECT_WINDOW));
        int i = prolog.rootStart;
        return i >= 0 && text.startsWith("<nitf", i) && i + 5 < text.length()
                && (Character.isWhitespace(text.charAt(i + 5)) || text.charAt(i + 5) == '>' || text.charAt(i + 5) == '/');
    }

    /** Where the root element starts and where the DOCTYPE, if any, lies; -1 when unknown. */
    private record Prolog(int rootStart, int doctypeStart, int doctypeEnd) {
        static Prolog scan(String text, int limit) {
            int doctypeStart = -1;
            int doctypeEnd = -1;
            int i = 0;
            while (true) {
                while (i < limit && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
                    i++;
                }
                int end;
                if (text.startsWith("<?", i)) {
                    end = TextScan.indexOf(text, "?>", i, limit);
                    i = end < 0 ? -1 : end + 2;
                } else if (text.startsWith("<!--", i)) {
                    end = TextScan.indexOf(text, "-->", i, limit);
                    i = end < 0 ? -1 : end + 3;
                } else if (text.startsWith("<!DOCTYPE", i)) {
                    doctypeStart = i;
                    end = closeOfDoctype(text, i, limit);
                    doctypeEnd = end;
                    i = end < 0 ? -1 : end + 1;
                } else {
                    return new Prolog(i < limit ? i : -1, doctypeStart, doctypeEnd);
                }
                if (i < 0) {
                    return new Prolog(-1, doctypeStart, doctypeEnd);
                }
            }
        }

        /** True when the DOCTYPE (complete or cut off) declares entities. */
        boolean declaresEntities(String text) {
            if (doctypeStart < 0) {
                return false;
            }
            int end = doctypeEnd < 0 ? text.length() : doctypeEnd;
            return TextScan.indexOf(text, "<!ENTITY", doctypeStart, end) >= 0;
        }
    }

    /** Offset of the {@code >} closing a DOCTYPE (skipping its internal subset and quoted ids), or -1. */
    private static int closeOfDoctype(String text, int from, int to) {
        int depth = 0;
        char quote = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            } else if (c == '>' && depth <= 0) {
                return i;
            }
        }
        return -1;
    }

    public static ParseResult parse(DecodedText decoded) {
        if (Prolog.scan(decoded.text(), decoded.text().length()).declaresEntities(decoded.text())) {
            return reject(RejectReason.MALFORMED, "NITF DOCTYPE declares entities (<!ENTITY …>): DTDs are "
                    + "not processed, so the document is refused (XXE / entity-expansion protection)");
        }
        try {
            XMLStreamReader reader = FACTORY.get().createXMLStreamReader(new StringReader(decoded.text()));
            return read(reader, decoded.charset());
        } catch (XMLStreamException e) {
            return reject(RejectReason.MALFORMED, "invalid NITF XML" + where(e.getLocation()) + ": " + reason(e));
        }
    }

    private static ParseResult read(XMLStreamReader reader, String charset) throws XMLStreamException {
        Fields f = new Fields();
        boolean rootSeen = false;
        int depth = 0;
        int bodyDepth = 0;
        int contentDepth = 0;
        int entityCount = 0;
        StringBuilder paragraph = null;
        // Open inline entities, innermost last; text goes to the innermost only, so nesting costs linear memory.
        List<StringBuilder> entityText = new ArrayList<>();
        List<String> entityTypes = new ArrayList<>();
        Capture capture = null;
        StringBuilder captured = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = reader.getLocalName();
                    if (++depth > MAX_DEPTH) {
                        return reject(RejectReason.TOO_COMPLEX, "NITF elements nest more than " + MAX_DEPTH
                                + " deep" + where(reader.getLocation()) + " (<" + name + ">)");
                    }
                    if (!rootSeen) {
                        rootSeen = true;
                        if (!"nitf".equals(name)) {
                            return reject(RejectReason.MALFORMED, "root element is <" + name + ">, expected <nitf>");
                        }
                    }
                    switch (name) {
                        case "doc-id" -> {
                            f.wireId = attribute(reader, "id-string");
                            f.regsrc = attribute(reader, "regsrc");
                        }
                        case "date.issue" -> f.issue = attribute(reader, "norm");
                        case "date.release" -> f.release = attribute(reader, "norm");
                        case "doc.copyright" -> f.holder = attribute(reader, "holder");
                        case "keyword" -> {
                            String key = attribute(reader, "key");
                            if (key != null) {
                                f.keywords.add(key);
                            }
                        }
                        case "body" -> bodyDepth++;
                        case "body.content" -> contentDepth++;
                        case "p" -> {
                            if (contentDepth > 0 && paragraph == null) {
                                paragraph = new StringBuilder();
                            }
                        }
                        case "br" -> append(" ", paragraph, entityText, captured);
                        default -> {
                            if (bodyDepth > 0 && ENTITY_TAGS.contains(name)) {
                                if (++entityCount > MAX_ENTITIES) {
                                    return reject(RejectReason.TOO_COMPLEX, "NITF has more than " + MAX_ENTITIES
                                            + " inline entities (person, org, location, money, num)");
                                }
                                entityTypes.add(name);
                                entityText.add(new StringBuilder());
                            }
                        }
                    }
                    Capture start = Capture.of(name);
                    if (capture == null && start != null && f.get(start) == null) {
                        capture = start;
                        captured = new StringBuilder();
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        append(reader.getText(), paragraph, entityText, captured);
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    String name = reader.getLocalName();
                    if (capture != null && capture.element.equals(name)) {
                        f.set(capture, TextScan.collapseWhitespace(captured));
                        capture = null;
                        captured = null;
                    }
                    switch (name) {
                        case "body" -> bodyDepth--;
                        case "body.content" -> contentDepth--;
                        case "p" -> {
                            if (paragraph != null) {
                                String text = TextScan.collapseWhitespace(paragraph);
                                if (!text.isEmpty()) {
                                    f.paragraphs.add(text);
                                }
                                paragraph = null;
                            }
                        }
                        default -> {
                            int last = entityTypes.size() - 1;
                            if (last >= 0 && entityTypes.get(last).equals(name)) {
                                StringBuilder raw = entityText.remove(last);
                                String type = entityTypes.remove(last);
                                String text = raw.length() > MAX_ENTITY_CHARS ? "" : TextScan.collapseWhitespace(raw);
                                if (!text.isEmpty()) {
                                    f.entities.add(new ProvidedEntity(type, text));
                                }
                            }
                        }
                    }
                }
                default -> {
                    // DOCTYPE (not processed), comments, processing instructions: nothing to map
                }
            }
        }
        return f.toResult(charset);
    }

    private static void append(String text, StringBuilder paragraph, List<StringBuilder> entityText,
                               StringBuilder captured) {
        if (paragraph != null) {
            paragraph.append(text);
        }
        if (!entityText.isEmpty()) {
            StringBuilder innermost = entityText.get(entityText.size() - 1);
            if (innermost.length() <= MAX_ENTITY_CHARS) {
                innermost.append(text, 0, Math.min(text.length(), MAX_ENTITY_CHARS + 1 - innermost.length()));
            }
        }
        if (captured != null) {
            captured.append(text);
        }
    }

    private static String attribute(XMLStreamReader reader, String name) {
        String value = reader.getAttributeValue(null, name);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Elements whose whole text becomes one field; the first occurrence wins. */
    private enum Capture {
        TITLE("title"), HEADLINE("hl1"), BYLINE("byline"), DATELINE("dateline");

        final String element;

        Capture(String element) {
            this.element = element;
        }

        static Capture of(String name) {
            for (Capture c : values()) {
                if (c.element.equals(name)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** What the event loop collected. */
    private static final class Fields {
        String wireId;
        String regsrc;
        String issue;
        String release;
        String holder;
        String title;
        String headline;
        String byline;
        String dateline;
        final List<String> keywords = new ArrayList<>();
        final List<String> paragraphs = new ArrayList<>();
        final Set<ProvidedEntity> entities = new LinkedHashSet<>();

        String get(Capture c) {
            return switch (c) {
                case TITLE -> title;
                case HEADLINE -> headline;
                case BYLINE -> byline;
                case DATELINE -> dateline;
            };
        }

        void set(Capture c, String value) {
            String v = value.isEmpty() ? null : value;
            switch (c) {
                case TITLE -> title = v;
                case HEADLINE -> headline = v;
                case BYLINE -> byline = v;
                case DATELINE -> dateline = v;
            }
        }

        ParseResult toResult(String charset) {
            String dateKey = issue != null ? "date.issue" : "date.release";
            String norm = issue != null ? issue : release;
            if (norm == null) {
                return reject(RejectReason.NO_DATE, "NITF has no date.issue or date.release with a norm attribute");
            }
            Matcher m = ISO_BASIC.matcher(norm);
            if (!m.matches()) {
                m = ISO_EXTENDED.matcher(norm);
            }
            LocalDate date = null;
            Instant ts = null;
            if (m.matches()) {
                ts = instant(m);
                date = ts != null ? LocalDate.ofInstant(ts, ZoneOffset.UTC) : m.group(4) == null ? date(m) : null;
            }
            if (date == null) {
                return reject(RejectReason.BAD_DATE, dateKey + " norm '" + norm
                        + "' is not an ISO 8601 date or date-time (e.g. 20250107T120000Z)");
            }
            // the same boilerplate and end-marker rules as the text wires; a dateline is looked for in the first
            // paragraph only when the document has no <dateline> element
            BodyCleaner.Cleaned cleaned = BodyCleaner.cleanParagraphs(new ArrayList<>(paragraphs), date,
                    dateline == null ? BodyCleaner.DatelineForms.DASHED : BodyCleaner.DatelineForms.NONE,
                    holder != null ? List.of(holder) : List.of());
            if (cleaned.paragraphs().isEmpty()) {
                return reject(RejectReason.NO_BODY, "NITF parsed (" + dateKey + " " + norm
                        + ") but body.content has no <p> text");
            }
            Story.Builder story = Story.builder(FORMAT)
                    .charset(charset)
                    .wireId(wireId)
                    .source(holder != null ? holder : regsrc)
                    .publishedDate(date)
                    .publishedTs(ts)
                    .headline(headline != null ? headline : title)
                    .byline(byline)
                    .dateline(cleaned.dateline() != null ? cleaned.dateline().text() : dateline)
                    .paragraphs(cleaned.paragraphs())
                    .keywords(keywords);
            cleaned.flags().forEach(story::flag);
            entities.forEach(story::providedEntity);
            return ParseResult.of(FORMAT, story.build());
        }
    }

    /** The instant of a date-time match (no offset means UTC); null for a date-only match or an impossible value. */
    private static Instant instant(Matcher m) {
        if (m.group(4) == null) {
            return null;
        }
        try {
            int nanos = 0;
            if (m.group(7) != null) {
                nanos = Integer.parseInt((m.group(7) + "00000000").substring(0, 9));
            }
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), nanos);
            return local.toInstant(offset(m.group(8)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || "Z".equals(zone)) {
            return ZoneOffset.UTC;
        }
        String digits = zone.replace(":", "");
        int hours = Integer.parseInt(digits.substring(1, 3));
        int minutes = digits.length() > 3 ? Integer.parseInt(digits.substring(3)) : 0;
        int sign = digits.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }

    private static LocalDate date(Matcher m) {
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static String where(Location location) {
        return location == null ? "" : " at line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /** The parser's own explanation, without the JDK's "ParseError at [row,col]" prefix. */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    private static ParseResult reject(RejectReason reason, String message) {
        return ParseResult.rejected(FORMAT, Reject.of(reason, message));
    }
}
