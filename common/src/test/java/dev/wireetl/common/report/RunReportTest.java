package dev.wireetl.common.report;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunReportTest {
    static RunReport.Data data() {
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("parseStories", 1500L);
        stages.put("publish", 250L);
        return new RunReport.Data("run-<1>", "SUCCEEDED", Instant.parse("2025-01-07T10:00:00Z"),
                Instant.parse("2025-01-07T10:00:12.300Z"), "in/\"x\"", "out&co", 3, 2, 1, 5, 0,
                List.of(new RunReport.RejectGroup("BAD_DATE", 1, List.of(
                        new RunReport.Example("file:/in/<bad>.txt", "header date '2025-02-30' & more")))),
                List.of(new RunReport.TopEntity("Al <Jazeera>", "ORG", 2, 7)),
                List.of(new RunReport.Count("KW", 3)),
                List.of(new RunReport.Count("MONEY", 4)),
                List.of(new RunReport.Count("2025-01-06", 2), new RunReport.Count("2025-01-07", 3)),
                stages, List.of(new RunReport.Count("Antje <Berg>", 4)));
    }

    @Test
    void escapesEveryValue() {
        String html = RunReport.render(data());
        assertTrue(html.contains("<title>wire-etl run run-&lt;1&gt;</title>"), html);
        assertTrue(html.contains("<tr><th>input</th><td>in/&quot;x&quot;</td></tr>"));
        assertTrue(html.contains("<tr><th>output</th><td>out&amp;co</td></tr>"));
        assertTrue(html.contains("<li><span class=\"path\">file:/in/&lt;bad&gt;.txt</span>: header date "
                + "&#39;2025-02-30&#39; &amp; more</li>"));
        assertTrue(html.contains("<tr><td>Al &lt;Jazeera&gt;</td><td><code>ORG</code></td><td class=\"n\">2</td>"
                + "<td class=\"n\">7</td></tr>"));
        assertFalse(html.contains("<Jazeera>"));
        assertFalse(html.contains("<bad>"));
    }

    @Test
    void isSelfContained() {
        String html = RunReport.render(data());
        assertFalse(html.contains("http"), "no URL of any kind");
        assertFalse(html.contains("<script"));
        assertFalse(html.contains("<link"));
        assertFalse(html.contains("<img"));
        assertFalse(html.contains("@import"));
        assertFalse(html.contains("url("));
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">"));
    }

    @Test
    void showsCountsTimingsAndCharts() {
        String html = RunReport.render(data());
        assertTrue(html.contains("<tr><th>elapsed</th><td>12.3 s</td></tr>"));
        assertTrue(html.contains("<tr><th>started</th><td>2025-01-07 10:00:00 UTC</td></tr>"));
        assertTrue(html.contains("<div class=\"card warn\"><div class=\"v\">1</div><div class=\"l\">files rejected"
                + "</div></div>"));
        assertTrue(html.contains("<span class=\"status ok\">SUCCEEDED</span>"));
        assertTrue(html.contains("<title>parseStories: 1.5</title>"), "timings in seconds");
        assertTrue(html.contains("<title>2025-01-07: 3</title>"));
        assertFalse(html.contains("Accounting mismatch"));
        assertTrue(html.contains("<title>Antje &lt;Berg&gt;: 4</title>"), "top speakers, escaped");
        assertEquals(7, html.split("<svg ", -1).length - 1,
                "rejects, days, entities, countries, speakers, figures, stages");
    }

    @Test
    void barLengthsAreProportional() {
        String svg = RunReport.barChart(List.of(new RunReport.Count("a", 10), new RunReport.Count("b", 5)), "#000");
        assertTrue(svg.contains("<rect x=\"170\" y=\"6\" width=\"290\" height=\"18\" fill=\"#000\">"), svg);
        assertTrue(svg.contains("<rect x=\"170\" y=\"30\" width=\"145\" height=\"18\" fill=\"#000\">"), svg);
    }

    @Test
    void emptySectionsSayso() {
        RunReport.Data d = data();
        RunReport.Data empty = new RunReport.Data(d.runId(), "FAILED", null, null, "in", "out", 0, 0, 0, 0, 0,
                List.of(), List.of(), List.of(), List.of(), List.of(), Map.of(), List.of());
        String html = RunReport.render(empty);
        assertTrue(html.contains("<p class=\"none\">No rejects.</p>"));
        assertTrue(html.contains("<p class=\"none\">No quotations.</p>"));
        assertTrue(html.contains("<span class=\"status bad\">FAILED</span>"));
        assertFalse(html.contains("<svg"));
    }

    @Test
    void escapeHandlesControlCharacters() {
        assertEquals("a\uFFFDb&amp;", RunReport.esc("a\u0001b&"));
        assertEquals("", RunReport.esc(null));
    }
}
