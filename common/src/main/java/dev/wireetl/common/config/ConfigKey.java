package dev.wireetl.common.config;

import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * One configuration key: its name, default, documentation and the check its value must pass.
 *
 * @param parser turns the text value into a typed value, throwing {@link IllegalArgumentException} with
 *               a message saying what is allowed; the caller prefixes the key name
 */
public record ConfigKey<T>(String name, String defaultValue, String description, Function<String, T> parser) {

    public T parse(String value) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("bad value for " + name + ": '" + value + "': " + e.getMessage());
        }
    }

    public static ConfigKey<String> string(String name, String defaultValue, String description) {
        return new ConfigKey<>(name, defaultValue, description, v -> {
            if (v.isBlank()) {
                throw new IllegalArgumentException("must not be empty");
            }
            return v;
        });
    }

    /** A string that may be empty (meaning "not set"). */
    public static ConfigKey<String> optional(String name, String description) {
        return new ConfigKey<>(name, "", description, v -> v);
    }

    public static ConfigKey<Long> positiveLong(String name, long defaultValue, String description) {
        return new ConfigKey<>(name, Long.toString(defaultValue), description, v -> {
            long parsed;
            try {
                parsed = Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a whole number");
            }
            if (parsed <= 0) {
                throw new IllegalArgumentException("must be greater than 0");
            }
            return parsed;
        });
    }

    public static ConfigKey<Integer> nonNegativeInt(String name, int defaultValue, String description) {
        return new ConfigKey<>(name, Integer.toString(defaultValue), description, v -> {
            int parsed;
            try {
                parsed = Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a whole number");
            }
            if (parsed < 0) {
                throw new IllegalArgumentException("must be 0 or more");
            }
            return parsed;
        });
    }

    public static ConfigKey<Boolean> bool(String name, boolean defaultValue, String description) {
        return new ConfigKey<>(name, Boolean.toString(defaultValue), description, v -> {
            String s = v.strip().toLowerCase(Locale.ROOT);
            if (s.equals("true")) {
                return true;
            }
            if (s.equals("false")) {
                return false;
            }
            throw new IllegalArgumentException("expected true or false");
        });
    }

    public static ConfigKey<String> oneOf(String name, String defaultValue, Set<String> allowed, String description) {
        return new ConfigKey<>(name, defaultValue, description, v -> {
            String s = v.strip().toLowerCase(Locale.ROOT);
            if (!allowed.contains(s)) {
                throw new IllegalArgumentException("expected one of " + new java.util.TreeSet<>(allowed));
            }
            return s;
        });
    }
}
