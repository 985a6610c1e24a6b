package io.github.careplanspec.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits decoded text into records and items in one pass over a {@code char[]} buffer, owning the record
 * boundaries so that one broken record never hides or misaligns the records after it.
 *
 * <p>Dialect (R1, R3, R5; the same as {@link CsvDialect}'s Commons CSV formats): items separated by {@code ,};
 * an item that starts with {@code "} is quoted, {@code ""} inside it is one {@code "}, and commas and line breaks
 * inside it are data; a record ends at CRLF, LF or CR outside quotes, or at the end of input.
 *
 * <p>Recovery rules: a {@code "} that is never closed ends its record at the first line break followed by a line
 * that starts like a record (six digits and a comma: CSVバージョン, R11), or at the end of input; characters
 * after a closing quote make the item broken up to the next comma or line end; a record longer than the limit is
 * skipped up to the next line that starts like a record. Not thread-safe.
 */
final class RecordScanner {
    static final int QUOTED = 1;
    static final int ESCAPES = 2;
    static final int STRAY = 4;
    static final int AFTER_QUOTE = 8;
    static final int UNCLOSED = 16;

    private final Reader in;
    private final int maxChars;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long absBase;
    private long line = 1;

    private int recStart;
    long startLine;
    long startAbs;
    long endAbs;
    boolean tooLong;
    boolean blank;
    int nFields;
    int[] fStart = new int[64];
    int[] fEnd = new int[64];
    int[] fFlags = new int[64];
    String[] texts;

    RecordScanner(Reader in, int maxChars) {
        this.in = in;
        this.maxChars = maxChars;
    }

    private boolean fill() throws IOException {
        return fill(false);
    }

    /** Reads more; {@code peek} lets a line-end or look-ahead check read a few chars past the record limit. */
    private boolean fill(boolean peek) throws IOException {
        if (eof || (tooLong && !peek)) {
            return false;
        }
        if (recStart > 0) {
            System.arraycopy(buf, recStart, buf, 0, limit - recStart);
            absBase += recStart;
            pos -= recStart;
            limit -= recStart;
            recStart = 0;
        }
        if (limit >= maxChars && !peek) {
            tooLong = true;
            return false;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, limit >= maxChars ? limit + 64 : Math.min(buf.length * 2, maxChars + 8));
        }
        int n;
        do {
            n = in.read(buf, limit, buf.length - limit);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }

    private void addField(int start, int end, int flags) {
        if (nFields == fStart.length) {
            int len = nFields * 2;
            fStart = Arrays.copyOf(fStart, len);
            fEnd = Arrays.copyOf(fEnd, len);
            fFlags = Arrays.copyOf(fFlags, len);
        }
        fStart[nFields] = start;
        fEnd[nFields] = end;
        fFlags[nFields] = flags;
        nFields++;
    }

    /** Consumes CR, LF or CRLF at pos. */
    private void terminator() throws IOException {
        char c = buf[pos++];
        line++;
        if (c == '\r' && (pos < limit || fill(true)) && buf[pos] == '\n') {
            pos++;
        }
    }

    /** Whether the text at pos starts like a record: six digits and a comma (R11). */
    private boolean plausibleStart() throws IOException {
        while (limit - pos < 7 && fill(true)) {
            // more
        }
        if (limit - pos < 7) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            char c = buf[pos + i];
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return buf[pos + 6] == ',';
    }

    /**
     * Scans the next record.
     *
     * @return {@code false} at the end of input
     */
    boolean next() throws IOException {
        recStart = pos;
        nFields = 0;
        blank = false;
        tooLong = false;
        if (pos >= limit && !fill()) {
            return false;
        }
        startLine = line;
        startAbs = absBase + recStart;
        if (buf[pos] == '\r' || buf[pos] == '\n') {
            blank = true;
            addField(0, 0, 0);
            terminator();
            return finish();
        }
        fields:
        while (true) {
            int fs = pos - recStart;
            if (pos >= limit && !fill()) {
                addField(fs, fs, 0);
                return finish();
            }
            if (buf[pos] == '"') {
                int flags = QUOTED;
                pos++;
                int cs = pos - recStart;
                while (true) {
                    if (pos >= limit && !fill()) {
                        addField(cs, pos - recStart, flags | UNCLOSED);
                        return finish();
                    }
                    char c = buf[pos];
                    if (c == '"') {
                        if (pos + 1 >= limit && !fill()) {
                            addField(cs, pos - recStart, flags);
                            pos++;
                            return finish();
                        }
                        if (buf[pos + 1] == '"') {
                            flags |= ESCAPES;
                            pos += 2;
                            continue;
                        }
                        int ce = pos - recStart;
                        pos++;
                        if (pos >= limit && !fill()) {
                            addField(cs, ce, flags);
                            return finish();
                        }
                        c = buf[pos];
                        if (c == ',') {
                            addField(cs, ce, flags);
                            pos++;
                            continue fields;
                        }
                        if (c == '\r' || c == '\n') {
                            addField(cs, ce, flags);
                            terminator();
                            return finish();
                        }
                        // text after the closing quote: the item is broken up to the next comma or line end
                        int end = scanUnquoted();
                        while (end == '"') {
                            pos++;
                            end = scanUnquoted();
                        }
                        addField(fs, pos - recStart, QUOTED | AFTER_QUOTE);
                        if (end == ',') {
                            pos++;
                            continue fields;
                        }
                        if (end != -1) {
                            terminator();
                        }
                        return finish();
                    } else if (c == '\r' || c == '\n') {
                        int lb = pos - recStart;
                        terminator();
                        if (plausibleStart()) {
                            addField(cs, lb, flags | UNCLOSED);
                            return finish();
                        }
                    } else {
                        pos++;
                        // fast-forward over ordinary characters
                        int p = pos;
                        int lim = limit;
                        char[] b = buf;
                        while (p < lim) {
                            char d = b[p];
                            if (d == '"' || d == '\r' || d == '\n') {
                                break;
                            }
                            p++;
                        }
                        pos = p;
                    }
                }
            }
            int flags = 0;
            int end = scanUnquoted();
            if (end == '"') {
                flags = STRAY;
                while (end == '"') {
                    pos++;
                    end = scanUnquoted();
                }
            }
            addField(fs, pos - recStart, flags);
            if (end == ',') {
                pos++;
                continue;
            }
            if (end != -1) {
                terminator();
            }
            return finish();
        }
    }

    /** Advances pos to the next {@code ,}, {@code "}, CR or LF; returns that char, or -1 at the end of input. */
    private int scanUnquoted() throws IOException {
        while (true) {
            int p = pos;
            int lim = limit;
            char[] b = buf;
            while (p < lim) {
                char c = b[p];
                if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                    pos = p;
                    return c;
                }
                p++;
            }
            pos = p;
            if (!fill()) {
                return -1;
            }
        }
    }

    private boolean finish() throws IOException {
        if (tooLong) {
            skipLongRecord();
            return true;
        }
        endAbs = absBase + pos;
        if (pos - recStart > maxChars) {
            // a complete record that happened to fit in the buffer, still over the limit
            tooLong = true;
            nFields = 0;
            return true;
        }
        if (texts == null || texts.length < nFields) {
            texts = new String[Math.max(nFields, 32)];
        }
        for (int i = 0; i < nFields; i++) {
            int s = recStart + fStart[i];
            int e = recStart + fEnd[i];
            texts[i] = (fFlags[i] & ESCAPES) != 0 && (fFlags[i] & AFTER_QUOTE) == 0 ? unescape(s, e)
                    : new String(buf, s, e - s);
        }
        return true;
    }

    private String unescape(int s, int e) {
        StringBuilder sb = new StringBuilder(e - s);
        for (int i = s; i < e; i++) {
            char c = buf[i];
            sb.append(c);
            if (c == '"' && i + 1 < e && buf[i + 1] == '"') {
                i++;
            }
        }
        return sb.toString();
    }

    /** Drops a too-long record up to the next line that starts like a record, keeping memory bounded. */
    private void skipLongRecord() throws IOException {
        nFields = 0;
        while (true) {
            recStart = limit;
            pos = limit;
            tooLong = false;
            if (!fill()) {
                break;
            }
            boolean found = false;
            while (pos < limit) {
                char c = buf[pos];
                if (c == '\r' || c == '\n') {
                    recStart = pos;
                    terminator();
                    if (plausibleStart()) {
                        found = true;
                        break;
                    }
                } else {
                    pos++;
                }
            }
            if (found || eof) {
                break;
            }
        }
        tooLong = true;
        endAbs = absBase + pos;
    }

    /** @return the current physical line (after the last scanned record) */
    long line() {
        return line;
    }
}
