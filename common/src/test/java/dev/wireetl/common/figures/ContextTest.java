package dev.wireetl.common.figures;

import static dev.wireetl.common.figures.Extract.figures;
import static dev.wireetl.common.figures.Extract.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Qualifier, direction, count type, object and modifier. */
class ContextTest {

    @Test
    void qualifiers() {
        assertEquals(Qualifier.EXACT, one("They hired 150 teams.").qualifier());
        assertEquals(Qualifier.APPROX, one("They hired about 150 teams.").qualifier());
        assertEquals(Qualifier.APPROX, one("They hired some 150 teams.").qualifier());
        assertEquals(Qualifier.APPROX, one("They hired an estimated 150 teams.").qualifier());
        assertEquals(Qualifier.MORE_THAN, one("They hired more than 150 teams.").qualifier());
        assertEquals(Qualifier.MORE_THAN, one("It rose from just over 5% in a year.").qualifier());
        assertEquals(Qualifier.AT_LEAST, one("They hired at least 150 teams.").qualifier());
        assertEquals(Qualifier.LESS_THAN, one("They hired fewer than 150 teams.").qualifier());
        assertEquals(Qualifier.AT_MOST, one("It may buy up to 1,400,000 dlrs in common stock.").qualifier());
        assertEquals(Qualifier.AT_MOST, one("They hired no more than 150 teams.").qualifier());
        assertEquals("150", one("They hired more than 150 teams.").text());
    }

    @Test
    void directionOnlyForChanges() {
        assertEquals(Direction.UP, one("Altria shares were up 5% on the day.").direction());
        assertEquals(Direction.UP, one("Sales rose 12 pct in January.").direction());
        assertEquals(Direction.DOWN, one("The company cut costs by $3m.").direction());
        assertEquals(Direction.DOWN, one("Shareholders lost about $180bn in the collapse.").direction());
        assertEquals(Direction.UP, one("The firm posted a 222% rise in annual profit.").direction());
        assertEquals(Direction.UP, one("Reynolds showed gains of 4.5%.").direction());
        assertNull(one("Growth would fall to 3.3% next year.").direction());
        assertNull(one("Sales growth of 8% was reported.").direction());
        assertNull(one("The price is down on the record high of $55.67.").direction());
        List<Figure> raised = figures("The value was raised 25 cts to 7.75 dlrs.");
        assertEquals(Direction.UP, raised.get(0).direction());
        assertNull(raised.get(1).direction());
    }

    @Test
    void countTypesFromTriggerWords() {
        assertEquals(CountType.WOUND, one("In the region, three people were injured.").countType());
        assertEquals(CountType.KILL, one("The 1989 disaster in which 96 died shocked the city.").countType());
        assertEquals(CountType.KILL, one("The blast killed 12 soldiers.").countType());
        assertEquals(CountType.ARREST, one("Police arrested 40 protesters.").countType());
        assertEquals(CountType.KIDNAP, one("Gunmen kidnapped two engineers.").countType());
        assertEquals(CountType.EVACUATE, one("About 5,000 residents were evacuated.").countType());
        assertEquals(CountType.DISPLACE, one("The floods displaced 20,000 families.").countType());
        assertEquals(CountType.AFFECT, one("The outage affected 300 homes.").countType());
        assertNull(one("Forces destroyed 12 Ukrainian drones along the border.").countType());
    }

    @Test
    void objectAndModifier() {
        Figure calls = one("The survey covered 166 call centres.");
        assertEquals("centres", calls.object());
        assertEquals("call", calls.modifier());
        Figure estimate = one("It cut growth from a previous estimate of 3.7%.");
        assertEquals("estimate", estimate.object());
        assertEquals("previous", estimate.modifier());
        assertEquals("sales", one("Domestic consumption accounts for 70% of sales.").object());
        assertNull(one("Only 42% of them say money matters.").object());
        Figure growth = one("US growth would reach 4.4% this year.");
        assertEquals("growth", growth.object());
        assertEquals("US", growth.modifier());
        Figure loss = one("Net loss 278,949 dlrs.");
        assertEquals("loss", loss.object());
        assertEquals("net", loss.modifier());
        Figure offer = one("It received a $3.25bn takeover offer.");
        assertEquals("offer", offer.object());
        assertEquals("takeover", offer.modifier());
        assertEquals("people", one("The number of people receiving benefits totaled 3,014,400.").object());
        assertEquals("member", one("The 12-member bloc agreed.").object());
    }

    @Test
    void bareAmountsInEarningsTablesAreMoney() {
        List<Figure> table = figures("Shr loss nine cts vs profit 22 cts\n    Net loss 278,949 vs profit 346,368\n"
                + "    Revs 11.9 mln vs 10.4 mln\n");
        assertEquals(6, table.size());
        assertEquals(0.09, table.get(0).value(), 1e-12);
        assertEquals("profit", table.get(1).object());
        assertEquals(FigureKind.MONEY, table.get(2).kind());
        assertEquals("USD", table.get(3).unit());
        assertEquals("revs", table.get(5).object());
        assertEquals(1.04e7, table.get(5).value());
    }
}
