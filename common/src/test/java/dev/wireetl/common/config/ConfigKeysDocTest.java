package dev.wireetl.common.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** README's configuration table and conf/wire-etl.properties list exactly JobConfig's keys, with its defaults. */
class ConfigKeysDocTest {
    /** The repository root: tests run in common/, an IDE may run them from the root. */
    static final Path ROOT = Files.isRegularFile(Path.of("README.md")) ? Path.of(".") : Path.of("..");

    /** {@code | `key` | `default` | meaning |}; a default written as "empty" is the empty string. */
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z.-]+)` \\| (`([^`]*)`|empty) \\|");

    static Map<String, String> jobConfigDefaults() {
        Map<String, String> defaults = new TreeMap<>();
        for (ConfigKey<?> key : JobConfig.KEYS) {
            defaults.put(key.name(), key.defaultValue());
        }
        return defaults;
    }

    @Test
    void readmeTableHasEveryKeyWithItsDefault() throws IOException {
        List<String> lines = Files.readAllLines(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = lines.indexOf("## Configuration");
        Map<String, String> documented = new TreeMap<>();
        for (String line : lines.subList(start, lines.size())) {
            if (line.startsWith("## ") && !line.equals("## Configuration")) {
                break;
            }
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                documented.put(m.group(1), m.group(3) == null ? "" : m.group(3));
            }
        }
        assertEquals(jobConfigDefaults(), documented);
    }

    @Test
    void shippedPropertiesFileHasEveryKeyWithItsDefault() throws IOException {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("conf/wire-etl.properties"), StandardCharsets.UTF_8)) {
            props.load(reader);
        }
        Map<String, String> shipped = new TreeMap<>();
        props.stringPropertyNames().forEach(name -> shipped.put(name, props.getProperty(name).strip()));
        assertEquals(jobConfigDefaults(), shipped);
    }
}
