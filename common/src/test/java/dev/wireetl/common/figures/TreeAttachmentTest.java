package dev.wireetl.common.figures;

import dev.wireetl.common.syntax.ArticleSyntax;
import dev.wireetl.common.syntax.SyntaxModel;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Figures attached on the dependency tree of the shipped syntax model (invented sentences). */
class TreeAttachmentTest {
    private static final Path MODEL = Path.of("../conf/models/syntax");

    private static List<Figure> figures(String text) {
        ArticleSyntax syntax = new ArticleSyntax(SyntaxModel.shared(MODEL), text);
        return FigureExtractor.standard().extract(text, Extract.ARTICLE_DATE, syntax.sentenceStarts(),
                TenseHint.UNKNOWN, syntax).figures();
    }

    private static Figure one(String text) {
        List<Figure> figures = figures(text);
        assertEquals(1, figures.size(), () -> "figures of '" + text + "': " + figures);
        return figures.get(0);
    }

    private static void assertPhrase(String text, String phrase, Figure f) {
        assertEquals(phrase, f.objectPhrase());
        assertEquals(text.indexOf(phrase), (int) f.objectPhraseBegin());
        assertEquals(text.indexOf(phrase) + phrase.length(), (int) f.objectPhraseEnd());
    }

    @Test
    void subjectOfAChangeVerbIsTheObject() {
        String text = "The average house prices rose 10.7% last year.";
        Figure f = one(text);
        assertEquals("prices", f.object());
        assertEquals(Direction.UP, f.direction());
        assertPhrase(text, "average house prices", f);
        assertEquals("average house", f.modifier());
    }

    @Test
    void possessorStaysInThePhrase() {
        String text = "Russia's exports fell 5% in March.";
        Figure f = one(text);
        assertEquals("exports", f.object());
        assertEquals(Direction.DOWN, f.direction());
        assertPhrase(text, "Russia's exports", f);
        assertNull(f.subjectBegin());
    }

    @Test
    void transitiveChangeVerbWithByTakesItsObject() {
        String text = "The firm cut its workforce by 10% after the merger.";
        Figure f = one(text);
        assertEquals("workforce", f.object());
        assertEquals(Direction.DOWN, f.direction());
        assertPhrase(text, "workforce", f);
    }

    @Test
    void moneyInABareNoun() {
        String text = "The council paid $1.1m in subsidies to farmers.";
        Figure f = one(text);
        assertEquals("subsidies", f.object());
        assertPhrase(text, "subsidies", f);
        assertNull(f.direction());
    }

    @Test
    void moneyInABareNounTheParserHungOnTheVerb() {
        Figure f = one("The province received $3 billion in federal and local flood relief.");
        assertEquals("relief", f.object());
        Figure quarter = one("Net includes a charge of 12.5 mln dlrs in 3rd qtr.");
        assertEquals("charge", quarter.object());
    }

    @Test
    void pluralNamesCountedDirectlyAreTheObject() {
        assertEquals("canadians", one("The poll of more than 2,300 Canadians was published.").object());
        Figure killed = one("A car bomb killed at least six Afghans Friday near Herat.");
        assertEquals("afghans", killed.object());
        assertEquals(CountType.KILL, killed.countType());
    }

    @Test
    void aDirectionAdverbMakesTheVerbAChange() {
        Figure f = one("Drought has pushed wheat prices upward by 15 percent.");
        assertEquals("prices", f.object());
        assertEquals(Direction.UP, f.direction());
    }

    @Test
    void overBetweenTwoNounsIsNoQualifier() {
        assertEquals(Qualifier.EXACT, one("The dispute over 300 jobs went to court.").qualifier());
        assertEquals(Qualifier.MORE_THAN, one("The storm killed over 300 people.").qualifier());
    }

    @Test
    void moneyRaisedIsNoChangeUnlessItMovesALevel() {
        Figure raised = one("The charity hopes to raise more than $2 million for the clinic.");
        assertNull(raised.direction());
        List<Figure> fee = figures("The fee was raised 50 cts to 4.25 dlrs.");
        assertEquals(Direction.UP, fee.get(0).direction());
    }

    @Test
    void anEconomyThatExpandsOrContractsChanges() {
        Figure up = one("Last year the economy expanded by 2.4%.");
        assertEquals("economy", up.object());
        assertEquals(Direction.UP, up.direction());
        assertEquals(Direction.DOWN, one("Output contracted by 0.7% in May.").direction());
    }

    @Test
    void aLevelVerbTakesItsSubject() {
        assertEquals("rate", one("The jobless rate held steady at 7.2 percent.").object());
        assertEquals("yields", one("Deposit yields now stand at 4.5 pct.").object());
    }

    @Test
    void containersGiveWayToWhatTheyHold() {
        assertEquals("unemployed", one("The number of unemployed in May was 81,400.").object());
        assertEquals("bonds", one("Banks bought 300,000 dlrs worth of bonds.").object());
    }

    @Test
    void aPhrasalVerbThatIsNoChangeGivesNoDirection() {
        assertNull(one("Services make up three-quarters of output.").direction());
        assertNull(one("The bank set up 14 branches.").direction());
        assertEquals(Direction.DOWN, one("Fares came down 3 percent in June.").direction());
    }

    @Test
    void aWindowObjectTheTreeReadsAsAVerbIsDropped() {
        assertNull(one("He will ask for more than $90 billion to cover the costs.").object());
    }

    @Test
    void aCompassWordIsNoObject() {
        assertNull(one("Hilla, 90 kilometers south of Baghdad, was quiet.").object());
    }

    @Test
    void countOutOfTotalWithTheSubjectForTheEntityLink() {
        String text = "Ukrainian forces downed 79 out of 128 Russian drones.";
        Figure f = one(text);
        assertEquals(128.0, f.total());
        assertEquals("drones", f.object());
        assertEquals("Russian", f.modifier());
        assertPhrase(text, "Russian drones", f);
        assertEquals(0, (int) f.subjectBegin());
        assertEquals("Ukrainian forces".length(), (int) f.subjectEnd());
        assertNull(f.countType());
    }

    @Test
    void countTypeFromTheGoverningVerbOnly() {
        String text = "Three people were injured in the blast.";
        Figure f = one(text);
        assertEquals("people", f.object());
        assertEquals(CountType.WOUND, f.countType());
    }

    @Test
    void triggerInAnotherClauseGivesNoCountType() {
        String text = "Air defences shot down 31 of 43 drones overnight, while shelling killed two soldiers.";
        List<Figure> figures = figures(text);
        assertEquals(List.of("31 of 43", "two"), figures.stream().map(Figure::text).toList());
        assertEquals("drones", figures.get(0).object());
        assertNull(figures.get(0).countType());
        assertEquals("soldiers", figures.get(1).object());
        assertEquals(CountType.KILL, figures.get(1).countType());
    }

    @Test
    void levelAfterToHasNoDirection() {
        String text = "Forecasts for growth were cut to 2.1% on Monday.";
        Figure f = one(text);
        assertEquals("growth", f.object());
        assertNull(f.direction());
    }

    @Test
    void theObjectOfAVerbThatTakesItToALevel() {
        assertEquals("rates", one("The central bank cut interest rates to 2%.").object());
        assertEquals("stake", one("The company raised its stake to 15%.").object());
        Figure toll = one("The attack raised the death toll to 12.");
        assertEquals("toll", toll.object());
        assertNull(toll.direction());
    }

    @Test
    void aChangeNounsCompoundIsWhatChanges() {
        Figure f = one("The sector saw a sales increase of 6.5%.");
        assertEquals("sales", f.object());
        assertEquals(Direction.UP, f.direction());
        Figure leapt = one("Halvard's shares have leapt 55% this year.");
        assertEquals("shares", leapt.object());
        assertEquals(Direction.UP, leapt.direction());
    }

    @Test
    void aCurrencyWordIsNoObject() {
        assertEquals(java.util.Arrays.asList(null, null),
                figures("It costs 1,000 and 10,000 dlrs.").stream().map(Figure::object).toList());
        assertEquals(List.of("subscriptions", "subscriptions"),
                figures("Subscriptions of 1,000 and 10,000 ECUs.").stream().map(Figure::object).toList());
        assertEquals("salary", one("The plan pays a bonus percentage of 28 pct of salary.").object());
    }

    @Test
    void aRelativePronounStandsForItsAntecedent() {
        Figure f = one("The firm reported higher sales, which rose 5% in March.");
        assertEquals("sales", f.object());
        assertEquals(Direction.UP, f.direction());
    }

    @Test
    void aMeasureWithDecimalsCountsNoOneAndBuyingUpIsNoRise() {
        assertNull(one("Sectors will be affected by Sunday's 9.0 magnitude earthquake.").countType());
        assertEquals(CountType.DISPLACE, one("About 1.5 million people were displaced.").countType());
        assertNull(figures("The group is buying up a 26% stake in a deal worth 25m euros.").get(1).direction());
    }

    @Test
    void roundedUpIsNoRise() {
        Figure f = one("Police have rounded up 14,706 people.");
        assertNull(f.direction());
        assertEquals(CountType.ARREST, f.countType());
    }

    @Test
    void aCountOfChangesIsNoChange() {
        Figure f = one("Experts believe five interest rate rises since 2003 are cutting demand.");
        assertEquals("rises", f.object());
        assertNull(f.direction());
    }

    @Test
    void anOpenComplementIsControlledByTheObjectBeforeIt() {
        assertEquals("economy", one("On Friday, figures showed Norland's economy grew by 9.5% in 2003.").object());
    }

    @Test
    void addedUpToIsATotal() {
        Figure f = one("Trade with Korea added up to 9,310bn yen thanks to exports.");
        assertEquals(Qualifier.EXACT, f.qualifier());
        assertNull(f.object());
    }

    @Test
    void poundsAndScaledNumbersAreParsedAsNumbers() {
        List<Figure> f = figures("They fear 15% interest rates, £3bn in lost reserves and 10% inflation.");
        assertEquals(List.of("rates", "reserves", "inflation"), f.stream().map(Figure::object).toList());
    }

    @Test
    void withoutAModelTheWindowRulesAloneAndNoPhrase() {
        Figure f = Extract.one("The average house prices rose 10.7% last year.");
        assertEquals("prices", f.object());
        assertEquals(Direction.UP, f.direction());
        assertNull(f.objectPhrase());
        assertNull(f.objectPhraseBegin());
        assertNull(f.subjectBegin());
    }
}
