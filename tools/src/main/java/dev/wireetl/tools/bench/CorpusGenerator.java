package dev.wireetl.tools.bench;

import dev.wireetl.common.config.ConfigException;
import dev.wireetl.jobs.cli.ExitCode;
import dev.wireetl.jobs.cli.Subcommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Writes a synthetic corpus of wire files in the reference (MENAFN) format for the benchmark:
 * {@code OUT/YYYY/MM/DD/menafn-NNNNNNNN.txt}, one story per file, bodies of 100 to 1,500 whitespace words
 * with people, places, organisations, figures ("79 out of 128 drones", money, percentages) and dates
 * ("on Monday", "in February 2022"), several providers, credit forms and datelines.
 *
 * <p>Deterministic: the bytes of article {@code i} depend only on the seed, {@code i} and the day count, so
 * the same command gives the same corpus on any machine. {@code --tiny} writes every body at the minimum
 * length (about 1 KB files: the many-small-files case) (articles are generated in parallel, each from its own
 * random stream). Streams files to disk; memory does not grow with N.
 *
 * <pre>
 * CorpusGenerator --out DIR --articles N --seed S [--days D] [--tiny]
 * </pre>
 */
@Command(name = "bench-generate", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Write a seeded synthetic corpus in the reference format (bench/README.md).")
public final class CorpusGenerator implements Subcommand {
    /** First publication date; articles spread over {@code days} consecutive days from here. */
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    static final int MIN_WORDS = 100;
    static final int MAX_WORDS = 1500;

    /** Credit provider, its 12-digit code, and a dateline style (true: "CITY, Mon D (Agency) -"). */
    private record Provider(String credit, String code, String agency) {
    }

    private static final Provider[] PROVIDERS = {
            new Provider(null, "000045015687", null),
            new Provider(null, "000045015687", "Reuters"),
            new Provider("Trend News Agency", "000187011000", null),
            new Provider("Kuwait News Agency (KUNA)", "000138011000", null),
            new Provider("Emirates News Agency (WAM)", "000146011000", null),
            new Provider("Jordan Times", "000202011000", null),
            new Provider("The Peninsula", "000063011000", null),
            new Provider("EFE", "000112011000", null),
            new Provider("IANS", "000231011000", null),
            new Provider("Arab News", "000067011000", null),
            new Provider("Daily News Egypt", "000098011000", null),
            new Provider("Times of Oman", "000109011000", null),
            new Provider("APP", "000115011000", null),
            new Provider("Philippine News Agency", "000241011000", null),
            new Provider("Saudi Press Agency (SPA)", "000159011000", null),
            new Provider("Azernews", "000190011000", null),
    };

    /** Datelines (upper case, as wires write them) and the country they belong to. */
    private static final String[][] CITIES = {
            {"ABU DHABI", "United Arab Emirates"}, {"DUBAI", "United Arab Emirates"}, {"KUWAIT CITY", "Kuwait"},
            {"BAKU", "Azerbaijan"}, {"AMMAN", "Jordan"}, {"DOHA", "Qatar"}, {"RIYADH", "Saudi Arabia"},
            {"CAIRO", "Egypt"}, {"MUSCAT", "Oman"}, {"ISLAMABAD", "Pakistan"}, {"MANILA", "Philippines"},
            {"NEW DELHI", "India"}, {"MUMBAI", "India"}, {"ANKARA", "Turkey"}, {"ISTANBUL", "Turkey"},
            {"KYIV", "Ukraine"}, {"MOSCOW", "Russia"}, {"BEIJING", "China"}, {"TOKYO", "Japan"},
            {"LONDON", "United Kingdom"}, {"PARIS", "France"}, {"BERLIN", "Germany"}, {"WASHINGTON", "United States"},
            {"NEW YORK", "United States"}, {"BRUSSELS", "Belgium"}, {"GENEVA", "Switzerland"}, {"NAIROBI", "Kenya"},
            {"LAGOS", "Nigeria"}, {"JAKARTA", "Indonesia"}, {"SEOUL", "South Korea"}, {"TEHRAN", "Iran"},
            {"BAGHDAD", "Iraq"}, {"BEIRUT", "Lebanon"}, {"TASHKENT", "Uzbekistan"}, {"ASTANA", "Kazakhstan"},
            {"SAO PAULO", "Brazil"}, {"MEXICO CITY", "Mexico"}, {"KARACHI", "Pakistan"}, {"DHAKA", "Bangladesh"},
    };

    private static final String[] COUNTRIES = {
            "Ukraine", "Russia", "China", "India", "Pakistan", "Turkey", "Egypt", "Qatar", "Saudi Arabia", "Iran",
            "Iraq", "Jordan", "Kuwait", "Oman", "Azerbaijan", "Kazakhstan", "Uzbekistan", "Brazil", "Mexico",
            "Germany", "France", "Japan", "South Korea", "North Korea", "Indonesia", "Nigeria", "Kenya",
            "the United States", "the United Kingdom", "the United Arab Emirates", "Bangladesh", "Lebanon",
            "Israel", "Syria", "Poland", "Italy", "Spain", "Canada", "Australia", "South Africa", "Ethiopia",
    };

    private static final String[] DEMONYMS = {
            "Ukrainian", "Russian", "Chinese", "Indian", "Pakistani", "Turkish", "Egyptian", "Qatari", "Saudi",
            "Iranian", "Iraqi", "Jordanian", "Kuwaiti", "Omani", "Azerbaijani", "Brazilian", "German", "French",
            "Japanese", "Korean", "Indonesian", "Nigerian", "Kenyan", "American", "British", "Emirati",
    };

    private static final String[] CITY_NAMES = {
            "Kharkiv", "Odesa", "Belgorod", "Lahore", "Peshawar", "Alexandria", "Jeddah", "Basra", "Mosul",
            "Izmir", "Chennai", "Kolkata", "Bengaluru", "Shanghai", "Shenzhen", "Osaka", "Busan", "Surabaya",
            "Mombasa", "Kano", "Rio de Janeiro", "Guadalajara", "Hamburg", "Lyon", "Manchester", "Chicago",
            "Houston", "Sharjah", "Salalah", "Aqaba", "Ganja", "Samarkand", "Almaty", "Tabriz", "Aleppo",
    };

    private static final String[] FIRST_NAMES = {
            "Antony", "Donald", "Sanjay", "Muhammad", "Parviz", "Osama", "Recep", "Suhail", "Badr", "Romeu",
            "Maria", "Elena", "Fatima", "Aisha", "Olena", "Viktor", "Sergei", "Li", "Kenji", "Hyun", "Joko",
            "Amina", "Grace", "James", "Sarah", "David", "Laura", "Ahmed", "Omar", "Khalid", "Nasser", "Rania",
            "Pedro", "Lucia", "Hans", "Claire", "Emeka", "Wanjiru", "Tariq", "Leila",
    };

    private static final String[] SURNAMES = {
            "Blinken", "Malhotra", "Aurangzeb", "Shahbazov", "Rabie", "Erdogan", "Al Mazrouei", "Al-Meer", "Zema",
            "Al-Jadaan", "Kovalenko", "Petrov", "Wang", "Tanaka", "Kim", "Widodo", "Okafor", "Mwangi", "Smith",
            "Johnson", "Brown", "Garcia", "Schmidt", "Dubois", "Rossi", "Hassan", "Haddad", "Khan", "Siddiqui",
            "Al-Thani", "Al-Sabah", "Nazarbayev", "Aliyev", "Yilmaz", "Moreno", "Silva", "Nakamura", "Park",
            "Mensah", "Adeyemi",
    };

    private static final String[] TITLES = {
            "President", "Prime Minister", "Finance Minister", "Foreign Minister", "Energy Minister",
            "Defence Minister", "Governor", "chief executive", "spokesperson", "Secretary of State", "chairman",
            "economist", "analyst", "Deputy Minister", "ambassador", "central bank governor", "director",
    };

    private static final String[] ORG_HEADS = {
            "Ministry of Finance", "Ministry of Energy", "Ministry of Foreign Affairs", "Defense Ministry",
            "Central Bank", "Department of Statistics", "Investment Authority", "Chamber of Commerce",
            "Petroleum Corporation", "Stock Exchange", "Development Bank", "Civil Defence agency",
            "Ports Authority", "National Oil Company", "Airways", "Telecom Company", "Red Crescent Society",
    };

    private static final String[] GLOBAL_ORGS = {
            "International Monetary Fund", "World Bank", "United Nations", "European Union", "OPEC",
            "Gulf Cooperation Council", "Asian Development Bank", "World Health Organization", "NATO",
            "African Union", "World Trade Organization", "Islamic Development Bank", "UNICEF", "Reuters",
            "Aramco", "Emirates", "Qatar Airways", "Siemens", "Samsung", "Tata Group",
    };

    private static final String[] OBJECTS = {
            "drones", "missiles", "trucks", "ships", "flights", "projects", "schools", "hospitals", "homes",
            "companies", "tourists", "students", "workers", "passengers", "houses", "vessels", "wells",
    };

    private static final String[] COMMODITIES = {
            "crude oil", "natural gas", "wheat", "gold", "steel", "cement", "fertiliser", "copper", "rice",
    };

    private static final String[] UNITS = {
            "barrels per day", "tonnes", "cubic metres", "megawatts", "kilometres", "hectares", "litres",
    };

    private static final String[] CURRENCIES = {"$", "€", "£"};
    private static final String[] CURRENCY_WORDS = {"riyals", "dirhams", "rupees", "dinars", "manats", "lira"};
    private static final String[] SCALES = {"million", "billion"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};
    private static final String[] MONTH_ABBR = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
            "Oct", "Nov", "Dec"};
    private static final String[] VERBS_SAID = {"said", "told reporters", "said in a statement",
            "told a news conference", "wrote on social media", "said on state television"};
    private static final String[] TREND = {"rose", "fell", "climbed", "dropped", "increased", "declined",
            "jumped", "eased"};
    private static final String[] QUALIFIERS = {"about", "more than", "nearly", "at least", "up to", "almost",
            "over", "some"};
    private static final String[] WORDS = ("the government would continue to support growth in the region and "
            + "officials expected further talks on trade investment energy security and infrastructure while "
            + "markets remained cautious amid uncertainty over prices demand and supply in the coming months "
            + "analysts noted that the decision reflected broader efforts to diversify the economy attract "
            + "foreign capital and create jobs for young people across the country as reforms took effect "
            + "despite concerns about inflation debt and the pace of recovery after a difficult period for "
            + "households and businesses alike").split(" ");

    public CorpusGenerator() {
    }

    @Option(names = "--out", required = true, paramLabel = "DIR")
    Path out;
    @Option(names = "--articles", required = true, paramLabel = "N")
    int articles;
    @Option(names = "--seed", required = true, paramLabel = "S")
    long seed;
    @Option(names = "--days", defaultValue = "30", paramLabel = "D")
    int days;
    @Option(names = "--tiny", description = "one-paragraph articles")
    boolean tiny;

    @Override
    public Integer call() {
        if (days < 1 || articles < 0) {
            throw new ConfigException("--days must be at least 1 and --articles at least 0");
        }
        long t0 = System.nanoTime();
        Stats stats = generate(out, articles, seed, days, tiny);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "generated articles=%d bytes=%d words=%d days=%d seed=%d out=%s in %.1fs%n",
                stats.articles(), stats.bytes(), stats.words(), days, seed, out, s);
        return ExitCode.OK;
    }

    /** What was written. */
    public record Stats(long articles, long bytes, long words) {
    }

    /** Writes articles {@code 0..n-1} under {@code out}; returns totals. Parallel, deterministic. */
    public static Stats generate(Path out, int n, long seed, int days, boolean tiny) {
        long[] totals = IntStream.range(0, n).parallel().mapToObj(i -> {
            Article a = article(seed, i, days, tiny);
            Path file = out.resolve(a.relativePath());
            try {
                Files.createDirectories(file.getParent());
                Files.write(file, a.bytes());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file, e);
            }
            return new long[] {1, a.bytes().length, a.words()};
        }).reduce(new long[3], (x, y) -> new long[] {x[0] + y[0], x[1] + y[1], x[2] + y[2]});
        return new Stats(totals[0], totals[1], totals[2]);
    }

    /** One generated file: where it goes, its bytes, and the whitespace words of its body. */
    public record Article(String relativePath, byte[] bytes, int words) {
    }

    /** Article {@code i} of the corpus with this seed and day count. */
    public static Article article(long seed, int i, int days, boolean tiny) {
        SplittableRandom r = new SplittableRandom(mix(seed, i));
        LocalDate date = FIRST_DAY.plusDays(i % days);
        Provider p = PROVIDERS[r.nextInt(PROVIDERS.length)];
        String[] city = CITIES[r.nextInt(CITIES.length)];
        StringBuilder sb = new StringBuilder(8192);
        sb.append(" date ").append(date).append(" (MENAFN");
        if (p.credit() != null) {
            sb.append("- ").append(p.credit());
        }
        sb.append(") ");
        int style = r.nextInt(10);
        if (p.agency() != null) {
            sb.append(city[0]).append(", ").append(MONTH_ABBR[date.getMonthValue() - 1]).append(' ')
                    .append(date.getDayOfMonth()).append(" (").append(p.agency()).append(") - ");
        } else if (style < 8) {
            sb.append(city[0]).append(" - ");
        } // else: no dateline, the body starts at once
        Context c = new Context(r, date, city);
        int offset = lengthOffset(r);
        int target = MIN_WORDS + 30 + (tiny ? 0 : offset);
        int words = 0;
        int paragraphSentences = 0;
        int paragraphLength = 2 + r.nextInt(4);
        boolean first = true;
        while (words < target) {
            String sentence = first ? c.lead() : c.sentence();
            first = false;
            if (paragraphSentences == paragraphLength) {
                sb.append("\n\n");
                paragraphSentences = 0;
                paragraphLength = 1 + r.nextInt(5);
            } else if (paragraphSentences > 0) {
                sb.append(' ');
            }
            sb.append(sentence);
            words += countWords(sentence);
            paragraphSentences++;
        }
        sb.append("\n\n").append("MENAFN")
                .append(String.format(Locale.ROOT, "%02d%02d%04d", date.getDayOfMonth(), date.getMonthValue(),
                        date.getYear()))
                .append(p.code()).append("ID").append(1_100_000_000L + i).append('\n');
        String path = String.format(Locale.ROOT, "%04d/%02d/%02d/menafn-%08d.txt", date.getYear(),
                date.getMonthValue(), date.getDayOfMonth(), i);
        return new Article(path, sb.toString().getBytes(StandardCharsets.UTF_8), words);
    }

    /** Body length above the minimum: mostly 200-700 words, a long tail up to the maximum. */
    private static int lengthOffset(SplittableRandom r) {
        int span = MAX_WORDS - MIN_WORDS - 30 - 45; // the last sentence may overshoot by up to 45 words
        double u = r.nextDouble();
        double v = r.nextDouble();
        return (int) Math.min(span, span * (u * v * 0.8 + (r.nextInt(10) == 0 ? r.nextDouble() * 0.6 : 0)));
    }

    static int countWords(String s) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean ws = Character.isWhitespace(s.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    private static long mix(long seed, long i) {
        long z = seed * 0x9E3779B97F4A7C15L + i * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Sentence templates over one article's cast (a few people, places and organisations that recur). */
    private static final class Context {
        private final SplittableRandom r;
        private final LocalDate date;
        private final String[] city;
        private final List<String[]> people = new ArrayList<>();
        private final List<String> orgs = new ArrayList<>();
        private final String country;
        private final String demonym;

        Context(SplittableRandom r, LocalDate date, String[] city) {
            this.r = r;
            this.date = date;
            this.city = city;
            this.country = city[1];
            this.demonym = pick(DEMONYMS);
            int castSize = 2 + r.nextInt(4);
            for (int k = 0; k < castSize; k++) {
                people.add(new String[] {pick(TITLES), pick(FIRST_NAMES), pick(SURNAMES)});
            }
            orgs.add(country.replace("the ", "") + " " + pick(ORG_HEADS));
            orgs.add(pick(GLOBAL_ORGS));
            orgs.add(pick(GLOBAL_ORGS));
        }

        private String pick(String[] a) {
            return a[r.nextInt(a.length)];
        }

        private <T> T pick(List<T> a) {
            return a.get(r.nextInt(a.size()));
        }

        String lead() {
            String[] who = people.get(0);
            return switch (r.nextInt(3)) {
                case 0 -> cap(orgs.get(0)) + " " + pick(VERBS_SAID) + " " + when() + " that " + pick(COMMODITIES)
                        + " output " + pick(TREND) + " " + percent() + " to " + quantity() + ", the highest level"
                        + " since " + monthYear() + ".";
                case 1 -> who[0] + " " + who[1] + " " + who[2] + " announced " + when() + " a " + money()
                        + " plan to support " + pick(OBJECTS) + " in " + pick(COUNTRIES) + ", the " + orgs.get(0)
                        + " said.";
                default -> demonym + " forces reported downing " + outOf() + " launched overnight in attacks on "
                        + pick(CITY_NAMES) + ", officials " + pick(VERBS_SAID) + " " + when() + ".";
            };
        }

        String sentence() {
            String[] who = pick(people);
            return switch (r.nextInt(14)) {
                case 0 -> who[0] + " " + who[1] + " " + who[2] + " " + pick(VERBS_SAID) + " that " + filler(8, 20)
                        + ".";
                case 1 -> cap(who[2]) + " said " + pick(OBJECTS) + " in " + pick(CITY_NAMES) + " and "
                        + pick(CITY_NAMES) + " " + pick(TREND) + " by " + percent() + " " + when() + ".";
                case 2 -> "The " + pick(orgs) + " expects revenue of " + money() + " in " + date.getYear()
                        + ", up from " + money() + " a year earlier.";
                case 3 -> "Inflation in " + pick(COUNTRIES) + " " + pick(TREND) + " to " + percent() + " in "
                        + MONTHS[r.nextInt(12)] + " from " + percent() + " a month earlier, the " + pick(orgs)
                        + " said.";
                case 4 -> cap(pick(QUALIFIERS)) + " " + thousands() + " " + pick(OBJECTS) + " were affected in "
                        + pick(CITY_NAMES) + ", " + city[1] + ", " + when() + ", according to the " + pick(orgs)
                        + ".";
                case 5 -> "Officials said " + outOf() + " had been " + (r.nextBoolean() ? "repaired" : "inspected")
                        + " since " + monthYear() + ".";
                case 6 -> "Exports of " + pick(COMMODITIES) + " to " + pick(COUNTRIES) + " reached "
                        + quantity() + " last year, " + pick(TREND) + " " + percent() + " from " + (date.getYear() - 2)
                        + ".";
                case 7 -> "The " + pick(orgs) + " agreed " + when() + " to lend " + money() + " to "
                        + pick(COUNTRIES) + " over " + (2 + r.nextInt(8)) + " years.";
                case 8 -> who[0] + " " + who[2] + " met " + pick(DEMONYMS) + " counterpart " + pick(FIRST_NAMES)
                        + " " + pick(SURNAMES) + " in " + titleCase(city[0]) + " " + when() + " to discuss " + filler(4, 10) + ".";
                case 9 -> "The currency traded at " + (1 + r.nextInt(300)) + "." + r.nextInt(10) + r.nextInt(10)
                        + " " + pick(CURRENCY_WORDS) + " to the dollar, while the benchmark index " + pick(TREND)
                        + " " + percent() + ".";
                default -> cap(filler(10, 30)) + ".";
            };
        }

        private String filler(int min, int max) {
            int n = min + r.nextInt(max - min + 1);
            StringBuilder sb = new StringBuilder(n * 8);
            int start = r.nextInt(WORDS.length);
            for (int k = 0; k < n; k++) {
                if (k > 0) {
                    sb.append(' ');
                }
                sb.append(WORDS[(start + k) % WORDS.length]);
            }
            return sb.toString();
        }

        private String when() {
            return switch (r.nextInt(6)) {
                case 0, 1 -> "on " + dayName(date.minusDays(r.nextInt(3)).getDayOfWeek());
                case 2 -> "in " + monthYear();
                case 3 -> "on " + MONTHS[date.getMonthValue() - 1] + " " + (1 + r.nextInt(28));
                case 4 -> "last week";
                default -> "earlier this month";
            };
        }

        private String monthYear() {
            return MONTHS[r.nextInt(12)] + " " + (2015 + r.nextInt(10));
        }

        private String percent() {
            return (r.nextInt(60)) + "." + r.nextInt(10) + (r.nextBoolean() ? " percent" : "%");
        }

        private String money() {
            int whole = 1 + r.nextInt(300);
            return switch (r.nextInt(3)) {
                case 0 -> pick(CURRENCIES) + whole + "." + r.nextInt(10) + " " + pick(SCALES);
                case 1 -> whole + " " + pick(SCALES) + " " + pick(CURRENCY_WORDS);
                default -> pick(CURRENCIES) + whole + " " + pick(SCALES);
            };
        }

        private String quantity() {
            return (1 + r.nextInt(99)) + "." + r.nextInt(100) + " million " + pick(UNITS);
        }

        private String thousands() {
            return (1 + r.nextInt(99)) + "," + String.format(Locale.ROOT, "%03d", r.nextInt(1000));
        }

        private String outOf() {
            int total = 10 + r.nextInt(190);
            return (1 + r.nextInt(total)) + " out of " + total + " " + pick(OBJECTS);
        }

        private static String cap(String s) {
            return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
        }
    }

    /** English day name ({@code Monday}) whatever the default locale. */
    static String dayName(DayOfWeek d) {
        return titleCase(d.name());
    }

    /** {@code KUWAIT CITY} → {@code Kuwait City}. */
    static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder(upper.length());
        boolean start = true;
        for (int i = 0; i < upper.length(); i++) {
            char ch = upper.charAt(i);
            sb.append(start ? ch : Character.toLowerCase(ch));
            start = ch == ' ';
        }
        return sb.toString();
    }
}
