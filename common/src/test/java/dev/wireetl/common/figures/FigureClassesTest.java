package dev.wireetl.common.figures;

import static dev.wireetl.common.figures.Extract.figures;
import static dev.wireetl.common.figures.Extract.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figure classes of held-out news: names with numbers, money without a symbol, ranges, prefixes, totals. */
class FigureClassesTest {

    private static String describe(Figure f) {
        return f.kind() + " " + f.text() + "=" + f.value() + (f.valueMax() == null ? "" : ".." + f.valueMax())
                + (f.unit() == null ? "" : " " + f.unit()) + (f.total() == null ? "" : " of " + f.total());
    }

    private static List<String> all(String sentence) {
        return figures(sentence).stream().map(FigureClassesTest::describe).toList();
    }

    @Test
    void numbersInsideModelAndIndexNamesAreNotFigures() {
        assertEquals(List.of("COUNT 12=12.0"), all("Skylark Air ordered 12 Corvane 848 jets."));
        assertEquals(List.of("COUNT three=3.0"), all("The carrier flies three 757-300 freighters."));
        assertEquals(List.of("PERCENT 1.2%=1.2 %"), all("The FTSE 100 fell 1.2% as the S&P 500 steadied."));
        assertEquals(List.of(), all("Small caps on the Russell 2000 were flat and the G20 met."));
        assertEquals(List.of(), Extract.dates("Small caps on the Russell 2000 were flat.", Extract.ARTICLE_DATE));
        assertEquals(List.of(), all("The Norvik 4 phone went on sale."));
    }

    @Test
    void moneyContinuedWithoutASymbolTakesTheSentencesCurrency() {
        assertEquals(List.of("MONEY US$5 billion=5.0E9 USD", "MONEY four billion=4.0E9 USD"),
                all("The fund lent US$5 billion and will lend four billion more."));
        assertEquals(List.of("MONEY 200 million=2.0E8 USD", "MONEY $3bn=3.0E9 USD"),
                all("Each jet costs 200 million per aircraft after the lessor paid $3bn for the fleet."));
        assertEquals(List.of("MONEY 77m euros=7.7E7 EUR", "MONEY £53m=5.3E7 GBP", "MONEY 38m=3.8E7 EUR"),
                all("Profit was 77m euros (£53m), up from 38m."));
        // A counted noun after the amount keeps it a count.
        assertEquals(List.of("MONEY $2m=2000000.0 USD", "COUNT 3 million=3000000.0"),
                all("The label spent $2m and sold 3 million copies."));
    }

    @Test
    void rangesAndPrefixesArePartOfTheFigure() {
        Figure money = one("Losses were put at about US$16 million to $28 million.");
        assertEquals("MONEY US$16 million to $28 million=1.6E7..2.8E7 USD", describe(money));
        assertEquals(Qualifier.APPROX, money.qualifier());
        assertEquals("PERCENT 20 to 25 percent=20.0..25.0 %", describe(one("Fares rose 20 to 25 percent.")));
        assertEquals(List.of("MONEY AU$52.5 million=5.25E7 AUD", "MONEY GB £20.1 billion=2.01E10 GBP"),
                all("Turnover reached AU$52.5 million and GB £20.1 billion."));
        // A change and the level it reaches stay two figures.
        assertEquals(2, figures("Revenue rose $5m to $28m.").size());
    }

    @Test
    void currencyWordsTotalsAndRounds() {
        assertEquals("MONEY 154m naira=1.54E8 NGN", describe(one("The co-op lost 154m naira.")));
        Figure nations = one("The motion was backed by 39 nations out of 65.");
        assertEquals("COUNT 39=39.0 of 65.0", describe(nations));
        assertEquals("nations", nations.object());
        assertEquals(List.of(), all("The side reached the 1/8 finals."));
        assertNull(one("The side won 3 matches.").total());
    }

    @Test
    void eventNamesAreNotDatesOrFigures() {
        assertEquals(List.of(), all("Security changed after the September 11 attacks."));
        assertEquals(List.of(), Extract.dates("Security changed after the September 11 attacks.",
                LocalDate.of(2011, 9, 14)));
    }
}
