package dev.wireetl.tools.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class GmbDocumentsTest {
    // Invented sentences in the file's layout: the first field starts a sentence, quoted fields hold commas.
    private static final String CSV = """
            Sentence #,Word,POS,Tag
            Sentence: 1,Officials,NNS,O
            ,say,VBP,O
            ,\"\"\"\",``,O
            ,prices,NNS,O
            ,rose,VBD,O
            ,\"\"\"\",'',O
            ,$,$,O
            ,"1,200",CD,O
            ,(,(,O
            ,12,CD,O
            ,%,NN,O
            ,),),O
            ,.,.,O
            Sentence: 2,Farmer,NNP,B-per
            ,'s,POS,O
            ,crops,NNS,O
            ,",",",",O
            ,too,RB,O
            ,.,.,O
            Sentence: 3,Done,VBN,O
            ,.,.,O
            """;

    @Test
    void rebuildsTextOfASentenceRun() throws IOException {
        GmbDocuments gmb = GmbDocuments.parse(CSV);
        assertEquals(3, gmb.sentenceCount());
        assertEquals("Officials say \"prices rose\" $1,200 (12%). Farmer's crops, too.",
                gmb.body("gmb/ner_dataset.csv#sentences=1-2"));
        assertEquals("Done.", gmb.body("gmb/ner_dataset.csv#sentences=3-3"));
    }

    @Test
    void rejectsBadRanges() throws IOException {
        GmbDocuments gmb = GmbDocuments.parse(CSV);
        assertEquals("sentence range out of 1..3: gmb/x.csv#sentences=2-4",
                assertThrows(IOException.class, () -> gmb.body("gmb/x.csv#sentences=2-4")).getMessage());
        assertEquals("bad sentence range in gmb/x.csv#sentences=a-b",
                assertThrows(IOException.class, () -> gmb.body("gmb/x.csv#sentences=a-b")).getMessage());
        assertEquals("not a GMB document name (expected #sentences=FIRST-LAST): gmb/x.csv",
                assertThrows(IOException.class, () -> gmb.body("gmb/x.csv")).getMessage());
    }

    @Test
    void rejectsMalformedLines() {
        assertEquals("line 2: expected 4 fields, found 2", assertThrows(IOException.class,
                () -> GmbDocuments.parse("Sentence #,Word,POS,Tag\nSentence: 1,Only\n")).getMessage());
        assertEquals("line 2: token before the first sentence", assertThrows(IOException.class,
                () -> GmbDocuments.parse("Sentence #,Word,POS,Tag\n,word,NN,O\n")).getMessage());
    }
}
