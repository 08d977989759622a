package dev.wireetl.common.figures;

import java.math.BigDecimal;

/** Reads one number (digits, fractions, number words, scales) starting at a token. */
final class Numbers {
    private Numbers() {
    }

    /**
     * A number read from tokens {@code first..last} inclusive.
     *
     * @param scaled    a scale word or suffix was applied ({@code bn}, {@code million})
     * @param word      written in words
     * @param integer   a plain integer in digits, no scale, no fraction, no thousands separator
     */
    record Match(int first, int last, double value, boolean scaled, boolean word, boolean integer) {
    }

    /** The number starting at token i, or null. */
    static Match parse(TokenStream t, int i) {
        if (t.is(i, TokenStream.NUM)) {
            return parseDigits(t, i);
        }
        if (t.is(i, TokenStream.WORD)) {
            return parseWords(t, i);
        }
        return null;
    }

    private static boolean attached(TokenStream t, int i) {
        return t.has(i, TokenStream.ATTACHED);
    }

    private static Match parseDigits(TokenStream t, int i) {
        String raw = t.norm[i];
        boolean hasComma = raw.indexOf(',') >= 0;
        boolean hasPoint = raw.indexOf('.') >= 0;
        BigDecimal number = new BigDecimal(hasComma ? raw.replace(",", "") : raw);
        int last = i;
        boolean fraction = false;
        if (t.isPunct(i + 1, '-') && attached(t, i + 1) && t.is(i + 2, TokenStream.NUM) && attached(t, i + 2)
                && t.isPunct(i + 3, '/') && attached(t, i + 3) && t.is(i + 4, TokenStream.NUM) && attached(t, i + 4)
                && !hasPoint && !(t.isPunct(i + 5, '/') && attached(t, i + 5))) {
            double f = simpleFraction(t.norm[i + 2], t.norm[i + 4]);
            if (f > 0) {
                return scale(t, i, i + 4, number.doubleValue() + f, false);
            }
        }
        if (t.isPunct(i + 1, '/') && attached(t, i + 1) && t.is(i + 2, TokenStream.NUM) && attached(t, i + 2)) {
            if (t.isPunct(i + 3, '/') && attached(t, i + 3)) {
                return null;
            }
            double f = hasPoint || hasComma ? -1 : simpleFraction(raw, t.norm[i + 2]);
            if (f <= 0) {
                return null;
            }
            last = i + 2;
            fraction = true;
            return scale(t, i, last, f, false);
        }
        int j = last + 1;
        if (t.is(j, TokenStream.WORD)) {
            Integer exp = Lexicon.SCALES.get(t.norm[j]);
            if (exp != null && (attached(t, j) || Lexicon.SPACED_SCALES.contains(t.norm[j]))) {
                if ((t.norm[j].startsWith("lakh") || t.norm[j].equals("thousand")) && t.is(j + 1, TokenStream.WORD)
                        && t.norm[j + 1].startsWith("cr")) {
                    // 2.5 lakh crore, 10 thousand crore: the scales multiply
                    exp += Lexicon.SCALES.getOrDefault(t.norm[j + 1], 0);
                    j++;
                }
                double v = number.scaleByPowerOfTen(exp).doubleValue();
                return new Match(i, j, v, true, false, false);
            }
        }
        // A hyphenated scale word in a compound modifier: a $500-million fee, an 18-million-dollar deal.
        if (t.isPunct(j, '-') && attached(t, j) && t.is(j + 1, TokenStream.WORD) && attached(t, j + 1)
                && Lexicon.SPACED_SCALES.contains(t.norm[j + 1]) && !t.norm[j + 1].equals("hundred")) {
            double v = number.scaleByPowerOfTen(Lexicon.SCALES.get(t.norm[j + 1])).doubleValue();
            return new Match(i, j + 1, v, true, false, false);
        }
        return new Match(i, last, number.doubleValue(), false, false, !hasComma && !hasPoint && !fraction);
    }

    /** n/d for a written fraction with a usual denominator, or -1. */
    private static double simpleFraction(String num, String den) {
        if (num.length() > 2 || den.length() > 2 || num.indexOf('.') >= 0 || den.indexOf('.') >= 0) {
            return -1;
        }
        int n = Integer.parseInt(num);
        int d = Integer.parseInt(den);
        boolean usual = d == 2 || d == 3 || d == 4 || d == 8 || d == 16 || d == 32 || d == 64;
        return usual && n > 0 && n < d ? (double) n / d : -1;
    }

    private static Match scale(TokenStream t, int first, int last, double value, boolean word) {
        int j = last + 1;
        if (t.is(j, TokenStream.WORD)) {
            Integer exp = Lexicon.SCALES.get(t.norm[j]);
            if (exp != null && (attached(t, j) || Lexicon.SPACED_SCALES.contains(t.norm[j]))) {
                return new Match(first, j, BigDecimal.valueOf(value).scaleByPowerOfTen(exp).doubleValue(), true, word,
                        false);
            }
        }
        return new Match(first, last, value, false, word, false);
    }

    /**
     * Number words: {@code three}, {@code twenty-one}, {@code two hundred and five}, {@code a dozen},
     * {@code half a million}, {@code three million}.
     */
    private static Match parseWords(TokenStream t, int i) {
        String w = t.norm[i];
        if (w.equals("a") || w.equals("an")) {
            String next = t.n(i + 1);
            if (next.equals("dozen")) {
                return new Match(i, i + 1, 12, false, true, false);
            }
            if (next.equals("hundred") || next.equals("thousand") || next.equals("million") || next.equals("billion")
                    || next.equals("trillion")) {
                return new Match(i, i + 1, Math.pow(10, Lexicon.SCALES.get(next)), true, true, false);
            }
            return null;
        }
        if (w.equals("half") && t.isWord(i + 1, "a")) {
            String next = t.n(i + 2);
            if (next.equals("dozen")) {
                return new Match(i, i + 2, 6, false, true, false);
            }
            if (next.equals("million") || next.equals("billion") || next.equals("thousand")) {
                return new Match(i, i + 2, 0.5 * Math.pow(10, Lexicon.SCALES.get(next)), true, true, false);
            }
            return null;
        }
        Integer small = Lexicon.SMALL_NUMBERS.get(w);
        if (small == null) {
            return null;
        }
        long value = small;
        int last = i;
        if (Lexicon.TENS.contains(w) && t.isPunct(i + 1, '-') && attached(t, i + 1) && attached(t, i + 2)) {
            Integer unit = Lexicon.SMALL_NUMBERS.get(t.n(i + 2));
            if (unit != null && unit < 10) {
                value += unit;
                last = i + 2;
            }
        } else if (Lexicon.TENS.contains(w) && Lexicon.SMALL_NUMBERS.containsKey(t.n(i + 1))
                && Lexicon.SMALL_NUMBERS.get(t.n(i + 1)) < 10) {
            value += Lexicon.SMALL_NUMBERS.get(t.n(i + 1));
            last = i + 1;
        }
        boolean scaled = false;
        if (t.isWord(last + 1, "hundred")) {
            value *= 100;
            last++;
            scaled = true;
            int k = last + 1;
            if (t.isWord(k, "and")) {
                k++;
            }
            Match rest = Lexicon.SMALL_NUMBERS.containsKey(t.n(k)) ? parseWords(t, k) : null;
            if (rest != null && rest.value() < 100 && !rest.scaled()) {
                value += (long) rest.value();
                last = rest.last();
            }
        }
        if (t.isWord(last + 1, "dozen")) {
            return new Match(i, last + 1, value * 12, false, true, false);
        }
        String next = t.n(last + 1);
        if (t.is(last + 1, TokenStream.WORD) && !next.equals("hundred") && Lexicon.SPACED_SCALES.contains(next)) {
            return new Match(i, last + 1, value * Math.pow(10, Lexicon.SCALES.get(next)), true, true, false);
        }
        return new Match(i, last, value, scaled, true, false);
    }
}
