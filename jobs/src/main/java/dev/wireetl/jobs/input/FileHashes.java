package dev.wireetl.jobs.input;

import dev.wireetl.jobs.spark.HadoopConf;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.apache.spark.sql.types.DataTypes.StringType;

/**
 * The SHA-256 of each listed file's bytes ({@code content_hash}), computed on the executors in one streaming
 * pass (64 KiB at a time, whatever the file's size). The ledger records it, so an incremental run sees a file
 * rewritten with the same size and modification time. Rows the listing already rejected, and files that are
 * no longer regular, are never opened: their hash is null, as is that of a file that cannot be read (the parse
 * step then reports it).
 */
public final class FileHashes implements MapFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    public static final String CONTENT_HASH = "content_hash";
    public static final StructType SCHEMA = WireFileListing.SCHEMA.add(CONTENT_HASH, StringType, true);
    private static final int BUFFER_BYTES = 64 * 1024;

    private final HadoopConf hadoopConf;

    private FileHashes(HadoopConf hadoopConf) {
        this.hadoopConf = hadoopConf;
    }

    /** The listing with {@link #CONTENT_HASH} added. */
    public static Dataset<Row> withContentHash(Dataset<Row> listed, HadoopConf hadoopConf) {
        return listed.map(new FileHashes(hadoopConf), Encoders.row(SCHEMA));
    }

    @Override
    public Row call(Row file) {
        Object[] values = new Object[SCHEMA.size()];
        for (int i = 0; i < file.size(); i++) {
            values[i] = file.get(i);
        }
        if (file.isNullAt(file.fieldIndex("listing_reason"))) {
            values[values.length - 1] = sha256(new Path(file.<String>getAs("path")));
        }
        return RowFactory.create(values);
    }

    private String sha256(Path path) {
        if ("file".equals(path.toUri().getScheme())
                && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(path.toUri()))) {
            return null;
        }
        try (FSDataInputStream in = path.getFileSystem(hadoopConf.get()).open(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[BUFFER_BYTES];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
