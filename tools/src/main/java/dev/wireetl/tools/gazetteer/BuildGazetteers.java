package dev.wireetl.tools.gazetteer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wireetl.common.config.ConfigException;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds the gazetteer TSVs under {@code conf/gazetteer/} from registry packages (fetched by
 * {@code bin/build-gazetteers}) plus the hand-curated lists in {@code conf/gazetteer/curated/}, and the people
 * list from the GMB corpus.
 *
 * <pre>
 * BuildGazetteers [--geonames DIR --ruby-countries countries.json --iso-countries en.json
 *                  --nationalities en.json --first-names names.txt[,names.txt]] [--gmb FILE] [--curated DIR] --out DIR
 * </pre>
 *
 * The registry sources write {@code countries.tsv} ({@code iso2 iso3 name geonames_id lat lon aliases demonyms},
 * lists {@code |}-separated), {@code places.tsv} ({@code geonames_id kind country_code admin1 name lat lon
 * population aliases}, kind CITY or REGION) and {@code first-names.txt}. {@code --gmb} then writes
 * {@code person-names.tsv} ({@code surname name}, see {@link PersonNames}), checked against the gazetteer in
 * {@code --out}; given alone it rebuilds only that file. Output is sorted, so the same inputs give
 * byte-identical files.
 */
@Command(name = "build-gazetteers", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Rebuild conf/gazetteer/ from registry packages (bin/build-gazetteers fetches them) and, "
                + "with --gmb, the people list from the GMB corpus.")
public final class BuildGazetteers implements Subcommand {
    private static final Logger LOG = LoggerFactory.getLogger(BuildGazetteers.class);
    private static final Pattern TAB = Pattern.compile("\t");
    /** Names usable as English surface forms: Latin letters, spaces, dots, hyphens, apostrophes. */
    private static final Pattern LATIN_NAME = Pattern.compile("[\\p{IsLatin}][\\p{IsLatin} .'’-]*");
    private static final Pattern REGION_SUFFIX = Pattern.compile(
            " (Oblast|Oblast'|Province|Region|Governorate|Krai|Kray|Republic|Prefecture|State|County|District"
                    + "|Voivodeship|Department|Autonomous Okrug|Okrug|Division|Municipality|Territory)$");
    private static final int MIN_CITY_POPULATION = 15_000;

    public BuildGazetteers() {
    }

    /** The registry sources: all or none. */
    static final class Registry {
        @Option(names = "--geonames", required = true, paramLabel = "DIR")
        Path geonames;
        @Option(names = "--ruby-countries", required = true, paramLabel = "FILE")
        Path rubyCountries;
        @Option(names = "--iso-countries", required = true, paramLabel = "FILE")
        Path isoCountries;
        @Option(names = "--nationalities", required = true, paramLabel = "FILE")
        Path nationalities;
        @Option(names = "--first-names", required = true, paramLabel = "FILE[,FILE]")
        String firstNames;
    }

    @ArgGroup(exclusive = false)
    Registry registry;
    @Option(names = "--gmb", paramLabel = "FILE",
            description = "GMB ner_dataset.csv: (re)build person-names.tsv from its words (not its tags)")
    Path gmb;
    @Option(names = "--curated", defaultValue = "conf/gazetteer/curated", paramLabel = "DIR",
            description = "hand-curated lists (default conf/gazetteer/curated)")
    Path curated;
    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;

    @Override
    public Integer call() throws IOException {
        if (registry == null && gmb == null) {
            throw new ConfigException("give the registry sources (see bin/build-gazetteers), --gmb FILE, or both");
        }
        if (gmb != null && !Files.isRegularFile(gmb)) {
            throw new ConfigException("GMB file not found: " + gmb);
        }
        Files.createDirectories(out);
        if (registry != null) {
            Registry r = registry;
            int countries = writeCountries(r.geonames.resolve("countryInfo.txt"), r.rubyCountries, r.isoCountries,
                    r.nationalities, curated, out.resolve("countries.tsv"));
            int places = writePlaces(r.geonames.resolve("cities15000.txt"),
                    r.geonames.resolve("admin1CodesASCII.txt"), out.resolve("places.tsv"));
            int names = writeFirstNames(r.firstNames, out.resolve("first-names.txt"));
            LOG.info("wrote {} countries, {} places, {} first names to {}", countries, places, names, out);
            System.out.printf(Locale.ROOT, "countries=%d places=%d first_names=%d%n", countries, places, names);
        }
        if (gmb != null) {
            int surnames = PersonNames.write(gmb, out, curated);
            LOG.info("wrote {} surnames to {}", surnames, out.resolve(PersonNames.FILE));
            System.out.printf(Locale.ROOT, "person_names=%d%n", surnames);
        }
        return ExitCode.OK;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A JSON file whose top level is an object; numbers are Integer, Long or Double as Jackson reads them. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> readJson(Path file) throws IOException {
        return JSON.readValue(file.toFile(), Map.class);
    }

    @SuppressWarnings("unchecked")
    static int writeCountries(Path countryInfo, Path rubyJson, Path isoJson, Path nationalityJson, Path curated,
            Path out) throws IOException {
        Map<String, Object> ruby = readJson(rubyJson);
        Map<String, Object> iso = (Map<String, Object>) readJson(isoJson).get("countries");
        Map<String, Object> nat = (Map<String, Object>) readJson(nationalityJson).get("nationalities");
        Map<String, Set<String>> extraAliases = readCurated(curated.resolve("country-aliases.tsv"));
        Map<String, Set<String>> extraDemonyms = readCurated(curated.resolve("demonyms.tsv"));
        Set<String> notDemonyms = new HashSet<>(Files.readAllLines(curated.resolve("not-demonyms.txt"),
                StandardCharsets.UTF_8));
        List<String> rows = new ArrayList<>();
        for (String line : Files.readAllLines(countryInfo, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = TAB.split(line, -1);
            String iso2 = f[0];
            String name = f[4];
            Set<String> aliases = new TreeSet<>();
            Set<String> demonyms = new TreeSet<>();
            Map<String, Object> r = (Map<String, Object>) ruby.get(iso2);
            String lat = "";
            String lon = "";
            if (r != null) {
                addName(aliases, (String) r.get("name"));
                for (Object o : (List<Object>) r.getOrDefault("unofficial_names", List.of())) {
                    addName(aliases, (String) o);
                }
                addDemonym(demonyms, (String) r.get("nationality"));
                Map<String, Object> g = (Map<String, Object>) r.get("geo");
                if (g != null && g.get("latitude") instanceof Number la && g.get("longitude") instanceof Number lo) {
                    lat = String.format(Locale.ROOT, "%.5f", la.doubleValue());
                    lon = String.format(Locale.ROOT, "%.5f", lo.doubleValue());
                }
            }
            Object isoNames = iso.get(iso2);
            if (isoNames instanceof String s) {
                addName(aliases, s);
            } else if (isoNames instanceof List<?> l) {
                l.forEach(o -> addName(aliases, (String) o));
            }
            if (nat.get(iso2) instanceof String s) {
                addDemonym(demonyms, s);
            }
            aliases.addAll(extraAliases.getOrDefault(iso2, Set.of()));
            extraDemonyms.getOrDefault(iso2, Set.of()).forEach(d -> addDemonym(demonyms, d));
            aliases.remove(name);
            demonyms.removeAll(notDemonyms);
            rows.add(String.join("\t", iso2, f[1], name, f[16], lat, lon, String.join("|", aliases),
                    String.join("|", demonyms)));
        }
        write(out, "iso2\tiso3\tname\tgeonames_id\tlat\tlon\taliases\tdemonyms", rows);
        return rows.size();
    }

    static int writePlaces(Path cities, Path admin1, Path out) throws IOException {
        Map<String, String[]> regions = new TreeMap<>();
        for (String line : Files.readAllLines(admin1, StandardCharsets.UTF_8)) {
            String[] f = TAB.split(line, -1);
            if (f.length >= 4) {
                regions.put(f[0], f);
            }
        }
        List<String> rows = new ArrayList<>();
        Map<String, double[]> regionPoint = new HashMap<>(); // cc.admin1 -> lat, lon, weight, isSeat
        try (BufferedReader r = Files.newBufferedReader(cities, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = TAB.split(line, -1);
                long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
                boolean capital = "PPLC".equals(f[7]);
                if (population < MIN_CITY_POPULATION && !capital) {
                    continue;
                }
                double lat = Double.parseDouble(f[4]);
                double lon = Double.parseDouble(f[5]);
                String key = f[8] + "." + f[10];
                boolean seat = "PPLA".equals(f[7]);
                double[] p = regionPoint.computeIfAbsent(key, k -> new double[4]);
                if (seat) {
                    p[0] = lat;
                    p[1] = lon;
                    p[2] = 1;
                    p[3] = 1;
                } else if (p[3] == 0) {
                    double w = Math.max(1, population);
                    p[0] = (p[0] * p[2] + lat * w) / (p[2] + w);
                    p[1] = (p[1] * p[2] + lon * w) / (p[2] + w);
                    p[2] += w;
                }
                Set<String> aliases = new TreeSet<>();
                addName(aliases, f[2]);
                aliases.remove(f[1]);
                rows.add(String.join("\t", f[0], "CITY", f[8], f[10], f[1], f[4], f[5], Long.toString(population),
                        String.join("|", aliases)));
            }
        }
        for (Map.Entry<String, String[]> e : regions.entrySet()) {
            String[] f = e.getValue();
            String code = f[0];
            int dot = code.indexOf('.');
            double[] p = regionPoint.get(code);
            Set<String> aliases = new TreeSet<>();
            addName(aliases, f[2]);
            for (String n : List.of(f[1], f[2])) {
                String base = REGION_SUFFIX.matcher(n).replaceFirst("");
                if (!base.equals(n)) {
                    addName(aliases, base);
                }
            }
            aliases.remove(f[1]);
            rows.add(String.join("\t", f[3], "REGION", code.substring(0, dot), code.substring(dot + 1), f[1],
                    p == null ? "" : String.format(Locale.ROOT, "%.5f", p[0]),
                    p == null ? "" : String.format(Locale.ROOT, "%.5f", p[1]), "0", String.join("|", aliases)));
        }
        write(out, "geonames_id\tkind\tcountry_code\tadmin1\tname\tlat\tlon\tpopulation\taliases", rows);
        return rows.size();
    }

    static int writeFirstNames(String files, Path out) throws IOException {
        Set<String> names = new TreeSet<>();
        for (String f : files.split(",")) {
            for (String line : Files.readAllLines(Path.of(f), StandardCharsets.UTF_8)) {
                String n = line.strip();
                if (n.length() > 1 && LATIN_NAME.matcher(n).matches()) {
                    names.add(n);
                }
            }
        }
        write(out, null, new ArrayList<>(names));
        return names.size();
    }

    private static Map<String, Set<String>> readCurated(Path file) throws IOException {
        Map<String, Set<String>> m = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = TAB.split(line);
            m.computeIfAbsent(f[0], k -> new LinkedHashSet<>()).add(f[1].strip());
        }
        return m;
    }

    private static void addName(Set<String> into, String name) {
        if (name == null) {
            return;
        }
        String n = name.strip();
        if (n.length() > 1 && LATIN_NAME.matcher(n).matches() && n.indexOf('|') < 0) {
            into.add(n);
        }
    }

    /** Adds a demonym and, for those that take one, its plural ({@code Ukrainian} → {@code Ukrainians}). */
    private static void addDemonym(Set<String> into, String demonym) {
        if (demonym == null || demonym.isBlank() || !LATIN_NAME.matcher(demonym.strip()).matches()) {
            return;
        }
        String d = demonym.strip();
        into.add(d);
        if (!d.endsWith("s") && !d.endsWith("sh") && !d.endsWith("ese") && !d.endsWith("nch") && !d.endsWith("ss")
                && !d.endsWith("ch") || d.endsWith("ech")) {
            into.add(d + "s");
        }
    }

    private static void write(Path out, String header, List<String> rows) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            if (header != null) {
                w.write(header);
                w.write('\n');
            }
            for (String row : rows) {
                w.write(row);
                w.write('\n');
            }
        }
    }
}
