package io.github.careplanspec.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.Layout;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.catalog.SpecFormat;
import io.github.careplanspec.model.catalog.SpecValue;
import io.github.careplanspec.model.catalog.ValueCheck;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import io.github.careplanspec.validation.rules.FileContext;
import io.github.careplanspec.validation.rules.RecordContext;
import io.github.careplanspec.validation.rules.RecordRule;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.IssueSink;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, item 1: on {@code validate} each record is decoded, tokenized and converted once. Counted at the source
 * (every byte pulled from the file's stream once: one decoder over one stream), at the codecs (a value type whose
 * {@code parse} counts its calls) and at the record rules (each record seen once, at the reader's record index).
 */
class OnePassTest {
    /** A value type that counts how often it is converted. */
    @SpecFormat(FieldFormat.INSURER_NUMBER)
    public record Tally(String text) implements SpecValue {
        static final AtomicLong PARSED = new AtomicLong();

        /**
         * Counts, then checks 6 digits.
         *
         * @param text the text
         * @return the value
         */
        public static Tally parse(String text) {
            PARSED.incrementAndGet();
            if (text.length() != 6 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new IllegalArgumentException("not 6 digits: '" + text + "'");
            }
            return new Tally(text);
        }
    }

    /** A vendor's own layout. */
    @Layout("COUNTED")
    public record Counted(
            @Column(no = 1, name = "CSVバージョン", length = 6, required = true) CsvVersion version,
            @Column(no = 2, name = "保険者番号", length = 6, required = true) Tally insurer,
            @Column(no = 3, name = "日付", length = 8) LocalDate date,
            @Column(no = 4, name = "メモ") String memo) {
    }

    /** Counts the bytes pulled from the file. */
    static final class Counting extends FilterInputStream {
        long bytes;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            bytes += b < 0 ? 0 : 1;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            bytes += Math.max(n, 0);
            return n;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }

    @Test
    void eachRecordIsDecodedTokenizedAndConvertedOnce() throws IOException {
        int records = 5_000;
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= records; i++) {
            // every 1,000th record has an insurer number that does not convert: reported once, as R10.insurer
            String insurer = i % 1000 == 0 ? "13101X" : String.format("%06d", 130000 + i % 1000);
            sb.append("202407,").append(insurer).append(",20250401,\"メモ").append(i).append("\"\r\n");
        }
        byte[] bytes = sb.toString().getBytes(Charset.forName("windows-31j"));
        AtomicLong seen = new AtomicLong();
        AtomicLong lastIndex = new AtomicLong();
        RecordRule<Counted> counting = new RecordRule<>() {
            @Override
            public Class<Counted> recordType() {
                return Counted.class;
            }

            @Override
            public List<Rule> rules() {
                return List.of();
            }

            @Override
            public void check(RecordContext<Counted> record, IssueSink sink) {
                seen.incrementAndGet();
                // in order, at the reader's index (records whose insurer did not convert are not typed, not seen here)
                assertTrue(record.location().record() > lastIndex.get(), "records in order");
                assertEquals(record.location().line(), record.location().record(), "the reader's line and index");
                lastIndex.set(record.location().record());
            }
        };
        FileValidator v = FileValidator.of(CarePlanValidator.standard().withRecordRule(counting),
                io.github.careplanspec.csv.ReadOptions.strict());
        long before = Tally.PARSED.get();
        Counting in = new Counting(new ByteArrayInputStream(bytes));
        ValidationReport.Builder b = ValidationReport.builder();
        long read = v.validate(in, FileContext.of("COUNTED.CSV", (io.github.careplanspec.model.catalog.FileKind) null), RecordLayout.of(Counted.class), b);
        ValidationReport report = b.build();

        assertEquals(records, read);
        assertEquals(bytes.length, in.bytes, "every byte pulled from the stream once: one decoder, one pass");
        assertEquals(records, Tally.PARSED.get() - before, "each insurer number converted once");
        // the records whose insurer did not convert are not typed, so the record rules see the others
        assertEquals(records - records / 1000, seen.get());
        List<ValidationIssue> issues = report.issues();
        assertEquals(records / 1000, issues.size(), issues.toString());
        for (ValidationIssue i : issues) {
            assertEquals(Rules.R10_INSURER, i.rule());
            assertEquals(2, i.column());
            assertEquals(i.line(), i.record());
            assertEquals(0, i.record() % 1000);
        }
    }

    @Test
    void theCodecIsTheOneAuthorityOnAValue() {
        // R52: the 99.99 form of 第7表 単位数単価; the reader used to type 123.5, which the validator refused
        assertNull(ValueCheck.check(java.math.BigDecimal.class, "10.90"));
        assertEquals(FieldFormat.DECIMAL, ValueCheck.check(java.math.BigDecimal.class, "123.5"));
        assertEquals(FieldFormat.DECIMAL, ValueCheck.check(java.math.BigDecimal.class, "10.9"));
        // year 0000 is no real date or month (R10)
        assertEquals(FieldFormat.DATE, ValueCheck.check(LocalDate.class, "00000101"));
        assertEquals(FieldFormat.YEAR_MONTH, ValueCheck.check(java.time.YearMonth.class, "000001"));
        long before = Tally.PARSED.get();
        assertEquals(FieldFormat.INSURER_NUMBER, ValueCheck.check(Tally.class, "1"));
        assertEquals(1, Tally.PARSED.get() - before, "the check is the value type's own parse");
    }
}
