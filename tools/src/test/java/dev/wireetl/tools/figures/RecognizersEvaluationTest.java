package dev.wireetl.tools.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RecognizersEvaluationTest {

    @Test
    void printsPassedComparedAndLeftOutPerFileAndTheTotalLine() throws IOException, URISyntaxException {
        Path specs = Path.of(getClass().getResource("specs").toURI());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RecognizersEvaluation.run(specs, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals("""
                DateTime/English/DurationParser.json passed=1 compared=1 left_out=1
                  left out 1: lower-case month or weekday name (news capitalises them; `may`, `march`, `sun` are words here)
                Number/English/PercentModel.json passed=2 compared=3 left_out=0
                recognizers passed=3 compared=4
                """, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void periodStartsOfResolvedValues() {
        assertEquals("2016-01-01", RecognizersEvaluation.periodStart("2016"));
        assertEquals("2016-11-01", RecognizersEvaluation.periodStart("2016-11"));
        assertEquals("2016-11-07", RecognizersEvaluation.periodStart("2016-W45"));
        assertEquals("2016-07-01", RecognizersEvaluation.periodStart("2016-Q3"));
        assertEquals("2016-07-01", RecognizersEvaluation.periodStart("2016-H2"));
        assertEquals("2009-01-01", RecognizersEvaluation.periodStart("2009/2011"));
        assertNull(RecognizersEvaluation.periodStart("2016-SU"));
        assertNull(RecognizersEvaluation.periodStart(null));
    }
}
