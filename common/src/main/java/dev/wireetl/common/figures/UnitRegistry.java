package dev.wireetl.common.figures;

import java.util.HashMap;
import java.util.Map;

/**
 * The quantity units the extractor writes, each with its dimension and conversion to SI:
 * {@code value_si = value * factor + offset}. Temperatures stay temperatures: degrees Fahrenheit convert to
 * degrees Celsius (the unit readers compare), never silently to kelvin. Units without an agreed size
 * ({@code bale}) are absent, so their figures carry no SI value.
 */
public final class UnitRegistry {
    /** What a unit measures, with the SI (or SI-derived) unit its values convert to. */
    public enum Dimension {
        LENGTH("m"), AREA("m2"), VOLUME("m3"), VOLUME_FLOW("m3/s"), MASS("kg"), SPEED("m/s"), POWER("W"),
        ENERGY("J"), DATA("B"), FREQUENCY("Hz"), TEMPERATURE("degC"), FUEL_ECONOMY("m/m3"), INDEX_POINTS("point"),
        PERCENTAGE_POINTS("percentage point");

        private final String siUnit;

        Dimension(String siUnit) {
            this.siUnit = siUnit;
        }

        public String siUnit() {
            return siUnit;
        }
    }

    /** A canonical unit: {@code si = value * factor + offset}. */
    public record Unit(String name, Dimension dimension, double factor, double offset) {
        public double toSi(double value) {
            return value * factor + offset;
        }

        public String siUnit() {
            return dimension.siUnit();
        }
    }

    private static final double POUND_KG = 0.45359237;
    private static final double US_GALLON_M3 = 0.003785411784;
    private static final double BARREL_M3 = 0.158987294928;
    private static final double MILE_M = 1609.344;
    private static final double KWH_J = 3.6e6;
    private static final Map<String, Unit> UNITS = new HashMap<>();

    static {
        Dimension d = Dimension.LENGTH;
        add("km", d, 1000);
        add("m", d, 1);
        add("cm", d, 0.01);
        add("mm", d, 0.001);
        add("mile", d, MILE_M);
        add("nmi", d, 1852);
        add("ft", d, 0.3048);
        add("inch", d, 0.0254);
        add("yard", d, 0.9144);
        d = Dimension.AREA;
        add("m2", d, 1);
        add("km2", d, 1e6);
        add("ft2", d, 0.09290304);
        add("mile2", d, MILE_M * MILE_M);
        add("hectare", d, 1e4);
        add("acre", d, 4046.8564224);
        d = Dimension.VOLUME;
        add("m3", d, 1);
        add("ft3", d, 0.028316846592);
        add("yd3", d, 0.764554857984);
        add("litre", d, 0.001);
        add("ml", d, 1e-6);
        add("hectolitre", d, 0.1);
        add("gallon", d, US_GALLON_M3);
        add("barrel", d, BARREL_M3);
        add("bushel", d, 0.03523907016688);
        add("barrel/day", Dimension.VOLUME_FLOW, BARREL_M3 / 86_400);
        d = Dimension.MASS;
        add("kg", d, 1);
        add("g", d, 0.001);
        add("tonne", d, 1000);
        add("short ton", d, 2000 * POUND_KG);
        add("long ton", d, 2240 * POUND_KG);
        add("lb", d, POUND_KG);
        add("ounce", d, POUND_KG / 16);
        add("troy ounce", d, 0.0311034768);
        add("carat", d, 0.0002);
        // US hundredweight (100 lb), the one US commodity reports quote.
        add("cwt", d, 100 * POUND_KG);
        d = Dimension.SPEED;
        add("mph", d, MILE_M / 3600);
        add("km/h", d, 1000.0 / 3600);
        add("knot", d, 1852.0 / 3600);
        d = Dimension.POWER;
        add("kW", d, 1e3);
        add("MW", d, 1e6);
        add("GW", d, 1e9);
        // Mechanical horsepower, as engine ratings are quoted.
        add("hp", d, 745.69987158227022);
        d = Dimension.ENERGY;
        add("kWh", d, KWH_J);
        add("MWh", d, KWH_J * 1e3);
        add("GWh", d, KWH_J * 1e6);
        add("TWh", d, KWH_J * 1e9);
        // Food calories are kilocalories.
        add("calorie", d, 4184);
        d = Dimension.DATA;
        add("KB", d, 1e3);
        add("MB", d, 1e6);
        add("GB", d, 1e9);
        add("TB", d, 1e12);
        d = Dimension.FREQUENCY;
        add("Hz", d, 1);
        add("kHz", d, 1e3);
        add("MHz", d, 1e6);
        add("GHz", d, 1e9);
        UNITS.put("degC", new Unit("degC", Dimension.TEMPERATURE, 1, 0));
        UNITS.put("degF", new Unit("degF", Dimension.TEMPERATURE, 5.0 / 9, -32 * 5.0 / 9));
        // US miles per US gallon.
        add("mpg", Dimension.FUEL_ECONOMY, MILE_M / US_GALLON_M3);
        add("point", Dimension.INDEX_POINTS, 1);
        add("basis point", Dimension.PERCENTAGE_POINTS, 0.01);
    }

    private UnitRegistry() {
    }

    private static void add(String name, Dimension dimension, double factor) {
        UNITS.put(name, new Unit(name, dimension, factor, 0));
    }

    /** The unit of a canonical name the extractor writes, or null when it has no SI conversion. */
    public static Unit find(String canonicalName) {
        return canonicalName == null ? null : UNITS.get(canonicalName);
    }

    /** Every registered unit, for documentation and coverage checks. */
    public static Map<String, Unit> all() {
        return Map.copyOf(UNITS);
    }
}
