package dev.wireetl.common.figures;

import dev.wireetl.common.syntax.ArticleSyntax;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Extracts figures (counts, money, percentages, quantities) and date and duration mentions from an
 * article body, following the extraction spec. Rule-based and stateless: one instance serves all threads.
 */
public final class FigureExtractor {
    private static final FigureExtractor STANDARD = new FigureExtractor();

    public FigureExtractor() {
        // Stateless: every table lives in static final fields built when the class loads.
    }

    public static FigureExtractor standard() {
        return STANDARD;
    }

    /**
     * @param body           the article body; offsets in the result are UTF-16 offsets into it
     * @param articleDate    the article's publication date, or null (then only dates stating their year resolve)
     * @param sentenceStarts begin offsets of the body's sentences, sorted, the first 0
     */
    public Extraction extract(String body, LocalDate articleDate, int[] sentenceStarts) {
        return extract(body, articleDate, sentenceStarts, TenseHint.UNKNOWN);
    }

    /**
     * As {@link #extract(String, LocalDate, int[])}, with the tense of each date's governing verb from outside
     * (the syntax layer); where the hint says UNKNOWN the tense is read from the sentence text.
     */
    public Extraction extract(String body, LocalDate articleDate, int[] sentenceStarts, TenseHint tenseHint) {
        return extract(body, articleDate, sentenceStarts, tenseHint, null);
    }

    /**
     * As {@link #extract(String, LocalDate, int[], TenseHint)}, with each figure's object, object phrase,
     * direction and count type attached on the dependency tree of its sentence ({@link TreeAttachment}); only
     * sentences holding a figure are parsed. {@code syntax} null: the window rules alone (no object phrase).
     */
    public Extraction extract(String body, LocalDate articleDate, int[] sentenceStarts, TenseHint tenseHint,
            ArticleSyntax syntax) {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(tenseHint, "tenseHint");
        Objects.requireNonNull(sentenceStarts, "sentenceStarts");
        if (body.isEmpty()) {
            return new Extraction(List.of(), List.of());
        }
        TokenStream tokens = TokenStream.of(body);
        DateScanner dates = new DateScanner(tokens, articleDate, tenseHint);
        dates.scan();
        boolean[] dateTokens = dates.consumed.clone();
        FigureScanner figures = new FigureScanner(tokens, dates.consumed);
        figures.scan();
        new FigureContext(tokens, dateTokens, figures.candidates).fill();
        if (syntax != null) {
            new TreeAttachment(syntax, body).attach(tokens, figures.candidates);
        }

        List<Figure> figureRows = new ArrayList<>(figures.candidates.size());
        for (FigureScanner.Candidate c : figures.candidates) {
            if (c.countType != null && tokens.norm[c.numberFirst].indexOf('.') >= 0 && c.value < 1000) {
                c.countType = null; // "a 9.0 magnitude earthquake": a measure written with decimals counts no one
            }
            int begin = tokens.begin[c.first];
            int end = tokens.end[c.last];
            figureRows.add(new Figure(c.kind, body.substring(begin, end), begin, end, c.value, c.valueMax, c.total,
                    c.kind == FigureKind.COUNT ? null : c.unit, c.object, c.modifier, c.qualifier, c.direction,
                    c.countType, sentenceIndex(sentenceStarts, begin),
                    c.phraseBegin < 0 ? null : body.substring(c.phraseBegin, c.phraseEnd),
                    c.phraseBegin < 0 ? null : c.phraseBegin, c.phraseBegin < 0 ? null : c.phraseEnd,
                    c.subjectBegin < 0 ? null : c.subjectBegin, c.subjectBegin < 0 ? null : c.subjectEnd));
        }
        List<DateMention> dateRows = new ArrayList<>(dates.mentions.size());
        for (DateScanner.Mention m : dates.mentions) {
            int begin = tokens.begin[m.first()];
            int end = tokens.end[m.last()];
            dateRows.add(new DateMention(m.kind(), body.substring(begin, end), begin, end, m.resolved(),
                    m.granularity(), sentenceIndex(sentenceStarts, begin)));
        }
        figureRows.sort(Comparator.comparingInt(Figure::begin));
        dateRows.sort(Comparator.comparingInt(DateMention::begin));
        return new Extraction(figureRows, dateRows);
    }

    /** Index of the sentence holding offset: the last start at or before it. */
    static int sentenceIndex(int[] sentenceStarts, int offset) {
        if (sentenceStarts.length == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(sentenceStarts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }
}
