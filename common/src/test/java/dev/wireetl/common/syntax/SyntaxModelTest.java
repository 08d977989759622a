package dev.wireetl.common.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wireetl.common.text.Tokenizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The shipped model on invented sentences. */
class SyntaxModelTest {
    static final Path MODEL = Path.of("../conf/models/syntax");

    private static SyntaxModel model() {
        return SyntaxModel.shared(MODEL);
    }

    /** word/UPOS/XPOS/head/deprel per word. */
    private static String tree(String text) {
        ParsedSentence p = model().analyse(Tokenizer.instance().tokenize(text));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < p.size(); i++) {
            b.append(i == 0 ? "" : " ").append(p.words()[i]).append('/').append(p.upos()[i]).append('/')
                    .append(p.xpos()[i]).append('/').append(p.head()[i]).append('/').append(p.deprel()[i]);
        }
        return b.toString();
    }

    @Test
    void parsesAReportedClause() {
        assertEquals("The/DET/DT/2/det minister/NOUN/NN/3/nsubj said/VERB/VBD/0/root the/DET/DT/5/det "
                + "talks/NOUN/NNS/7/nsubj had/AUX/VBD/7/aux failed/VERB/VBN/3/ccomp ./PUNCT/./3/punct",
                tree("The minister said the talks had failed."));
    }

    @Test
    void attachesACountToWhatItCounts() {
        // 128 counts the drones (nummod), the drones are what was launched (obj)
        assertEquals("Ukraine/PROPN/NNP/2/nsubj said/VERB/VBD/0/root Russia/PROPN/NNP/5/nsubj had/AUX/VBD/5/aux "
                + "launched/VERB/VBN/2/ccomp 128/NUM/CD/7/nummod drones/NOUN/NNS/5/obj overnight/ADV/RB/5/advmod "
                + "./PUNCT/./2/punct", tree("Ukraine said Russia had launched 128 drones overnight."));
    }

    @Test
    void attachesABareTemporalNounToTheVerb() {
        assertEquals("The/DET/DT/2/det company/NOUN/NN/3/nsubj sold/VERB/VBD/0/root 40/NUM/CD/5/nummod "
                + "trucks/NOUN/NNS/3/obj last/ADJ/JJ/7/amod year/NOUN/NN/3/obl:unmarked ./PUNCT/./3/punct",
                tree("The company sold 40 trucks last year."));
    }

    @Test
    void attachesTheTotalOfAnOutOfFigureToItsCount() {
        // EWT annotates "N out of M noun" two ways. The model takes the analysis of "at least 5 out of 18
        // governorates": the first number is the object, the noun its nmod, the total the noun's nummod, "out" a
        // case marker of the noun. One arc differs from EWT: "of" is attached to the total, not to the noun
        // (TreeAttachment reads "out" alone as the partitive's case for that reason).
        assertEquals("Ukrainian/ADJ/JJ/2/amod forces/NOUN/NNS/3/nsubj downed/VERB/VBD/0/root 79/NUM/CD/3/obj "
                + "out/ADP/IN/9/case of/ADP/IN/7/case 128/NUM/CD/9/nummod Russian/ADJ/JJ/9/amod "
                + "drones/NOUN/NNS/4/nmod ./PUNCT/./3/punct",
                tree("Ukrainian forces downed 79 out of 128 Russian drones."));
    }

    @Test
    void parsesAtLeastAsEwtDoes() {
        // EWT: "at" case of "least", "least" nmod of the number ("at least 5 out of 18 governorates")
        assertEquals("Floods/NOUN/NNS/3/nsubj have/AUX/VBP/3/aux killed/VERB/VBN/0/root at/ADP/IN/5/case "
                + "least/ADJ/JJS/6/nmod 40/NUM/CD/7/nummod people/NOUN/NNS/3/obj ./PUNCT/./3/punct",
                tree("Floods have killed at least 40 people."));
    }

    @Test
    void parsesAnObliqueWithItsCase() {
        assertEquals("Rescuers/NOUN/NNS/2/nsubj pulled/VERB/VBD/0/root three/NUM/CD/4/nummod "
                + "children/NOUN/NNS/2/obj from/ADP/IN/7/case the/DET/DT/7/det rubble/NOUN/NN/2/obl "
                + "./PUNCT/./2/punct", tree("Rescuers pulled three children from the rubble."));
    }

    @Test
    void givesLemmas() {
        ParsedSentence p = model().analyse(Tokenizer.instance().tokenize("The boats were sinking."));
        assertEquals("the boat be sink .", String.join(" ", p.lemma()));
    }

    @Test
    void concurrentParsesEqualSequentialOnes() throws Exception {
        List<String> texts = List.of("Ukrainian forces downed 79 out of 128 Russian drones.",
                "Prices rose 24% in March.", "The minister said the talks had failed.",
                "Shares in the Belgorod-based firm fell 3.5% on Tuesday after it cut its forecast.",
                "Rebels fired 12 missiles at the city, officials said.");
        List<String> sequential = new ArrayList<>();
        for (String t : texts) {
            sequential.add(tree(t));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int r = 0; r < 8; r++) {
                runs.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (int k = 0; k < 50; k++) {
                        for (String t : texts) {
                            out.add(tree(t));
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<String>> f : runs) {
                List<String> out = f.get();
                for (int i = 0; i < out.size(); i++) {
                    assertEquals(sequential.get(i % texts.size()), out.get(i));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
