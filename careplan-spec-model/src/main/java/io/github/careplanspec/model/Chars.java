package io.github.careplanspec.model;

/**
 * Character-class checks and fixed-width number texts for the value types' constructors: plain loops instead of a
 * {@code Pattern.matcher} or an {@code IntStream} per value (the readers build millions of values). ASCII only,
 * like the {@code [0-9]} and {@code [A-Z]} classes they replace.
 */
final class Chars {
    private Chars() {
    }

    /** @return whether {@code c} is {@code 0}–{@code 9} */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** @return whether {@code c} is {@code 0}–{@code 9} or {@code A}–{@code Z} */
    static boolean isDigitOrUpper(char c) {
        return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z';
    }

    /** @return whether {@code s[from, to)} are all ASCII digits (true when empty) */
    static boolean digits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** @return whether {@code s} is exactly {@code length} ASCII digits: {@code [0-9]{length}} */
    static boolean isDigits(String s, int length) {
        return s.length() == length && digits(s, 0, length);
    }

    /** @return whether {@code s} is exactly {@code length} characters of {@code [0-9A-Z]} */
    static boolean isDigitsOrUpper(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (!isDigitOrUpper(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** @return the value of the ASCII digits {@code s[from, to)}, which the caller has checked */
    static int number(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /** @return {@code YYYYMMDD} for a year 0–9999 ({@code %04d%02d%02d}) */
    static String yyyymmdd(int year, int month, int day) {
        if (year < 0 || year > 9999) {
            return String.format(java.util.Locale.ROOT, "%04d%02d%02d", year, month, day);
        }
        char[] c = new char[8];
        put(c, 0, year, 4);
        put(c, 4, month, 2);
        put(c, 6, day, 2);
        return new String(c);
    }

    /** @return {@code YYYYMM} for a year 0–9999 ({@code %04d%02d}) */
    static String yyyymm(int year, int month) {
        if (year < 0 || year > 9999) {
            return String.format(java.util.Locale.ROOT, "%04d%02d", year, month);
        }
        char[] c = new char[6];
        put(c, 0, year, 4);
        put(c, 4, month, 2);
        return new String(c);
    }

    /** @return {@code HHMM} ({@code %02d%02d}) for 0–99 each */
    static String hhmm(int hour, int minute) {
        char[] c = new char[4];
        put(c, 0, hour, 2);
        put(c, 2, minute, 2);
        return new String(c);
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
