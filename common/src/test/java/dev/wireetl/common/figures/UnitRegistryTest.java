package dev.wireetl.common.figures;

import static dev.wireetl.common.figures.Extract.figures;
import static dev.wireetl.common.figures.Extract.one;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Units of the registry: canonical names from the text, SI values on the figure. */
class UnitRegistryTest {

    private static void quantity(String sentence, String text, String unit, double si, String siUnit) {
        Figure f = one(sentence);
        assertEquals(FigureKind.QUANTITY, f.kind(), sentence);
        assertEquals(text, f.text(), sentence);
        assertEquals(unit, f.unit(), sentence);
        assertEquals(si, f.valueSi(), Math.abs(si) * 1e-9, sentence);
        assertEquals(siUnit, f.siUnit(), sentence);
    }

    @Test
    void speedsPowerAndEnergy() {
        quantity("The train reached 120 mph on the test.", "120 mph", "mph", 53.6448, "m/s");
        quantity("The train reached 180 km/h on the test.", "180 km/h", "km/h", 50.0, "m/s");
        quantity("The train reached 90 kph on the test.", "90 kph", "km/h", 25.0, "m/s");
        quantity("The car hit 188 miles an hour on the test.", "188 miles an hour", "mph", 84.04352, "m/s");
        quantity("The dose is 75 ml of syrup.", "75 ml", "ml", 7.5e-5, "m3");
        quantity("The site takes 2,000 cubic yards of soil.", "2,000 cubic yards", "yd3", 1529.109715968, "m3");
        quantity("The engine gives 300 horsepower at full load.", "300 horsepower", "hp", 223709.96147468107, "W");
        quantity("The plant adds 40 kW of capacity.", "40 kW", "kW", 40_000, "W");
        quantity("The plant adds 2 GW of capacity.", "2 GW", "GW", 2e9, "W");
        quantity("The town used 5 MWh in May.", "5 MWh", "MWh", 1.8e10, "J");
        quantity("The town used 3 GWh in May.", "3 GWh", "GWh", 1.08e13, "J");
        quantity("The town used 7 kWh in May.", "7 kWh", "kWh", 2.52e7, "J");
    }

    @Test
    void lengthsAreasVolumesMasses() {
        quantity("Snow lay 3 inches deep.", "3 inches", "inch", 0.0762, "m");
        quantity("The pass gained 40 yards on the play.", "40 yards", "yard", 36.576, "m");
        quantity("The wall stands 12 feet tall.", "12 feet", "ft", 3.6576, "m");
        quantity("The road runs 40 miles to the coast.", "40 miles", "mile", 64373.76, "m");
        quantity("The road runs 40 km to the coast.", "40 km", "km", 40_000, "m");
        quantity("The farm covers 20 hectares of land.", "20 hectares", "hectare", 200_000, "m2");
        quantity("The farm covers 50 acres of land.", "50 acres", "acre", 202342.82112, "m2");
        quantity("The park covers 3 square kilometres of land.", "3 square kilometres", "km2", 3e6, "m2");
        quantity("The tank holds 300 gallons when full.", "300 gallons", "gallon", 1.1356235352, "m3");
        quantity("The tank holds 5 litres when full.", "5 litres", "litre", 0.005, "m3");
        quantity("The field pumped 2 million barrels of crude.", "2 million barrels", "barrel", 317974.589856, "m3");
        quantity("They shipped 10 tonnes of wheat.", "10 tonnes", "tonne", 10_000, "kg");
        quantity("They shipped 4 kg of wheat.", "4 kg", "kg", 4, "kg");
    }

    @Test
    void barrelsPerDayAreAFlow() {
        Figure f = one("Output rose to 86,400 barrels per day in May.");
        assertEquals("barrel/day", f.unit());
        assertEquals(0.158987294928, f.valueSi(), 1e-12);
        assertEquals("m3/s", f.siUnit());
    }

    @Test
    void poundsAreWeightWhenWeighedOrHyphenatedAndMoneyOtherwise() {
        List<Figure> fs = figures("The calf weighs 500 pounds and sold for 500 pounds.");
        assertEquals("lb", fs.get(0).unit());
        assertEquals(FigureKind.QUANTITY, fs.get(0).kind());
        assertEquals(226.796185, fs.get(0).valueSi(), 1e-9);
        assertEquals("GBP", fs.get(1).unit());
        assertEquals(FigureKind.MONEY, fs.get(1).kind());
        assertNull(fs.get(1).valueSi());
        quantity("They dropped a 500-pound bomb on the bridge.", "500-pound", "lb", 226.796185, "kg");
        quantity("They sold 50 pounds of sugar at the fair.", "50 pounds", "lb", 22.6796185, "kg");
    }

    @Test
    void dataFrequencyTemperatureEconomyPoints() {
        quantity("The drive holds 2 TB of photos.", "2 TB", "TB", 2e12, "B");
        quantity("The phone keeps 64 GB of photos.", "64 GB", "GB", 6.4e10, "B");
        quantity("The chip runs at 3.2 GHz when warm.", "3.2 GHz", "GHz", 3.2e9, "Hz");
        quantity("The radio sends at 900 MHz when on.", "900 MHz", "MHz", 9e8, "Hz");
        // Fahrenheit converts to Celsius, the temperature unit kept.
        quantity("It was 68°F at noon.", "68°F", "degF", 20.0, "degC");
        quantity("It was 95 degrees Fahrenheit at noon.", "95 degrees Fahrenheit", "degF", 35.0, "degC");
        quantity("It was 20°C at noon.", "20°C", "degC", 20.0, "degC");
        quantity("The car does 40 mpg on the road.", "40 mpg", "mpg", 17005748.287, "m/m3");
        quantity("The index fell 30 points on the day.", "30 points", "point", 30, "point");
        quantity("The bank cut rates by 25 basis points on the day.", "25 basis points", "basis point", 0.25,
                "percentage point");
    }

    @Test
    void onlyQuantitiesCarrySiValues() {
        Figure money = one("It paid $5m in cash.");
        assertNull(money.valueSi());
        assertNull(money.siUnit());
        Figure range = one("The wall rose 10 to 20 feet in places.");
        assertEquals(3.048, range.valueSi(), 1e-12);
        assertEquals(6.096, range.valueMaxSi(), 1e-12);
        assertNull(UnitRegistry.find("bale"));
        assertNull(UnitRegistry.find(null));
    }
}
