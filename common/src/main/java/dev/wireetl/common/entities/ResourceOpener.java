package dev.wireetl.common.entities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a named file of a model or gazetteer directory. The Spark job passes one backed by Hadoop's
 * FileSystem (HDFS, S3); {@link #of(Path)} reads a local directory.
 */
@FunctionalInterface
public interface ResourceOpener {
    /** Opens {@code name} (a file name inside the directory) for reading. */
    InputStream open(String name) throws IOException;

    /** An opener reading files of the local directory {@code dir}. */
    static ResourceOpener of(Path dir) {
        return name -> Files.newInputStream(dir.resolve(name));
    }
}
