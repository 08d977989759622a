package dev.wireetl.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/** Copies test fixture trees out of the classpath into a temporary folder. */
public final class TestFixtures {
    /** The shipped models and gazetteers, seen from the jobs module (tests run with jobs/ as working dir). */
    public static final List<String> NLP_PATHS = List.of("--set", "nlp.model-path=../conf/models/ner",
            "--set", "nlp.gazetteer-path=../conf/gazetteer", "--set", "nlp.syntax-model-path=../conf/models/syntax");

    private TestFixtures() {
    }

    public static Path copyTree(String resource, Path target) {
        try {
            Path source = Path.of(TestFixtures.class.getResource(resource).toURI());
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path p : (Iterable<Path>) paths::iterator) {
                    Path dest = target.resolve(source.relativize(p).toString());
                    if (Files.isDirectory(p)) {
                        Files.createDirectories(dest);
                    } else {
                        Files.copy(p, dest, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes a named pipe with mkfifo (POSIX): the job must never open one, or its task would block forever. */
    public static void mkfifo(Path fifo) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
            throw new IOException("mkfifo " + fifo + " failed");
        }
    }
}
