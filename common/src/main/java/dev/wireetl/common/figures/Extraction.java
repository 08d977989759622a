package dev.wireetl.common.figures;

import java.util.List;

/** Figures and date mentions of one body, each list in text order. */
public record Extraction(List<Figure> figures, List<DateMention> dates) {
    public Extraction {
        figures = List.copyOf(figures);
        dates = List.copyOf(dates);
    }
}
