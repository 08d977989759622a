package dev.wireetl.common.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Reads and writes a tagger model directory: {@code weights.bin.gz} (see {@link NerTagger#write}),
 * {@code clusters.tsv} (see {@link WordClusters}) and {@code model.properties} (how it was trained).
 */
public final class NerModel {
    static final String WEIGHTS = "weights.bin.gz";
    static final String CLUSTERS = "clusters.tsv";
    static final String PROPERTIES = "model.properties";

    private NerModel() {
    }

    public static NerTagger load(ResourceOpener modelDir, Gazetteer gazetteer) throws IOException {
        WordClusters clusters;
        try (InputStream in = modelDir.open(CLUSTERS)) {
            clusters = WordClusters.read(in);
        }
        try (InputStream in = modelDir.open(WEIGHTS)) {
            return NerTagger.read(in, gazetteer, clusters);
        }
    }

    public static void save(Path dir, NerTagger tagger, WordClusters clusters, Properties props) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve(WEIGHTS))) {
            tagger.write(out);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve(CLUSTERS))) {
            clusters.write(out);
        }
        StringBuilder b = new StringBuilder();
        props.stringPropertyNames().stream().sorted()
                .forEach(k -> b.append(k).append('=').append(props.getProperty(k)).append('\n'));
        Files.writeString(dir.resolve(PROPERTIES), b.toString(), StandardCharsets.UTF_8);
    }
}
