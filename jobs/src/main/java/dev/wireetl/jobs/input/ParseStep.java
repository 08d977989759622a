package dev.wireetl.jobs.input;

import dev.wireetl.common.format.ParserSettings;
import dev.wireetl.common.format.RawFile;
import dev.wireetl.common.format.TextDecoder;
import dev.wireetl.common.format.WireFileParser;
import dev.wireetl.common.model.ArticleIds;
import dev.wireetl.common.model.ParseResult;
import dev.wireetl.common.model.ProvidedEntity;
import dev.wireetl.common.model.Reject;
import dev.wireetl.common.model.RejectReason;
import dev.wireetl.common.model.Story;
import dev.wireetl.jobs.spark.HadoopConf;
import dev.wireetl.jobs.table.RowBuilder;
import dev.wireetl.jobs.table.Tables;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Executor side of {@code parseStories}: reads each listed file through Hadoop's FileSystem (so file:,
 * hdfs: and s3a: work alike), parses it with {@link WireFileParser}, and emits one row per story or
 * reject in {@link Tables#PARSED_SCHEMA}. File contents never travel to the driver.
 */
public final class ParseStep implements FlatMapFunction<Row, Row>, Serializable {
    private static final long serialVersionUID = 1L;
    /** How much of a rejected file the {@code head} column shows. */
    static final int HEAD_BYTES = 256;

    private final HadoopConf hadoopConf;
    private final long maxFileBytes;
    private final LocalDate defaultDate;
    private final String runId;
    private final Instant ingestedAt;

    private transient WireFileParser parser;

    public ParseStep(HadoopConf hadoopConf, long maxFileBytes, LocalDate defaultDate, String runId, Instant ingestedAt) {
        this.hadoopConf = hadoopConf;
        this.maxFileBytes = maxFileBytes;
        this.defaultDate = defaultDate;
        this.runId = runId;
        this.ingestedAt = ingestedAt;
    }

    @Override
    public Iterator<Row> call(Row file) {
        if (parser == null) {
            parser = new WireFileParser(new ParserSettings(maxFileBytes, defaultDate));
        }
        String listed = file.getAs("path");
        long size = file.<Long>getAs("length");
        Instant modified = file.isNullAt(file.fieldIndex("modificationTime")) ? Instant.EPOCH
                : file.<Instant>getAs("modificationTime");
        Path path = new Path(listed);
        String sourcePath = listed;
        LocalDate fileDate = modified.atZone(ZoneOffset.UTC).toLocalDate();

        String listingReason = file.getAs("listing_reason");
        if (listingReason != null) {
            return ofFile(Collections.singletonList(reject(sourcePath, size, fileDate, WireFileParser.UNKNOWN_FORMAT,
                    Reject.of(RejectReason.valueOf(listingReason), file.getAs("listing_message")), new byte[0])))
                    .iterator();
        }
        if (size > maxFileBytes) {
            byte[] head = readHead(path);
            return ofFile(Collections.singletonList(reject(sourcePath, size, fileDate, WireFileParser.UNKNOWN_FORMAT,
                    Reject.of(RejectReason.TOO_LARGE, "file is " + size + " bytes; limit is " + maxFileBytes
                            + " (input.max-file-bytes)"), head))).iterator();
        }
        if ("file".equals(path.toUri().getScheme()) && !isRegularLocalFile(path)) {
            // listed as a regular file, replaced since (a FIFO would block this task forever): never opened
            return ofFile(Collections.singletonList(reject(sourcePath, size, fileDate, WireFileParser.UNKNOWN_FORMAT,
                    Reject.of(RejectReason.NOT_REGULAR, "not a regular file when it was to be read; not opened"),
                    new byte[0]))).iterator();
        }
        return orOutOfMemoryReject(() -> parseFile(path, sourcePath, size, modified, fileDate),
                e -> ofFile(Collections.singletonList(reject(sourcePath, size, fileDate, WireFileParser.UNKNOWN_FORMAT,
                        outOfMemory(size, e), readHead(path))))).iterator();
    }

    /**
     * The rows {@code parse} gives, or those {@code onOutOfMemory} makes when it runs out of memory. The file's
     * bytes and text are unreachable once the error has left {@code parse}, so the task can go on; rethrowing
     * would fail the task, and every retry of it, on the same file.
     */
    static List<Row> orOutOfMemoryReject(java.util.function.Supplier<List<Row>> parse,
                                         java.util.function.Function<OutOfMemoryError, List<Row>> onOutOfMemory) {
        try {
            return parse.get();
        } catch (OutOfMemoryError e) {
            return onOutOfMemory.apply(e);
        }
    }

    static Reject outOfMemory(long size, OutOfMemoryError e) {
        return Reject.of(RejectReason.OUT_OF_MEMORY, "file of " + size + " bytes could not be held in the task's"
                + " memory (" + e.getMessage() + "); give executors more memory or lower input.max-file-bytes");
    }

    private static boolean isRegularLocalFile(Path path) {
        return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(path.toUri()));
    }

    /** Reads and parses one file; its bytes live only inside this call. */
    private List<Row> parseFile(Path path, String sourcePath, long size, Instant modified, LocalDate fileDate) {
        byte[] bytes;
        try {
            bytes = readAll(path, size);
        } catch (FileNotFoundException e) {
            return ofFile(Collections.singletonList(reject(sourcePath, size, fileDate, WireFileParser.UNKNOWN_FORMAT,
                    Reject.of(RejectReason.UNREADABLE, "file vanished before it could be read: " + e.getMessage()),
                    new byte[0])));
        } catch (IOException e) {
            return ofFile(Collections.singletonList(reject(sourcePath, size, fileDate, WireFileParser.UNKNOWN_FORMAT,
                    Reject.of(RejectReason.UNREADABLE, "cannot read file: " + e), new byte[0])));
        }

        ParseResult result = parser.parse(new RawFile(sourcePath, bytes, modified.toEpochMilli()));
        List<Object[]> rows = new ArrayList<>(result.stories().size() + result.rejects().size());
        for (Story story : result.stories()) {
            rows.add(article(story, sourcePath, bytes.length, fileDate));
        }
        for (Reject r : result.rejects()) {
            rows.add(reject(sourcePath, bytes.length, fileDate, result.format(), r, bytes));
        }
        if (rows.isEmpty()) {
            rows.add(reject(sourcePath, bytes.length, fileDate, result.format(),
                    Reject.of(RejectReason.MALFORMED, "no story found in file"), bytes));
        }
        return ofFile(rows);
    }

    /**
     * One file's rows, each told its position in the file and the file's article count ({@link Tables#FILE_ROW},
     * {@link Tables#FILE_ARTICLES}): the run's file counts then need no grouping by file.
     */
    private static List<Row> ofFile(List<Object[]> values) {
        int articles = 0;
        for (Object[] v : values) {
            if (Tables.OUTCOME_ARTICLE.equals(v[OUTCOME_INDEX])) {
                articles++;
            }
        }
        List<Row> rows = new ArrayList<>(values.size());
        for (Object[] v : values) {
            set(v, Tables.FILE_ROW, rows.size());
            set(v, Tables.FILE_ARTICLES, articles);
            rows.add(RowFactory.create(v));
        }
        return rows;
    }

    private Object[] article(Story story, String sourcePath, long size, LocalDate fileDate) {
        String sha = ArticleIds.contentSha256(story);
        Object[] v = ROWS.values();
        set(v, Tables.OUTCOME, Tables.OUTCOME_ARTICLE);
        set(v, "article_id", ArticleIds.articleId(story, sha));
        set(v, "wire_id", story.wireId());
        set(v, "source", story.source());
        set(v, "provider", story.provider());
        set(v, "provider_code", story.providerCode());
        set(v, "article_number", story.articleNumber());
        set(v, "story_ref", story.storyRef());
        set(v, "published_date", story.publishedDate());
        set(v, "published_ts", story.publishedTs());
        set(v, "date_source", story.dateSource().name());
        set(v, "wire_date", story.wireDate());
        set(v, "dateline", story.dateline());
        set(v, "headline", story.headline());
        set(v, "byline", story.byline());
        set(v, "body", story.body());
        set(v, "paragraph_count", story.paragraphCount());
        set(v, "word_count", story.wordCount());
        set(v, "flags", story.flags().toArray(new String[0]));
        set(v, "topics", listOrNull(story.topics()));
        set(v, "places", listOrNull(story.places()));
        set(v, "people", listOrNull(story.people()));
        set(v, "orgs", listOrNull(story.orgs()));
        set(v, "exchanges", listOrNull(story.exchanges()));
        set(v, "keywords", listOrNull(story.keywords()));
        set(v, "provided_entities", providedEntities(story.providedEntities()));
        set(v, "format", story.format());
        set(v, "charset", story.charset());
        set(v, "source_path", sourcePath);
        set(v, "content_sha256", sha);
        set(v, "run_id", runId);
        set(v, "ingested_at", ingestedAt);
        set(v, Tables.PUB_DATE, story.publishedDate());
        set(v, "file_size", size);
        set(v, Tables.FILE_DATE, fileDate);
        return v;
    }

    private Object[] reject(String sourcePath, long size, LocalDate fileDate, String format, Reject r, byte[] bytes) {
        Object[] v = ROWS.values();
        set(v, Tables.OUTCOME, Tables.OUTCOME_REJECT);
        set(v, "source_path", sourcePath);
        set(v, "story_ref", r.storyRef());
        set(v, "reason", r.reason().name());
        set(v, "message", r.message());
        set(v, "head", TextDecoder.preview(bytes, HEAD_BYTES));
        set(v, "file_size", size);
        set(v, "format", format);
        set(v, "run_id", runId);
        set(v, "rejected_at", ingestedAt);
        set(v, Tables.FILE_DATE, fileDate);
        return v;
    }

    private static final RowBuilder ROWS = new RowBuilder(Tables.PARSED_SCHEMA);
    private static final int OUTCOME_INDEX = Tables.PARSED_SCHEMA.fieldIndex(Tables.OUTCOME);

    private static void set(Object[] values, String column, Object value) {
        ROWS.set(values, column, value);
    }

    private static String[] listOrNull(List<String> list) {
        return list.isEmpty() ? null : list.toArray(new String[0]);
    }

    private static Row[] providedEntities(List<ProvidedEntity> entities) {
        if (entities.isEmpty()) {
            return null;
        }
        return entities.stream().map(e -> RowFactory.create(e.type(), e.text())).toArray(Row[]::new);
    }

    private byte[] readAll(Path path, long listedSize) throws IOException {
        FileSystem fs = path.getFileSystem(hadoopConf.get());
        try (FSDataInputStream in = fs.open(path)) {
            // The file may have grown since it was listed: read at most limit + 1 bytes so the parser sees it.
            return readUpTo(in, (int) Math.min(maxFileBytes + 1, Integer.MAX_VALUE - 16), listedSize);
        }
    }

    private byte[] readHead(Path path) {
        try (FSDataInputStream in = path.getFileSystem(hadoopConf.get()).open(path)) {
            return readUpTo(in, HEAD_BYTES, HEAD_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static byte[] readUpTo(InputStream in, int limit, long expected) throws IOException {
        byte[] buf = new byte[(int) Math.max(0, Math.min(expected, limit))];
        int n = 0;
        while (true) {
            if (n == buf.length) {
                if (n >= limit) {
                    break;
                }
                buf = Arrays.copyOf(buf, (int) Math.min((long) limit, Math.max(1024L, n * 2L)));
            }
            int r = in.read(buf, n, buf.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n == buf.length ? buf : Arrays.copyOf(buf, n);
    }
}
