package dev.wireetl.common.figures;

import static dev.wireetl.common.figures.Extract.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Digits, number words, scales, fractions, ranges and X-out-of-Y forms. */
class NumberParsingTest {

    @Test
    void digitsWithThousandsAndDecimals() {
        assertEquals(2000.0, one("They hired 2,000 workers.").value());
        assertEquals(3014400.0, one("A total of 3,014,400 people applied.").value());
        assertEquals(13.3, one("The rate reached 13.3% last year.").value());
    }

    @Test
    void numberWords() {
        Figure three = one("Officials said three people were injured.");
        assertEquals(3.0, three.value());
        assertEquals("three", three.text());
        assertEquals(21.0, one("The firm shut twenty-one stores.").value());
        assertEquals(12.0, one("Police held a dozen suspects.").value());
        assertEquals("a dozen", one("Police held a dozen suspects.").text());
        assertEquals(500000.0, one("The city has half a million residents.").value());
        assertEquals(205.0, one("It built two hundred and five homes.").value());
    }

    @Test
    void scalesAndSuffixes() {
        assertEquals(1.5e6, one("The county has 1.5 million residents.").value());
        assertEquals(1.13e9, one("It paid $1.13bn for the unit.").value());
        assertEquals(6e8, one("It paid £600m for the unit.").value());
        assertEquals(9.5e6, one("It was fined 9.5 mln dlrs.").value());
        assertEquals(3e12, one("Debt stands at $3tn overall.").value());
        assertEquals(12000.0, one("The rally drew 12k people.").value());
        assertEquals(3e6, one("Unemployment may fall below three million.").value());
        Figure fee = one("The buyer would owe a $500-million fee.");
        assertEquals(5e8, fee.value());
        assertEquals("$500-million", fee.text());
        assertEquals(1.8e7, one("He signed an 18-million-dollar contract.").value());
    }

    @Test
    void indianDigitGrouping() {
        Figure lakhs = one("Floods displaced 5,00,000 villagers.");
        assertEquals(500000.0, lakhs.value());
        assertEquals("5,00,000", lakhs.text());
        assertEquals(12000000.0, one("The scheme reached 1,20,00,000 farmers.").value());
        assertEquals(2000.0, one("They hired 2,000 workers.").value());
    }

    @Test
    void fractions() {
        Figure coupon = one("The bonds carry a coupon of 14-3/4 pct.");
        assertEquals(14.75, coupon.value());
        assertEquals("14-3/4 pct", coupon.text());
        assertEquals(1.5, one("Shares rose 1-1/2 dlrs.").value());
        assertEquals(0.5, one("Fees are 1/2 pct of the issue.").value());
        Figure twoThirds = one("Nearly two-thirds of all firms have no plans.");
        assertEquals(FigureKind.PERCENT, twoThirds.kind());
        assertEquals(200.0 / 3, twoThirds.value());
        assertEquals(25.0, one("Nearly a quarter of workers quit.").value());
        assertEquals(50.0, one("Half of them argue for change.").value());
        Figure apart = one("Farms make about three quarters of all output.");
        assertEquals(FigureKind.PERCENT, apart.kind());
        assertEquals(75.0, apart.value());
        assertEquals("three quarters", apart.text());
        assertTrue(Extract.figures("Profit rose in the last three quarters of the year.").stream()
                .noneMatch(f -> f.kind() == FigureKind.PERCENT));
    }

    @Test
    void aChangeAndTheLevelItReachedAreNoRange() {
        List<Figure> f = Extract.figures("After an hour the average plummeted 313.00 to 22,609.20.");
        assertEquals(List.of(313.0, 22609.2), f.stream().map(Figure::value).toList());
        assertNull(f.get(0).valueMax());
        List<Figure> jobless = Extract.figures("Unemployment fell to 3.12 mln or 19.8 pct of the workforce.");
        assertEquals(List.of(FigureKind.COUNT, FigureKind.PERCENT), jobless.stream().map(Figure::kind).toList());
        assertEquals(10.0, one("Sales rose 10 to 15 pct.").value());
        assertEquals(15.0, one("Sales rose 10 to 15 pct.").valueMax());
    }

    @Test
    void aMinusSignWrittenApartIsNegative() {
        Figure f = one("Sales showed a growth rate of -0.1% in January.");
        assertEquals(-0.1, f.value());
        assertEquals("-0.1%", f.text());
        assertEquals(-0.3, one("Growth was \u22120.3% last year.").value());
        assertEquals(List.of(5.0, 6.0), Extract.figures("Profit rose 5%-6% in 2004.").stream().map(Figure::value).toList());
    }

    @Test
    void ranges() {
        Figure hyphen = one("The storm destroyed 10-20 homes.");
        assertEquals(10.0, hyphen.value());
        assertEquals(20.0, hyphen.valueMax());
        Figure between = one("The plan costs between $10m and $20m.");
        assertEquals("$10m and $20m", between.text());
        assertEquals(1e7, between.value());
        assertEquals(2e7, between.valueMax());
        assertEquals("USD", between.unit());
        Figure words = one("They met three or four times.");
        assertEquals(3.0, words.value());
        assertEquals(4.0, words.valueMax());
        assertEquals("times", words.object());
        Figure to = one("It needs seven to 10 mln dlrs to pay farmers.");
        assertEquals(7e6, to.value());
        assertEquals(1e7, to.valueMax());
        assertEquals(FigureKind.MONEY, to.kind());
        Figure hyphenTo = one("Fares may rise 15-to-20 percent next year.");
        assertEquals("15-to-20 percent", hyphenTo.text());
        assertEquals(15.0, hyphenTo.value());
        assertEquals(20.0, hyphenTo.valueMax());
        assertEquals(FigureKind.PERCENT, hyphenTo.kind());
    }

    @Test
    void outOfAndOfTheWhole() {
        Figure drones = one("Forces downed 79 out of 128 Russian drones.");
        assertEquals("79 out of 128", drones.text());
        assertEquals(79.0, drones.value());
        assertEquals(128.0, drones.total());
        assertEquals("drones", drones.object());
        Figure executives = one("Mr Sullivan, one of six WorldCom executives indicted, testified.");
        assertEquals("one of six", executives.text());
        assertEquals(6.0, executives.total());
        assertEquals("executives", executives.object());
        Figure areas = one("They made discipline one of their five priority areas.");
        assertEquals("one of their five", areas.text());
        assertEquals(5.0, areas.total());
        Figure chance = one("The risk is one in 50 for smokers.");
        assertEquals("one in 50", chance.text());
        assertEquals(1.0, chance.value());
        assertEquals(50.0, chance.total());
        assertNull(chance.valueMax());
    }
}
