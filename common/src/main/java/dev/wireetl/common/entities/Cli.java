package dev.wireetl.common.entities;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Parses {@code --name value} and {@code --flag} command-line options for the entity mains. */
final class Cli {
    private Cli() {
    }

    /**
     * Parses {@code args}; {@code valued} options take the next argument, {@code flags} take none.
     *
     * @throws IllegalArgumentException on an unknown option or a missing value
     */
    static Map<String, String> parse(String[] args, Set<String> valued, Set<String> flags) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (flags.contains(a)) {
                m.put(a, "true");
            } else if (valued.contains(a)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value for " + a);
                }
                m.put(a, args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + a);
            }
        }
        return m;
    }

    /** @throws IllegalArgumentException if one of {@code names} is absent */
    static void require(Map<String, String> opts, String... names) {
        for (String n : names) {
            if (!opts.containsKey(n)) {
                throw new IllegalArgumentException("missing required " + n);
            }
        }
    }
}
