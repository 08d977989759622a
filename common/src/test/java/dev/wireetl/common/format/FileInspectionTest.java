package dev.wireetl.common.format;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileInspectionTest {

    private static String inspect(String path, String text) {
        return FileInspection.inspect(new RawFile(path, text.getBytes(StandardCharsets.UTF_8), 0),
                ParserSettings.defaults());
    }

    @Test
    void menafnFileShowsEveryParsedField() throws IOException {
        assertEquals("""
                file: in/kuna.txt
                format: menafn
                story 1 of 1
                  headline: -
                  source: MENAFN
                  provider: Kuwait News Agency (KUNA)
                  byline: -
                  dateline: KUWAIT, June 3 (KUNA)
                  published_date: 2025-06-03 (CONTENT)
                  wire_id: -
                  flags: NO_WIRE_ID, END_MARKER_STRIPPED
                  paragraphs: 2
                  body: The cabinet approved a draft budget on Tuesday.⏎⏎The ministry will publish the details next week.
                """, inspect("in/kuna.txt", MenafnParserTest.resource("menafn/kuna-end-marker.txt")));
    }

    @Test
    void bodyIsCutAtTwoHundredCharacters() {
        String body = "x".repeat(250);
        String report = inspect("a.txt", " date 2025-01-07 (MENAFN) " + body);
        assertEquals("  body: " + "x".repeat(200) + "…\n", report.substring(report.indexOf("  body: ")));
    }

    @Test
    void rejectShowsItsReasonAndMessage() {
        assertEquals("""
                file: bad.txt
                format: menafn
                reject: BAD_DATE header date '2025-02-30' is not a real calendar date (expected YYYY-MM-DD)
                """, inspect("bad.txt", " date 2025-02-30 (MENAFN) Text."));
        assertEquals("""
                file: e.txt
                format: unknown
                reject: EMPTY file is 0 bytes
                """, inspect("e.txt", ""));
    }
}
