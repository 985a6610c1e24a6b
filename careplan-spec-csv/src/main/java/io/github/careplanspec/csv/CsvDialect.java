package io.github.careplanspec.csv;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The spec's CSV dialect as Apache Commons CSV formats (R1–R7): comma-separated (R1); フリーテキスト always in
 * {@code "…"} with {@code ""} for a quote, line breaks and commas kept (R3); other items unquoted unless their text
 * needs quotes (R4); no header row (R6); CRLF after every record (R5, Q12). Readers accept CRLF, LF or CR and a
 * missing final line end.
 */
public final class CsvDialect {
    /** Format of a フリーテキスト item: always quoted (R3a, Q14: empty free text is {@code ""}). */
    public static final CSVFormat FREE_TEXT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.ALL).get();

    /** Format of every other item: quoted only when its text holds a comma, quote or line break (R4). */
    public static final CSVFormat OTHER = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.MINIMAL).get();

    /** The record terminator written (R5). */
    public static final String RECORD_SEPARATOR = "\r\n";

    private CsvDialect() {
    }
}
