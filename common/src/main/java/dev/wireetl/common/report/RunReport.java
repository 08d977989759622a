package dev.wireetl.common.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A run's report as one self-contained HTML page: inline CSS, inline SVG charts, no scripts, fonts, images
 * or links to load, so it opens offline from the output folder. Every value from the data is HTML-escaped.
 */
public final class RunReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'",
            Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final int CHART_WIDTH = 520;
    private static final int BAR_HEIGHT = 18;
    private static final int BAR_GAP = 6;
    private static final int LABEL_WIDTH = 170;

    /** A labelled count (a reason, a country, a kind, a day, a step). */
    public record Count(String label, long value) {
    }

    /** One reject: the file and the message. */
    public record Example(String path, String message) {
    }

    /** Rejects of one reason: how many, and up to three examples. */
    public record RejectGroup(String reason, long count, List<Example> examples) {
    }

    /** An entity among the run's most mentioned. */
    public record TopEntity(String canonical, String type, long articles, long mentions) {
    }

    /** Everything the page shows; lists are shown in the order given. */
    public record Data(String runId, String status, Instant startedAt, Instant finishedAt, String input,
                       String output, long filesRead, long filesParsed, long filesRejected, long articles,
                       long storyRejects, List<RejectGroup> rejects, List<TopEntity> topEntities,
                       List<Count> topCountries, List<Count> figuresByKind, List<Count> articlesPerDay,
                       Map<String, Long> stageMillis, List<Count> topSpeakers) {
    }

    private RunReport() {
    }

    /** The page. */
    public static String render(Data d) {
        StringBuilder h = new StringBuilder(16 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>wire-etl run ").append(esc(d.runId())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        boolean ok = "SUCCEEDED".equals(d.status());
        h.append("<header><h1>wire-etl run <code>").append(esc(d.runId())).append("</code></h1>\n")
                .append("<span class=\"status ").append(ok ? "ok" : "bad").append("\">").append(esc(d.status()))
                .append("</span></header>\n");
        h.append("<table class=\"meta\">\n");
        meta(h, "started", d.startedAt() == null ? "" : TIME.format(d.startedAt()));
        meta(h, "finished", d.finishedAt() == null ? "" : TIME.format(d.finishedAt()));
        meta(h, "elapsed", elapsed(d.startedAt(), d.finishedAt()));
        meta(h, "input", d.input());
        meta(h, "output", d.output());
        h.append("</table>\n");

        h.append("<section class=\"cards\">\n");
        card(h, "files read", d.filesRead(), "");
        card(h, "files parsed", d.filesParsed(), "");
        card(h, "files rejected", d.filesRejected(), d.filesRejected() > 0 ? "warn" : "");
        card(h, "articles", d.articles(), "");
        card(h, "story rejects", d.storyRejects(), d.storyRejects() > 0 ? "warn" : "");
        h.append("</section>\n");
        if (d.filesRead() != d.filesParsed() + d.filesRejected()) {
            h.append("<p class=\"alert\">Accounting mismatch: files_read ≠ files_parsed + files_rejected.</p>\n");
        }

        h.append("<section><h2>Rejects by reason</h2>\n");
        if (d.rejects().isEmpty()) {
            h.append("<p class=\"none\">No rejects.</p>\n");
        } else {
            List<Count> counts = new ArrayList<>();
            for (RejectGroup g : d.rejects()) {
                counts.add(new Count(g.reason(), g.count()));
            }
            h.append(barChart(counts, "#c0392b"));
            h.append("<table class=\"data\"><thead><tr><th>reason</th><th class=\"n\">rows</th>"
                    + "<th>examples (file: message)</th></tr></thead><tbody>\n");
            for (RejectGroup g : d.rejects()) {
                h.append("<tr><td><code>").append(esc(g.reason())).append("</code></td><td class=\"n\">")
                        .append(g.count()).append("</td><td><ul>");
                for (Example e : g.examples()) {
                    h.append("<li><span class=\"path\">").append(esc(e.path())).append("</span>: ")
                            .append(esc(e.message())).append("</li>");
                }
                h.append("</ul></td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n");

        h.append("<section><h2>Articles per publication day</h2>\n");
        h.append(d.articlesPerDay().isEmpty() ? "<p class=\"none\">No articles.</p>\n"
                : columnChart(d.articlesPerDay(), "#2c7fb8"));
        h.append("</section>\n");

        h.append("<div class=\"two\">\n<section><h2>Top entities</h2>\n");
        if (d.topEntities().isEmpty()) {
            h.append("<p class=\"none\">No entities.</p>\n");
        } else {
            List<Count> counts = new ArrayList<>();
            for (TopEntity e : d.topEntities()) {
                counts.add(new Count(e.canonical() + " (" + e.type() + ")", e.mentions()));
            }
            h.append(barChart(counts, "#8e44ad"));
            h.append("<table class=\"data\"><thead><tr><th>entity</th><th>type</th><th class=\"n\">articles</th>"
                    + "<th class=\"n\">mentions</th></tr></thead><tbody>\n");
            for (TopEntity e : d.topEntities()) {
                h.append("<tr><td>").append(esc(e.canonical())).append("</td><td><code>").append(esc(e.type()))
                        .append("</code></td><td class=\"n\">").append(e.articles()).append("</td><td class=\"n\">")
                        .append(e.mentions()).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("</section>\n<section><h2>Top countries <small>(articles mentioning a place there)</small></h2>\n");
        h.append(d.topCountries().isEmpty() ? "<p class=\"none\">No places.</p>\n"
                : barChart(d.topCountries(), "#27ae60"));
        h.append("</section>\n</div>\n");

        h.append("<section><h2>Top speakers <small>(quotations by speaker, docs/quotations.md)</small></h2>\n");
        h.append(d.topSpeakers().isEmpty() ? "<p class=\"none\">No quotations.</p>\n"
                : barChart(d.topSpeakers(), "#16a085"));
        h.append("</section>\n");

        h.append("<div class=\"two\">\n<section><h2>Figures by kind <small>(reported figures, not facts)</small></h2>\n");
        h.append(d.figuresByKind().isEmpty() ? "<p class=\"none\">No figures.</p>\n"
                : barChart(d.figuresByKind(), "#d35400"));
        h.append("</section>\n<section><h2>Stage timings <small>(seconds)</small></h2>\n");
        if (d.stageMillis().isEmpty()) {
            h.append("<p class=\"none\">No timings.</p>\n");
        } else {
            List<Count> stages = new ArrayList<>();
            for (Map.Entry<String, Long> e : d.stageMillis().entrySet()) {
                stages.add(new Count(e.getKey(), e.getValue()));
            }
            h.append(barChart(stages, "#7f8c8d", true));
        }
        h.append("</section>\n</div>\n");
        h.append("<footer>Generated by wire-etl for run <code>").append(esc(d.runId()))
                .append("</code>. Tables: <code>").append(esc(d.output()))
                .append("</code>. Figures are sums of what articles report, not verified facts.</footer>\n");
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void meta(StringBuilder h, String key, String value) {
        h.append("<tr><th>").append(key).append("</th><td>").append(esc(value == null ? "" : value))
                .append("</td></tr>\n");
    }

    private static void card(StringBuilder h, String label, long value, String cls) {
        h.append("<div class=\"card ").append(cls).append("\"><div class=\"v\">").append(value)
                .append("</div><div class=\"l\">").append(label).append("</div></div>\n");
    }

    static String elapsed(Instant start, Instant end) {
        if (start == null || end == null) {
            return "";
        }
        return String.format(Locale.ROOT, "%.1f s", Duration.between(start, end).toMillis() / 1000.0);
    }

    static String barChart(List<Count> counts, String color) {
        return barChart(counts, color, false);
    }

    /** Horizontal bars, one per count, labelled left, value right; {@code millis} shows values as seconds. */
    static String barChart(List<Count> counts, String color, boolean millis) {
        long max = 1;
        for (Count c : counts) {
            max = Math.max(max, c.value());
        }
        int height = counts.size() * (BAR_HEIGHT + BAR_GAP) + BAR_GAP;
        int barSpace = CHART_WIDTH - LABEL_WIDTH - 60;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" role=\"img\" width=\"").append(CHART_WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(CHART_WIDTH).append(' ').append(height)
                .append("\">\n");
        int y = BAR_GAP;
        for (Count c : counts) {
            int w = (int) Math.max(1, Math.round((double) c.value() / max * barSpace));
            String value = millis ? String.format(Locale.ROOT, "%.1f", c.value() / 1000.0) : Long.toString(c.value());
            s.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + BAR_HEIGHT - 5)
                    .append("\" text-anchor=\"end\">").append(esc(shorten(c.label(), 26))).append("</text>")
                    .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"")
                    .append(w).append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(color)
                    .append("\"><title>").append(esc(c.label())).append(": ").append(value).append("</title></rect>")
                    .append("<text x=\"").append(LABEL_WIDTH + w + 5).append("\" y=\"").append(y + BAR_HEIGHT - 5)
                    .append("\">").append(value).append("</text>\n");
            y += BAR_HEIGHT + BAR_GAP;
        }
        return s.append("</svg>\n").toString();
    }

    /** Vertical columns in the order given (days), labelled below, value above. */
    static String columnChart(List<Count> counts, String color) {
        long max = 1;
        for (Count c : counts) {
            max = Math.max(max, c.value());
        }
        int slot = Math.max(28, Math.min(70, 1000 / Math.max(1, counts.size())));
        int plot = 140;
        int width = counts.size() * slot + 70;
        int height = plot + 95;
        StringBuilder s = new StringBuilder();
        s.append("<svg class=\"chart\" role=\"img\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
        s.append("<line x1=\"10\" y1=\"").append(plot + 20).append("\" x2=\"").append(width - 10).append("\" y2=\"")
                .append(plot + 20).append("\" stroke=\"#999\"/>\n");
        int x = 10;
        for (Count c : counts) {
            int h = (int) Math.max(1, Math.round((double) c.value() / max * plot));
            int top = plot + 20 - h;
            int mid = x + slot / 2;
            s.append("<rect x=\"").append(x + 4).append("\" y=\"").append(top).append("\" width=\"").append(slot - 8)
                    .append("\" height=\"").append(h).append("\" fill=\"").append(color).append("\"><title>")
                    .append(esc(c.label())).append(": ").append(c.value()).append("</title></rect>")
                    .append("<text x=\"").append(mid).append("\" y=\"").append(top - 4)
                    .append("\" text-anchor=\"middle\">").append(c.value()).append("</text>")
                    .append("<text class=\"tick\" transform=\"translate(").append(mid).append(',').append(plot + 32)
                    .append(") rotate(45)\">").append(esc(shorten(c.label(), 12))).append("</text>\n");
            x += slot;
        }
        return s.append("</svg>\n").toString();
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** HTML text and attribute escaping. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append('\uFFFD');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static final String CSS = String.join("\n",
            "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:24px auto;"
                    + "max-width:1120px;color:#222;background:#fafafa;padding:0 16px}",
            "header{display:flex;align-items:center;gap:16px}h1{font-size:22px;margin:0}",
            "h2{font-size:16px;margin:0 0 8px}h2 small{font-weight:normal;color:#777}",
            "code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:90%}",
            ".status{padding:3px 10px;border-radius:12px;font-weight:bold;font-size:13px}",
            ".ok{background:#d4efdf;color:#1e7d45}.bad{background:#f5d5d1;color:#a93226}",
            "table.meta{margin:12px 0;border-collapse:collapse;font-size:13px}",
            "table.meta th{text-align:left;color:#777;font-weight:normal;padding:1px 14px 1px 0}",
            ".cards{display:flex;gap:12px;flex-wrap:wrap;margin:8px 0 16px}",
            ".card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 18px;min-width:110px}",
            ".card .v{font-size:26px;font-weight:bold}.card .l{color:#777;font-size:12px}",
            ".card.warn .v{color:#c0392b}",
            "section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:14px 16px;margin:0 0 16px;"
                    + "overflow-x:auto}",
            ".two{display:grid;grid-template-columns:1fr 1fr;gap:16px}.two section{margin:0 0 16px}",
            "table.data{border-collapse:collapse;font-size:13px;width:100%;margin-top:8px}",
            "table.data th,table.data td{border-bottom:1px solid #eee;padding:4px 8px;text-align:left;"
                    + "vertical-align:top}",
            "table.data .n{text-align:right}ul{margin:0;padding-left:16px}",
            ".path{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;color:#555}",
            "svg.chart{display:block;font-size:12px;fill:#333}svg .tick{font-size:11px}",
            ".none{color:#777}.alert{color:#a93226;font-weight:bold}",
            "footer{color:#777;font-size:12px;margin-top:8px}",
            "@media (max-width:900px){.two{grid-template-columns:1fr}}",
            "");
}
