package dev.wireetl.common.figures;

import static dev.wireetl.common.figures.Extract.figures;
import static dev.wireetl.common.figures.Extract.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Money (ISO 4217), percent forms and quantities with canonical units. */
class UnitsTest {

    private static void money(String sentence, String text, double value, String code) {
        Figure f = one(sentence);
        assertEquals(FigureKind.MONEY, f.kind(), sentence);
        assertEquals(text, f.text(), sentence);
        assertEquals(value, f.value(), 1e-9, sentence);
        assertEquals(code, f.unit(), sentence);
    }

    @Test
    void moneyUnits() {
        money("It paid $5m in cash.", "$5m", 5e6, "USD");
        money("It paid US$5m in cash.", "US$5m", 5e6, "USD");
        money("It paid A$5m in cash.", "A$5m", 5e6, "AUD");
        money("It paid 140,400 dlrs in fines.", "140,400 dlrs", 140400, "USD");
        money("It paid £155bn in all.", "£155bn", 1.55e11, "GBP");
        money("It raised 20 mln stg in London.", "20 mln stg", 2e7, "GBP");
        money("The aid totals 70m euros this year.", "70m euros", 7e7, "EUR");
        money("The aid totals €70m this year.", "€70m", 7e7, "EUR");
        money("Sales reached 500 billion yen.", "500 billion yen", 5e11, "JPY");
        money("Revenue reached 86.7bn Swiss francs.", "86.7bn Swiss francs", 8.67e10, "CHF");
        money("Shares closed at 115.5 pence.", "115.5 pence", 1.155, "GBP");
        money("The dividend is 71.6 cts a unit.", "71.6 cts", 0.716, "USD");
        money("It issued 40 mln Australian dlrs of bonds.", "40 mln Australian dlrs", 4e7, "AUD");
    }

    @Test
    void aBareScaledAmountBeforeWhileContinuesTheCurrency() {
        List<Figure> orders = figures("Orders were 324 mln dlrs against 383 mln and 283 mln while sales rose.");
        assertEquals(List.of("USD", "USD", "USD"), orders.stream().map(Figure::unit).toList());
    }

    @Test
    void bareScaledAmountsThatMoneySurrounds() {
        List<Figure> loss = figures("It had revenue of 55 mln Canadian dlrs with a loss of 1.6 mln against a 1.9 mln profit.");
        assertEquals(List.of("CAD", "CAD", "CAD"), loss.stream().map(Figure::unit).toList());
        List<Figure> rows = figures("Petroleum 184.9 mln dlrs vs 472.4 mln\nMinerals 254.6 mln vs 241.0 mln");
        assertEquals(List.of(FigureKind.MONEY, FigureKind.MONEY, FigureKind.MONEY, FigureKind.MONEY),
                rows.stream().map(Figure::kind).toList());
        List<Figure> repeat = figures("Congress should give 800 mln dlrs. It should plan on at least 800 mln next year.");
        assertEquals(List.of("USD", "USD"), repeat.stream().map(Figure::unit).toList());
        assertEquals(FigureKind.COUNT, one("It sold 2.6 billion shares today.").kind());
        List<Figure> shr = figures("Shr 47.4 cents vs 65.2");
        assertEquals(List.of(0.474, 0.652), shr.stream().map(Figure::value).toList());
        assertEquals(List.of("USD", "USD"), shr.stream().map(Figure::unit).toList());
    }

    @Test
    void aNationsCurrencyWrittenBeforeTheAmount() {
        money("The airline made a record Australian dollars 512m profit.", "Australian dollars 512m", 5.12e8, "AUD");
        money("The tower sold for Hong Kong dollars 3.1bn in May.", "Hong Kong dollars 3.1bn", 3.1e9, "HKD");
        money("Tickets cost 40 Swiss francs.", "40 Swiss francs", 40, "CHF");
    }

    @Test
    void gulfAndSouthAsianMoney() {
        money("The fund raised AED 500 million last year.", "AED 500 million", 5e8, "AED");
        money("Exports hit USD 2.3 billion in March.", "USD 2.3 billion", 2.3e9, "USD");
        money("Exports hit 2.3 billion USD in March.", "2.3 billion USD", 2.3e9, "USD");
        money("The bank lent QR 300 million to builders.", "QR 300 million", 3e8, "QAR");
        money("Profit rose to Rs 450 crore in the quarter.", "Rs 450 crore", 4.5e9, "INR");
        money("The scheme costs Rs. 1,200 per family.", "Rs. 1,200", 1200, "INR");
        money("Revenue reached \u20b92.5 lakh crore.", "\u20b92.5 lakh crore", 2.5e12, "INR");
        money("The port cost Dh5bn to build.", "Dh5bn", 5e9, "AED");
        money("Rents rose to 8 lakh rupees a year.", "8 lakh rupees", 8e5, "INR");
        money("Sales were 90 million dirhams.", "90 million dirhams", 9e7, "AED");
        assertEquals(FigureKind.COUNT, one("ALL 40 staff were told.").kind());
        assertEquals(List.of(), figures("The AMD 40 chips shipped."));
    }

    @Test
    void documentDollarCarriesToLaterDollars() {
        List<Figure> figures = figures(
                "It issued 40 mln Australian dlrs of bonds in denominations of 1,000 and 10,000 dlrs.");
        assertEquals(3, figures.size());
        assertEquals("1,000", figures.get(1).text());
        assertEquals("AUD", figures.get(1).unit());
        assertEquals(FigureKind.MONEY, figures.get(1).kind());
        assertEquals("AUD", figures.get(2).unit());
        assertEquals("denominations", figures.get(2).object());
    }

    @Test
    void conversionsTakeTheObjectAndQualifierOfTheConvertedFigure() {
        List<Figure> figures = figures("They sought up to $35bn (£18.8bn) in damages.");
        assertEquals(2, figures.size());
        assertEquals(Qualifier.AT_MOST, figures.get(0).qualifier());
        assertEquals(Qualifier.AT_MOST, figures.get(1).qualifier());
        assertEquals("GBP", figures.get(1).unit());
        assertEquals("damages", figures.get(1).object());
    }

    @Test
    void ecusSharesRowsAndRangesFromOneShare() {
        Figure loan = one("Valdoria has taken a 150 mln ECU loan.");
        assertEquals(FigureKind.MONEY, loan.kind());
        assertEquals("XEU", loan.unit());
        List<Figure> shares = figures("Shr 33 cts vs 26 cts\nAvg shrs 1.5 mln vs 1.6 mln");
        assertEquals(List.of(FigureKind.MONEY, FigureKind.MONEY, FigureKind.COUNT, FigureKind.COUNT),
                shares.stream().map(Figure::kind).toList());
        List<Figure> bonus = figures("Executives get bonuses ranging from 20 to 50 pct of their salary.");
        assertEquals(List.of(FigureKind.PERCENT, FigureKind.PERCENT), bonus.stream().map(Figure::kind).toList());
        assertEquals(List.of(20.0, 50.0), bonus.stream().map(Figure::value).toList());
    }

    @Test
    void aDollarSignInTheBracketAfterAnotherDollarIsTheUsDollar() {
        List<Figure> f = figures("Korrin made net profits of 1.33bn Australian dollars ($1bn; £550m) in 2003.");
        assertEquals(List.of("AUD", "USD", "GBP"), f.stream().map(Figure::unit).toList());
        assertEquals(List.of("profits", "profits", "profits"), f.stream().map(Figure::object).toList());
        assertEquals(List.of("bid", "bid", "bid"), figures("The bid of 4.66bn rupees ($106m:£54.6m) won.").stream()
                .map(Figure::object).toList());
        assertEquals("AUD", figures("It sold 200 mln Australian dlrs of bonds. The issue pays 5 dlrs a share.")
                .get(1).unit());
    }

    @Test
    void percentForms() {
        for (String s : List.of("Sales rose 12%.", "Sales rose 12 pct.", "Sales rose 12 percent.",
                "Sales rose 12 per cent.", "Sales rose 12 percentage points.")) {
            Figure f = one(s);
            assertEquals(FigureKind.PERCENT, f.kind(), s);
            assertEquals(12.0, f.value(), s);
            assertEquals("%", f.unit(), s);
        }
        assertEquals("12 per cent", one("Sales rose 12 per cent.").text());
        assertEquals(1.0, one("Fees are a one pct selling concession.").value());
    }

    @Test
    void quantities() {
        Figure wine = one("The EU will distil about 250 million litres of excess wine.");
        assertEquals(FigureKind.QUANTITY, wine.kind());
        assertEquals("250 million litres", wine.text());
        assertEquals(2.5e8, wine.value());
        assertEquals("litre", wine.unit());
        assertEquals("wine", wine.object());
        assertEquals("excess", wine.modifier());
        assertEquals(Qualifier.APPROX, wine.qualifier());
        assertEquals("km", one("The road runs 40 km to the coast.").unit());
        assertEquals("tonne", one("They shipped 50,000 tonnes of wheat.").unit());
        assertEquals("barrel/day", one("Output reached 1.2 mln barrels per day.").unit());
        assertEquals("lb", one("A CWT is (100 lbs).").unit());
        Figure hall2 = one("It is housed in a 31,500 square-meter building.");
        assertEquals("31,500 square-meter", hall2.text());
        assertEquals("m2", hall2.unit());
        Figure steers = one("Steers weighed 975-1250 lbs."); // a range, not a phone number
        assertEquals(975.0, steers.value());
        assertEquals(1250.0, steers.valueMax());
        List<Figure> output = Extract.figures("Output fell to 1.2 million barrels a day from 1.5 million.");
        assertEquals(List.of("barrel/day", "barrel/day"), output.stream().map(Figure::unit).toList());
        assertEquals(FigureKind.QUANTITY, output.get(1).kind());
        Figure bag = one("Stocks filled 60-kilo bags.");
        assertEquals("60-kilo", bag.text());
        assertEquals("kg", bag.unit());
        assertNull(one("They hired 20 people.").unit());
        Figure wind = one("The storm brought 185 kilometer-per-hour winds.");
        assertEquals("185 kilometer-per-hour", wind.text());
        assertEquals("km/h", wind.unit());
        assertEquals("mph", one("Gusts reached 60 mile-per-hour speeds.").unit());
        Figure hall = one("The firm rents a 9,300 square meter hall.");
        assertEquals(FigureKind.QUANTITY, hall.kind());
        assertEquals("m2", hall.unit());
    }
}
