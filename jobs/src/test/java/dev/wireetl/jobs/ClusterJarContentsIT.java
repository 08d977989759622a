package dev.wireetl.jobs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shaded cluster jar (built by {@code package}, before this runs) holds the product and no tooling: no class
 * of the tools module, no tool registered as a command, and its entry point is the command line.
 */
class ClusterJarContentsIT {
    /** Names of the tooling classes that used to ship in the jar; none may come back under any package. */
    static final List<String> TOOLING = List.of("TrainNer", "EvaluateNer", "BuildGazetteers", "EntityBenchmark",
            "SyntheticSports", "NerCorpus", "ConllEval", "MiniJson", "FigureEvaluation", "FigureEvalCorpus",
            "FigureBenchmark", "CorpusParseReport", "ConllFiles", "ConllScorer", "ConllSentence", "SparkNlpTrainer",
            "SparkNlpCommands", "SparkNlpBenchmark", "NlpArguments", "BenchmarkRunner", "CorpusGenerator",
            "RawLimitBaseline", "ListingCheck");

    @Test
    void holdsTheProductAndNoToolingClass() throws IOException {
        String jar = System.getProperty("wireetl.it.appJar");
        try (JarFile file = new JarFile(jar)) {
            TreeSet<String> ours = new TreeSet<>();
            for (ZipEntry entry : Collections.list(file.entries())) {
                if (entry.getName().startsWith("dev/wireetl/")) {
                    ours.add(entry.getName());
                }
            }
            for (String name : ours) {
                assertTrue(!name.startsWith("dev/wireetl/tools/"), name);
                String simple = name.substring(name.lastIndexOf('/') + 1).replaceFirst("[$.].*", "");
                assertTrue(!TOOLING.contains(simple), name);
            }
            assertTrue(ours.contains("dev/wireetl/jobs/cli/WireEtl.class"), ours.toString());
            assertTrue(ours.contains("dev/wireetl/jobs/pipeline/WireEtlJob.class"), ours.toString());
            assertTrue(ours.contains("dev/wireetl/common/format/WireFileParser.class"), ours.toString());
            assertEquals(null, file.getEntry("META-INF/services/dev.wireetl.jobs.cli.Subcommand"));
            assertEquals("dev.wireetl.jobs.cli.WireEtl", file.getManifest().getMainAttributes().getValue("Main-Class"));
        }
    }
}
