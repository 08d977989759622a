import javax.measure.*;
import javax.measure.quantity.*;
import tech.units.indriya.unit.Units;
import tech.units.indriya.quantity.Quantities;
import static javax.measure.MetricPrefix.*;
import systems.uom.common.USCustomary;
import java.util.*;

public class IndriyaProbe {
    public static void main(String[] a) throws Exception {
        Map<String, Unit<?>> u = new LinkedHashMap<>();
        u.put("mph", USCustomary.MILE_PER_HOUR);
        u.put("km/h", Units.KILOMETRE_PER_HOUR);
        u.put("hp", USCustomary.HORSEPOWER);
        u.put("inch", USCustomary.INCH);
        u.put("yard", USCustomary.YARD);
        u.put("ft", USCustomary.FOOT);
        u.put("mile", USCustomary.MILE);
        u.put("km", KILO(Units.METRE));
        u.put("m", Units.METRE);
        u.put("cm", CENTI(Units.METRE));
        u.put("mm", MILLI(Units.METRE));
        u.put("m2", Units.SQUARE_METRE);
        u.put("km2", KILO(Units.METRE).pow(2));
        u.put("hectare", USCustomary.ACRE == null ? null : null);
        u.put("acre", USCustomary.ACRE);
        u.put("litre", Units.LITRE);
        u.put("gallon", USCustomary.GALLON_LIQUID);
        u.put("barrel", USCustomary.BARREL);
        u.put("tonne", null);
        u.put("kg", Units.KILOGRAM);
        u.put("lb", USCustomary.POUND);
        u.put("GB", null);
        u.put("Hz", Units.HERTZ);
        u.put("GHz", GIGA(Units.HERTZ));
        u.put("kW", KILO(Units.WATT));
        u.put("kWh", KILO(Units.WATT).multiply(Units.HOUR));
        u.put("degC", Units.CELSIUS);
        u.put("degF", USCustomary.FAHRENHEIT);
        u.put("mpg", null);
        u.put("point", null);
        u.put("basis point", null);
        int covered = 0;
        for (var e : u.entrySet()) {
            String r;
            if (e.getValue() == null) { r = "MISSING"; }
            else {
                covered++;
                Unit<?> x = e.getValue();
                Unit<?> si = x.getSystemUnit();
                if (e.getKey().equals("degF")) si = Units.CELSIUS;
                @SuppressWarnings({"unchecked","rawtypes"})
                double v = ((Unit) x).getConverterTo((Unit) si).convert(1.0);
                r = "1 -> " + v + " " + si;
            }
            System.out.println(e.getKey() + ": " + r);
        }
        System.out.println("covered=" + covered + " of " + u.size());
        // Speed: convert N values km/h -> m/s, with the converter looked up once, and per call.
        UnitConverter c = Units.KILOMETRE_PER_HOUR.getConverterTo(Units.METRE_PER_SECOND);
        int n = 2_000_000; double s = 0;
        for (int w = 0; w < 3; w++) { for (int i = 0; i < n; i++) s += c.convert((double) i); }
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) s += c.convert((double) i);
        long t1 = System.nanoTime();
        for (int i = 0; i < n; i++) s += Quantities.getQuantity(i, Units.KILOMETRE_PER_HOUR).to(Units.METRE_PER_SECOND).getValue().doubleValue();
        long t2 = System.nanoTime();
        System.out.printf(Locale.ROOT, "cached_converter_ns_per_value=%.1f quantity_to_ns_per_value=%.1f (checksum %.1f)%n", (t1-t0)/(double)n, (t2-t1)/(double)n, s);
    }
}
