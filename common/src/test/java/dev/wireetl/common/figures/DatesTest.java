package dev.wireetl.common.figures;

import static dev.wireetl.common.figures.Extract.dates;
import static dev.wireetl.common.figures.Extract.oneDate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Absolute and relative dates, weeks and quarters, durations and ages. Default article date: Thu 1987-03-05. */
class DatesTest {

    private static void date(String sentence, String text, String resolved, String granularity) {
        DateMention d = oneDate(sentence);
        assertEquals(DateKind.DATE, d.kind(), sentence);
        assertEquals(text, d.text(), sentence);
        assertEquals(resolved, d.resolved(), sentence);
        assertEquals(granularity, d.granularity(), sentence);
    }

    private static void duration(String sentence, String text, String period) {
        DateMention d = oneDate(sentence);
        assertEquals(DateKind.DURATION, d.kind(), sentence);
        assertEquals(text, d.text(), sentence);
        assertEquals(period, d.resolved(), sentence);
        assertNull(d.granularity(), sentence);
    }

    @Test
    void absoluteDatesAtTheirGranularity() {
        date("It was signed on 26 Feb 1987.", "26 Feb 1987", "1987-02-26", "DAY");
        date("It was signed on January 19, 1984.", "January 19, 1984", "1984-01-19", "DAY");
        date("The war began in February 2022.", "February 2022", "2022-02", "MONTH");
        date("It was filed in 2004.", "2004", "2004", "YEAR");
        date("Entered after 7/1/82.", "7/1/82", "1982-07-01", "DAY");
        date("The 1986/87 crop was poor.", "1986/87", "1986/1987", "YEAR");
    }

    @Test
    void relativeDatesResolveAgainstTheArticleDate() {
        date("Prices fell on Monday.", "Monday", "1987-03-02", "DAY");
        date("Prices fell on Thursday.", "Thursday", "1987-03-05", "DAY");
        date("Prices fell yesterday.", "yesterday", "1987-03-04", "DAY");
        date("The board meets today.", "today", "1987-03-05", "DAY");
        date("Prices fell last week.", "last week", "1987-W09", null);
        date("Prices fell last month.", "last month", "1987-02", "MONTH");
        date("Talks resume next month.", "next month", "1987-04", "MONTH");
        date("Prices fell last year.", "last year", "1986", "YEAR");
        date("It began in January.", "January", "1987-01", "MONTH");
        date("Bids closed Feb 21.", "Feb 21", "1987-02-21", "DAY");
        date("The offer was made March one by the group.", "March one", "1987-03-01", "DAY");
        date("Results for the 4th qtr were weak.", "4th qtr", "1986-Q4", null);
        date("The wet summer hurt sales.", "summer", "1986-SU", null);
        date("Oil was cheap in the seventies.", "the seventies", null, null);
    }

    @Test
    void priorWeekResolvesAgainstTheLastWrittenDay() {
        List<DateMention> d = dates("Claims fell in the week ended Feb 21 from the prior week.", LocalDate.of(1987, 3, 5));
        assertEquals(2, d.size());
        assertEquals("1987-02-21", d.get(0).resolved());
        assertEquals("the prior week", d.get(1).text());
        assertEquals("1987-W07", d.get(1).resolved());
    }

    @Test
    void withoutArticleDateOnlyStatedYearsResolve() {
        DateMention monday = oneDate("Prices fell on Monday.", null);
        assertNull(monday.resolved());
        assertEquals("DAY", monday.granularity());
        assertEquals("2003", oneDate("It was founded in 2003.", null).resolved());
        assertNull(oneDate("Prices fell last year.", null).resolved());
    }

    @Test
    void todayAsAProgrammeNameIsNotADate() {
        assertEquals(List.of(), dates("He told BBC Radio 4's Today programme.", Extract.ARTICLE_DATE));
    }

    @Test
    void durations() {
        duration("Only two weeks remain.", "two weeks", "P2W");
        duration("Callers wait 65 seconds.", "65 seconds", "PT65S");
        duration("He faces up to 85 years in jail.", "85 years", "P85Y");
        duration("It signed a four-year deal.", "four-year", "P4Y");
        duration("It was a 24-hour strike.", "24-hour", "PT24H");
        duration("A plan is due in the next fortnight.", "the next fortnight", "P2W");
        duration("Earnings were flat over the past year.", "the past year", "P1Y");
        List<DateMention> range = dates("Training fell from 36 to just 21 days.", Extract.ARTICLE_DATE);
        assertEquals(2, range.size());
        assertEquals("36", range.get(0).text());
        assertEquals("P36D", range.get(0).resolved());
        assertEquals("P21D", range.get(1).resolved());
    }

    @Test
    void ages() {
        duration("The 40-year-old embargo stays.", "40-year-old", "P40Y");
        duration("The victim was 40 years old.", "40 years old", "P40Y");
        duration("The driver, aged 65, was hurt.", "65", "P65Y");
        duration("Most buyers were aged under 30.", "30", "P30Y");
        duration("Workers retire at age 65 there.", "65", "P65Y");
        duration("Boys, some as young as four, were kept there.", "four", "P4Y");
        assertEquals(List.of(), Extract.figures("Boys, some as young as four, were kept there."));
        assertEquals(List.of("P6M", "P9M"), dates("Work could take six to nine months.", Extract.ARTICLE_DATE)
                .stream().map(DateMention::resolved).toList());
        assertEquals(List.of(), Extract.figures("Work could take six to nine months."));
    }

    @Test
    void dayFirstDatesWithAmbiguousMonthsAndDayRanges() {
        assertEquals(List.of("1987-03-01"), dates("The game is released 1 March on PC.", Extract.ARTICLE_DATE)
                .stream().map(DateMention::resolved).toList());
        assertEquals(List.of(), Extract.figures("The game is released 1 March on PC."));
        List<DateMention> festival = dates("The festival runs on 26-28 August.", Extract.ARTICLE_DATE);
        assertEquals(List.of("26-28 August"), festival.stream().map(DateMention::text).toList());
        assertEquals(List.of("1987-08-26/1987-08-28"), festival.stream().map(DateMention::resolved).toList());
        assertEquals(List.of("6", "7 January"), dates("Talks are planned for 6 or 7 January.",
                Extract.ARTICLE_DATE).stream().map(DateMention::text).toList());
        assertEquals(List.of(), Extract.figures("Talks are planned for 6 or 7 January."));
    }

    @Test
    void rangesOfMonthsAndAMonthOfARelativeYear() {
        date("Output grew in the July to September period.", "July to September", "1986-07/1986-09", "MONTH");
        date("Sales rose between July and September 1985.", "July and September 1985", "1985-07/1985-09", "MONTH");
        date("Output rose in November-February.", "November-February", "1986-11/1987-02", "MONTH");
        date("Rates rose three times since June this year.", "June this year", "1987-06", "MONTH");
        date("It fell in March last year.", "March last year", "1986-03", "MONTH");
        date("The cup is held from January 7 to 29.", "January 7 to 29", "1987-01-07/1987-01-29", "DAY");
        date("Talks ran March 3-5, 1984.", "March 3-5, 1984", "1984-03-03/1984-03-05", "DAY");
        assertEquals(List.of(), Extract.figures("The vote was held between December 11 and 18."));
        assertEquals(List.of("May 5"), dates("It opened on May 5 to 10 people.", Extract.ARTICLE_DATE).stream()
                .map(DateMention::text).toList());
    }

    @Test
    void aSpanOfYears() {
        assertEquals(List.of("1973/1990"), dates("Under his 1973-90 rule, many fled.", Extract.ARTICLE_DATE)
                .stream().map(DateMention::resolved).toList());
    }

    @Test
    void ageRangesAreTwoDurationsAndNoFigures() {
        List<DateMention> ages = dates("Use rose among those aged 30-39.", Extract.ARTICLE_DATE);
        assertEquals(List.of("30", "39"), ages.stream().map(DateMention::text).toList());
        assertEquals(List.of("P30Y", "P39Y"), ages.stream().map(DateMention::resolved).toList());
        assertEquals(List.of("P18Y", "P24Y"), dates("Voters aged between 18 and 24 stayed home.", Extract.ARTICLE_DATE)
                .stream().map(DateMention::resolved).toList());
        assertEquals(List.of(), Extract.figures("Use rose among those aged 30-39."));
        assertEquals(List.of("P23Y", "P27Y"), dates("The men, ranging in ages from 23 to 27, fled.", Extract.ARTICLE_DATE)
                .stream().map(DateMention::resolved).toList());
        assertEquals(List.of(), Extract.figures("The men, ranging in ages from 23 to 27, fled."));
        List<DateMention> both = dates("A wage was set for 16 and 17-year-olds.", Extract.ARTICLE_DATE);
        assertEquals(List.of("16", "17-year-olds"), both.stream().map(DateMention::text).toList());
        assertEquals(List.of("P16Y", "P17Y"), both.stream().map(DateMention::resolved).toList());
        assertEquals(List.of(), Extract.figures("A wage was set for 16 and 17-year-olds."));
    }

    @Test
    void frequenciesAreNotDurations() {
        assertEquals(List.of(), dates("Calls grow 20% every year.", Extract.ARTICLE_DATE));
        assertEquals(List.of(), dates("He visits every three years.", Extract.ARTICLE_DATE));
    }

    @Test
    void agoIsADate() {
        date("The plant closed two years ago.", "two years ago", "1985", "YEAR");
    }
}
