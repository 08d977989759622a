package dev.wireetl.common.figures;

import static dev.wireetl.common.figures.Extract.figures;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers that are not figures: years, dates, times, ordinals, identifiers, names, scores, vague amounts. */
class ExclusionsTest {

    private static void none(String sentence) {
        assertEquals(List.of(), figures(sentence), sentence);
    }

    @Test
    void yearsAndDatesAreNotFigures() {
        none("The claim was filed in 1999.");
        none("Sales were boosted by the Euro 2004 tournament.");
        none("Grain entered after Oct 6, 1981 qualifies.");
        none("The island was found by Columbus in 1492.");
        none("Bermuda was first settled in 1609 by English colonists.");
        none("Under his 1973-90 rule, many fled.");
        none("Shares on the Standard and Poor's 500 fell.");
        none("Wheat entered after 5/14/82 qualifies.");
        none("Star Rover 64 DX is a remake.");
        none("She held the record of 2.08.50 until June."); // a race time
        assertEquals(List.of("2008"), Extract.dates("The party will spend by 2008 £60bn more.", Extract.ARTICLE_DATE)
                .stream().map(DateMention::text).toList());
        assertEquals(List.of("£60bn"), figures("The party will spend by 2008 £60bn more.").stream()
                .map(Figure::text).toList());
    }

    @Test
    void timesOfDay() {
        none("The market opened at 10:30.");
        none("The vote closes at 10am.");
        none("Trading halted at 1500 GMT.");
    }

    @Test
    void ordinals() {
        none("It was the 3rd attempt.");
        none("It is the first annual result and the second-largest retailer.");
    }

    @Test
    void identifiersAndNames() {
        none("Leaders of the G7 met.");
        none("He spoke on BBC Radio 4's Today programme.");
        none("Number 10 said no.");
        none("Mortgage Fund Two paid.");
        none("He flew an F-16 jet.");
        none("It will be sold as Heartgard-30 through vets.");
        none("Call 020 7946 0018 for details.");
        none("Call 555-1234 for details.");
        none("Sequels such as Shrek 2 and Toy Story led the year.");
        none("Films like Apollo 13, Jaws and Alien were shown.");
        none("The attacks of 9/11 changed air travel.");
        none("Wales lost their opening Six Nations match.");
        none("Listen on BBC1, Five Live and online.");
        none("The song reached number two in the chart.");
        none("The sequel Skyfall 2 (working title) is due.");
        none("Rebels freed the trawler Ocean Star 7 from a northern port.");
        none("The board backed the plan by an 11-to-four margin.");
    }

    @Test
    void scoresAndVagueAmounts() {
        none("The appeal was rejected in a 2-1 decision.");
        none("Thousands of workers marched.");
        none("Hundreds of millions were spent.");
        none("One analyst said the deal was good.");
        none("They were rarely one-on-one.");
        none("They held a third one-on-one meeting.");
        none("Leaders of the Group of Eight met, and the Group of 20 too.");
        none("He thinks twice every year.");
        none("Directors approved a two-for-one stock split.");
        none("Holders get a 3-for-2 split.");
    }

    @Test
    void anAgeBetweenCommasAfterANameIsADuration() {
        none("Vice chairman Karl Dorn, 68, will act as president.");
        assertEquals(List.of("P68Y"), Extract.dates("Vice chairman Karl Dorn, 68, will act as president.",
                Extract.ARTICLE_DATE).stream().map(DateMention::resolved).toList());
        assertEquals(1, figures("In Oslo, 12 people were hurt.").size());
        none("The poet died on Sunday. She was 81.");
        none("Mr. Osei, who turns 63 next month, took office.");
        assertEquals(List.of("P47Y"), Extract.dates("He is 47, and still plays.", Extract.ARTICLE_DATE).stream()
                .map(DateMention::resolved).toList());
        assertEquals(1, figures("The score was 81.").size());
        none("The singer died at the age of 93.");
        none("The campaign is for children under the age of five.");
        assertEquals(List.of("P10Y"), Extract.dates("Most were under the age of 10.", Extract.ARTICLE_DATE).stream()
                .map(DateMention::resolved).toList());
    }
}
