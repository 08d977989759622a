package dev.wireetl.tools.sparknlp;

import dev.wireetl.common.config.ConfigException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** {@code --flag value} options of the NLP commands; every problem is a {@link ConfigException} naming the flag. */
final class NlpArguments {
    /** The only engine these commands implement; {@code --engine} may be given but must say this. */
    static final String ENGINE = "sparknlp";

    private final Map<String, String> values;

    private NlpArguments(Map<String, String> values) {
        this.values = values;
    }

    /** Parses {@code args}; {@code --engine} is always accepted besides {@code flags}. */
    static NlpArguments parse(List<String> args, Set<String> flags) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            if (!flags.contains(flag) && !flag.equals("--engine")) {
                Set<String> known = new TreeSet<>(flags);
                known.add("--engine");
                throw new ConfigException("unknown option '" + flag + "' (options: " + String.join(" ", known) + ")");
            }
            if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                throw new ConfigException(flag + " needs a value");
            }
            values.put(flag, args.get(++i));
        }
        String engine = values.getOrDefault("--engine", ENGINE);
        if (!engine.equals(ENGINE)) {
            throw new ConfigException("--engine '" + engine + "' is not handled here (only '" + ENGINE + "')");
        }
        return new NlpArguments(values);
    }

    String required(String flag) {
        String value = values.get(flag);
        if (value == null || value.isBlank()) {
            throw new ConfigException(flag + " is required");
        }
        return value;
    }

    /** The value, or {@code fallback} when the flag is absent. */
    String optional(String flag, String fallback) {
        return values.getOrDefault(flag, fallback);
    }

    /** A value of at least {@code min}, or {@code fallback} when the flag is absent. */
    int integer(String flag, int fallback, int min) {
        String value = values.get(flag);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n < min) {
                throw new ConfigException(flag + " must be at least " + min + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(flag + " must be a whole number, not '" + value + "'");
        }
    }

    /** Comma-separated local files that must exist. */
    List<Path> existingFiles(String flag) {
        List<Path> files = new ArrayList<>();
        for (String name : required(flag).split(",")) {
            Path file = Path.of(name.strip());
            if (!Files.isRegularFile(file)) {
                throw new ConfigException(flag + ": no such file '" + name.strip() + "'");
            }
            files.add(file);
        }
        return files;
    }
}
