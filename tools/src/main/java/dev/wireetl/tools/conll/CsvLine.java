package dev.wireetl.tools.conll;

import java.util.ArrayList;
import java.util.List;

/** Splits the lines of the GMB corpus CSV, for {@link NerCorpus} and the figures evaluation's GMB documents. */
public final class CsvLine {
    private CsvLine() {
    }

    /** The fields of one RFC 4180 CSV line: quoted fields may hold commas and doubled quotes. */
    public static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
