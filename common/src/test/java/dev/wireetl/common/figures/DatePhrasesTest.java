package dev.wireetl.common.figures;

import static dev.wireetl.common.figures.Extract.dates;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decades, centuries, parts of periods, compound relative phrases, durations, ranges and tense-aware
 * resolution. Article date: Wednesday 2011-09-14 unless a test says otherwise.
 */
class DatePhrasesTest {
    private static final LocalDate ARTICLE = LocalDate.of(2011, 9, 14);

    /** Every mention of the sentence as "KIND text=resolved/granularity". */
    private static List<String> mentions(String sentence, LocalDate article) {
        return dates(sentence, article).stream()
                .map(d -> d.kind() + " " + d.text() + "=" + d.resolved() + "/" + d.granularity()).toList();
    }

    private static List<String> mentions(String sentence) {
        return mentions(sentence, ARTICLE);
    }

    @Test
    void decadesAndCenturiesKeepTheirThe() {
        assertEquals(List.of("DATE the 1980s=198/null", "DATE the early 2000s=200/null", "DATE mid-1970s=197/null"),
                mentions("Farms grew in the 1980s, slowed in the early 2000s and boomed after mid-1970s reforms."));
        assertEquals(List.of("DATE the 19th century=18/null", "DATE the twentieth century=19/null"),
                mentions("The mill ran through the 19th century and into the twentieth century."));
    }

    @Test
    void partsOfPeriods() {
        assertEquals(List.of("DATE late 2004=2004/YEAR", "DATE mid-2006=2006/YEAR", "DATE early 1998=1998/YEAR"),
                mentions("The ferry stopped in late 2004, ran again by mid-2006 and first sailed in early 1998."));
        assertEquals(List.of("DATE the first half of 2004=2004-H1/null", "DATE the last quarter of 2004=2004-Q4/null"),
                mentions("Tolls rose in the first half of 2004 and fell in the last quarter of 2004."));
        assertEquals(List.of("DATE the final quarter of 2009=2009-Q4/null",
                        "DATE the first month of the year=2011-01/MONTH"),
                mentions("Orders peaked in the final quarter of 2009 and dipped in the first month of the year."));
        assertEquals(List.of("DATE the second half of the year=2011-H2/null"),
                mentions("Exports should recover in the second half of the year."));
        // A half with no year in view is as often a match's half.
        assertEquals(List.of(), mentions("The visitors scored twice in the second half."));
        assertEquals(List.of("DATE a year earlier=null/YEAR"), mentions("Sales rose from 3bn yuan a year earlier."));
        assertEquals(List.of(), mentions("He won a second term."));
    }

    @Test
    void compoundRelativePhrasesResolveWhole() {
        assertEquals(List.of("DATE the first quarter of last year=2010-Q1/null", "DATE October of next year=2012-10/MONTH"),
                mentions("Ticket sales fell in the first quarter of last year and will peak in October of next year."));
        assertEquals(List.of("DATE January of 2003=2003-01/MONTH"), mentions("The dam opened in January of 2003."));
        assertEquals(List.of("DATE this month=2011-09/MONTH", "DATE a year ago=2010/YEAR"),
                mentions("Fares rose earlier this month after a cut a year ago."));
        assertEquals(List.of("DURATION 24 hours=PT24H/null"), mentions("No rain fell in the past 24 hours."));
    }

    @Test
    void durations() {
        assertEquals(List.of("DURATION decade-long=P10Y/null", "DURATION year-long=P1Y/null",
                        "DURATION two and a half years=P2.5Y/null"),
                mentions("The decade-long dispute and a year-long audit ended after almost two and a half years."));
        assertEquals(List.of("DURATION six straight days=P6D/null", "DURATION a week=P1W/null",
                        "DURATION a year=P1Y/null", "DURATION a day=P1D/null"),
                mentions("The index rose for six straight days; talks took a week, repairs more than a year, "
                        + "and the vote came a day after."));
        assertEquals(List.of("DURATION three-and-a-half years=P3.5Y/null"),
                mentions("The bridge took three-and-a-half years to build."));
        assertEquals(List.of("DURATION a couple of weeks=P2W/null", "DURATION another month=P1M/null",
                        "DURATION half an hour=PT0.5H/null", "DURATION an hour and half=PT1.5H/null"),
                mentions("Repairs need a couple of weeks and another month; the check takes half an hour, "
                        + "the drive an hour and half."));
        assertEquals(List.of("DURATION 20 min=PT20M/null", "DURATION 3 hr=PT3H/null"),
                mentions("The ride lasts 20 min, the hike 3 hr."));
        assertEquals(List.of("DATE June=null/MONTH"), mentions("They met on the twenty second of June.", null));
    }

    @Test
    void ratesFrequenciesAndEventNamesAreNotDurationsOrDates() {
        assertEquals(List.of(), mentions("Guards earn $9 a day and the annual fair draws crowds."));
        assertEquals(List.of(), mentions("The September 11th terrorist attacks changed air travel."));
        List<Figure> figures = FigureExtractor.standard()
                .extract("The September 11 attacks changed air travel.", ARTICLE, new int[] {0}).figures();
        assertTrue(figures.isEmpty(), figures::toString);
    }

    @Test
    void ranges() {
        assertEquals(List.of("DATE 2009 to 2011=2009/2011/YEAR"), mentions("The pilot ran from 2009 to 2011."));
        assertEquals(List.of("DATE April and June=2011-04/2011-06/MONTH"),
                mentions("Rents fell between April and June.", LocalDate.of(2011, 11, 20)));
        assertEquals(List.of("DATE 1997 - 98=1997/1998/YEAR"), mentions("Harvests failed in 1997 - 98."));
    }

    @Test
    void tenseDecidesBareWeekdaysAndMonths() {
        assertEquals(List.of("DATE Friday=2011-09-16/DAY"), mentions("The markets remain closed until Friday."));
        assertEquals(List.of("DATE Thursday=2011-09-15/DAY"), mentions("The trial is set to begin on Thursday."));
        assertEquals(List.of("DATE Thursday=2011-09-08/DAY"), mentions("The trial began on Thursday."));
        assertEquals(List.of("DATE January=2011-01/MONTH"), mentions("The levy was introduced in January."));
        assertEquals(List.of("DATE January=2012-01/MONTH"), mentions("The levy will start in January."));
        assertEquals(List.of("DATE October 2=2012-10-02/DAY"),
                mentions("The museum will reopen on October 2.", LocalDate.of(2011, 11, 7)));
    }

    @Test
    void anOutsideTenseHintOverridesTheTextReading() {
        TenseHint future = (begin, end) -> Tense.FUTURE;
        List<DateMention> d = FigureExtractor.standard()
                .extract("The board met on Monday.", ARTICLE, new int[] {0}, future).dates();
        assertEquals("2011-09-19", d.get(0).resolved());
        List<DateMention> unknown = FigureExtractor.standard()
                .extract("The board met on Monday.", ARTICLE, new int[] {0}, TenseHint.UNKNOWN).dates();
        assertEquals("2011-09-12", unknown.get(0).resolved());
    }
}
