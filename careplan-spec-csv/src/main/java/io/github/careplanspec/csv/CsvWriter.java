package io.github.careplanspec.csv;

import io.github.careplanspec.csv.ms932.Conversion;
import io.github.careplanspec.csv.ms932.ConversionPolicy;
import io.github.careplanspec.csv.ms932.ConversionResult;
import io.github.careplanspec.csv.ms932.Ms932;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes typed records of any kind as the spec's bytes, conformant by construction: items in No. order from the
 * catalog (R7), フリーテキスト always quoted and other items unquoted ({@link CsvDialect}, printed by Commons CSV;
 * R3, R4), CRLF after each record (R5), no header (R6), MS932 only (R2) — text MS932 cannot hold goes through the
 * writer's {@link ConversionPolicy}, every conversion is reported, and a refused record is not written at all.
 *
 * <pre>{@code
 * try (CsvWriter<CarePlanTable1> w = CsvWriter.open(CarePlanTable1.class, out, ConversionPolicy.replace(),
 *         conversions::add)) {
 *     w.write(table1);
 * }
 * }</pre>
 *
 * Not thread-safe.
 *
 * @param <R> the record type
 */
public final class CsvWriter<R extends Record> implements Closeable, Flushable {
    private final RecordLayout<R> layout;
    private final CSVFormat[] formats;
    private final List<ColumnSpec> columns;
    private final OutputStream out;
    private final ConversionPolicy policy;
    private final Consumer<ItemConversion> listener;
    private final CharsetEncoder encoder = Ms932.newStrictEncoder();
    private final StringBuilder line = new StringBuilder(1024);
    // the record's chars copied out of line: the encoder's array loop is much faster than its per-char loop
    // over a CharSequence-backed buffer
    private char[] chars = new char[1024];
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private long count;
    private boolean closed;

    private CsvWriter(RecordLayout<R> layout, OutputStream out, ConversionPolicy policy,
            Consumer<ItemConversion> listener) {
        this.layout = layout;
        this.columns = layout.columns();
        this.formats = new CSVFormat[columns.size()];
        for (int i = 0; i < formats.length; i++) {
            formats[i] = columns.get(i).format().isFreeText() ? CsvDialect.FREE_TEXT : CsvDialect.OTHER;
        }
        this.out = Objects.requireNonNull(out, "out");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * Opens a writer.
     *
     * @param type the record type
     * @param out where the bytes go; closed by {@link #close()}
     * @param policy what to do with text MS932 cannot hold
     * @param listener receives every conversion made (not the refusals, which {@link CsvWriteException} carries)
     * @param <R> the record type
     * @return the writer
     */
    public static <R extends Record> CsvWriter<R> open(Class<R> type, OutputStream out, ConversionPolicy policy,
            Consumer<ItemConversion> listener) {
        return new CsvWriter<>(RecordLayout.of(type), out, policy, listener);
    }

    /**
     * Opens a writer that converts what has a documented equivalent and refuses the rest
     * ({@link ConversionPolicy#convertOrRefuse()}), ignoring the conversion reports.
     *
     * @param type the record type
     * @param out where the bytes go
     * @param <R> the record type
     * @return the writer
     */
    public static <R extends Record> CsvWriter<R> open(Class<R> type, OutputStream out) {
        return open(type, out, ConversionPolicy.convertOrRefuse(), c -> { });
    }

    /**
     * Opens a writer for a file kind; the record type comes from the {@link Catalog}.
     *
     * @param kind the kind
     * @param out where the bytes go
     * @param policy the conversion policy
     * @param listener receives every conversion made
     * @return the writer
     * @throws IllegalArgumentException if the kind has no CSV layout (yet)
     */
    public static CsvWriter<? extends Record> open(FileKind kind, OutputStream out, ConversionPolicy policy,
            Consumer<ItemConversion> listener) {
        return open(Catalog.layout(kind).type(), out, policy, listener);
    }

    /** @return the layout written */
    public RecordLayout<R> layout() {
        return layout;
    }

    /** @return the number of records written */
    public long count() {
        return count;
    }

    /**
     * Writes one record.
     *
     * @param record the record
     * @throws CsvWriteException if the policy refused some text; nothing of the record was written
     * @throws IOException if the output fails
     */
    public void write(R record) throws IOException {
        if (closed) {
            throw new IOException("writer closed");
        }
        String[] texts = layout.format(record);
        long index = count + 1;
        List<ItemConversion> refused = null;
        List<ItemConversion> converted = null;
        for (int i = 0; i < texts.length; i++) {
            String t = texts[i];
            if (Ms932.isEncodable(t)) {
                continue;
            }
            ConversionResult r = policy.convert(t);
            for (Conversion c : r.conversions()) {
                ItemConversion ic = new ItemConversion(index, columns.get(i), c);
                if (c.isRefused()) {
                    refused = refused == null ? new ArrayList<>() : refused;
                    refused.add(ic);
                } else {
                    converted = converted == null ? new ArrayList<>() : converted;
                    converted.add(ic);
                }
            }
            texts[i] = r.text();
        }
        if (refused != null) {
            throw new CsvWriteException(refused);
        }
        line.setLength(0);
        for (int i = 0; i < texts.length; i++) {
            formats[i].print(texts[i], line, i == 0);
        }
        line.append(CsvDialect.RECORD_SEPARATOR);
        encode();
        count++;
        if (converted != null) {
            converted.forEach(listener);
        }
    }

    private void encode() throws IOException {
        int len = line.length();
        if (chars.length < len) {
            chars = new char[Math.max(len, chars.length * 2)];
        }
        line.getChars(0, len, chars, 0);
        CharBuffer in = CharBuffer.wrap(chars, 0, len);
        while (true) {
            CoderResult r = encoder.encode(in, bytes, false);
            if (r.isError()) {
                // unreachable: every text was checked against the repertoire above
                throw new IllegalStateException("MS932 encoder refused checked text: " + r);
            }
            if (r.isOverflow()) {
                drain();
                continue;
            }
            break;
        }
        if (bytes.position() > bytes.capacity() / 2) {
            drain();
        }
    }

    private void drain() throws IOException {
        out.write(bytes.array(), 0, bytes.position());
        bytes.clear();
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
