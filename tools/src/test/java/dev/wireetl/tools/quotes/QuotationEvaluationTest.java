package dev.wireetl.tools.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wireetl.common.quotes.Quotation;
import dev.wireetl.common.quotes.QuotationKind;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotationEvaluationTest {
    private static final String BODY = "Rain fell, the agency said. Ana Ruiz said the dam held. \"It held,\" she said.";

    private static Quotation predicted(String text, String speaker) {
        int b = BODY.indexOf(text);
        return new Quotation(QuotationKind.REPORTED, b, b + text.length(), text, "say", speaker, 0, 1, null, speaker, 0);
    }

    @Test
    void spansMatchByOverlapAndSpeakersByNormalisedName() throws IOException {
        List<QuotationEvaluation.GoldQuotation> gold = QuotationEvaluation.locate("doc", BODY, new ObjectMapper()
                .readTree("[{\"text\": \"Rain fell\", \"speaker\": \"agency\"},"
                        + "{\"text\": \"the dam  held\", \"speaker\": \"Ana Ruiz\"},"
                        + "{\"text\": \"It held\", \"speaker\": \"Ana Ruiz\"}]"));
        assertEquals(BODY.indexOf("the dam"), gold.get(1).begin());
        QuotationEvaluation.Score spans = new QuotationEvaluation.Score();
        QuotationEvaluation.Score speakers = new QuotationEvaluation.Score();
        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        QuotationEvaluation.score(gold, List.of(predicted("Rain", "The Agency"), predicted("dam held", "Ana"),
                        predicted("fell, the", null)), spans, speakers, true,
                new PrintStream(listed, true, StandardCharsets.UTF_8));
        assertEquals("precision=0.6667 recall=0.6667 f1=0.6667 tp=2 predicted=3 gold=3", spans.line());
        assertEquals("precision=0.5000 recall=0.3333 f1=0.4000 tp=1 predicted=2 gold=3", speakers.line());
        assertEquals("  wrong speaker: Ana (Ana) for Ana Ruiz: dam held\n  false alarm: REPORTED [null] fell, the\n"
                + "  missed: [Ana Ruiz] It held\n", listed.toString(StandardCharsets.UTF_8));
    }

    @Test
    void normalisingDropsArticleCaseAndApostropheForms() {
        assertEquals("ukraine's air force", QuotationEvaluation.normalise("Ukraine\u2019s air force"));
        assertEquals("iran's judiciary", QuotationEvaluation.normalise("Iran 's judiciary"));
        assertEquals("finance ministry", QuotationEvaluation.normalise("The finance ministry."));
    }
}
