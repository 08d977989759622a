package dev.wireetl.common.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

/** Test helpers: run the standard extractor on one sentence. */
final class Extract {
    static final LocalDate ARTICLE_DATE = LocalDate.of(1987, 3, 5);

    private Extract() {
    }

    static List<Figure> figures(String text) {
        return FigureExtractor.standard().extract(text, ARTICLE_DATE, new int[] {0}).figures();
    }

    static List<DateMention> dates(String text, LocalDate articleDate) {
        return FigureExtractor.standard().extract(text, articleDate, new int[] {0}).dates();
    }

    /** The single figure of the text. */
    static Figure one(String text) {
        List<Figure> figures = figures(text);
        assertEquals(1, figures.size(), () -> "figures of '" + text + "': " + figures);
        return figures.get(0);
    }

    /** The single date mention of the text, against the default article date. */
    static DateMention oneDate(String text) {
        return oneDate(text, ARTICLE_DATE);
    }

    static DateMention oneDate(String text, LocalDate articleDate) {
        List<DateMention> dates = dates(text, articleDate);
        assertEquals(1, dates.size(), () -> "dates of '" + text + "': " + dates);
        return dates.get(0);
    }
}
