package dev.wireetl.jobs.cli;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.core.impl.Log4jLogEvent;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.apache.logging.log4j.message.SimpleMessage;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shipped log configuration writes a message with CR/LF in it (a file name, say) as one line. */
class LogConfigTest {
    private static final Path ROOT = Files.isRegularFile(Path.of("README.md")) ? Path.of(".") : Path.of("..");

    @Test
    void crAndLfInAMessageAreEscapedNotWritten() throws IOException {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("conf/log4j2.properties"), StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        PatternLayout layout = PatternLayout.newBuilder()
                .withPattern(props.getProperty("appender.stderr.layout.pattern")).build();
        String line = layout.toSerializable(Log4jLogEvent.newBuilder().setLoggerName("dev.wireetl.X")
                .setLevel(Level.WARN).setTimeMillis(0L)
                .setMessage(new SimpleMessage("parser failed on file:/in/a\r\n2025-01-07 00:00:00 INFO forged.txt"))
                .build());
        assertEquals("WARN  X: parser failed on file:/in/a\\r\\n2025-01-07 00:00:00 INFO forged.txt"
                + System.lineSeparator(), line.substring(line.indexOf("WARN")));
    }
}
