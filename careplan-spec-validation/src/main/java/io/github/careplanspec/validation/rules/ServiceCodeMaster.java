package io.github.careplanspec.validation.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A サービスコード master (サービスコード表): what a サービスコード means in a service month. The spec points to 「最新の
 * サービスコード表」 but ships none, and neither does this library — a vendor fills one from its own master (a CSV of
 * the documented form, {@link #load(Path)}) or implements this interface over its database. Implementations are
 * immutable and thread-safe.
 *
 * <p>Used by {@link ServiceCodeMasterRule}: a 第6表/第7表 code unknown for its month, a 第7表 単位数 that differs
 * from the master, and which 第7表 rows count toward the 区分支給限度 (R51).
 */
@FunctionalInterface
public interface ServiceCodeMaster {
    /**
     * One サービスコード as valid from one month.
     *
     * @param code the 6-character サービスコード
     * @param from the first service month it applies to (適用開始年月)
     * @param to the last service month it applies to (適用終了年月), or {@code null} while it still applies
     * @param name the サービス名称
     * @param units the 単位数, or {@code null} when the code has none of its own (率加減算: a percentage of other
     *     codes, and 共生型 reductions given as a rate)
     * @param unitBasis the 算定単位 as the master words it (e.g. {@code 1回につき}, {@code 1月につき}), or empty
     * @param countsTowardLimit whether the code counts toward the 区分支給限度基準額 (区分支給限度対象)
     */
    record Entry(String code, YearMonth from, YearMonth to, String name, Integer units, String unitBasis,
            boolean countsTowardLimit) {
        /**
         * Checks.
         *
         * @param code the code
         * @param from the first month
         * @param to the last month or {@code null}
         * @param name the name
         * @param units the units or {@code null}
         * @param unitBasis the basis
         * @param countsTowardLimit the limit flag
         */
        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(name, "name");
            unitBasis = unitBasis == null ? "" : unitBasis;
            if (to != null && to.isBefore(from)) {
                throw new IllegalArgumentException(code + ": " + MasterColumns.name(MasterColumns.TO) + " before "
                        + MasterColumns.name(MasterColumns.FROM));
            }
        }

        /**
         * Whether the entry applies to a service month.
         *
         * @param month the month
         * @return whether {@code from <= month <= to}
         */
        public boolean appliesTo(YearMonth month) {
            return !month.isBefore(from) && (to == null || !month.isAfter(to));
        }
    }

    /**
     * Looks a code up for a service month.
     *
     * @param serviceCode the 6-character サービスコード
     * @param month the 対象年月
     * @return the entry that applies, if the master knows the code in that month
     */
    Optional<Entry> find(String serviceCode, YearMonth month);

    /**
     * A master of entries in memory.
     *
     * @param entries the entries; a code may have several, for different months
     * @return the master
     */
    static ServiceCodeMaster of(List<Entry> entries) {
        Map<String, List<Entry>> byCode = new HashMap<>();
        for (Entry e : entries) {
            byCode.computeIfAbsent(e.code(), k -> new ArrayList<>()).add(e);
        }
        byCode.replaceAll((k, v) -> List.copyOf(v));
        Map<String, List<Entry>> m = Map.copyOf(byCode);
        return (code, month) -> {
            for (Entry e : m.getOrDefault(code, List.of())) {
                if (e.appliesTo(month)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        };
    }

    /**
     * Reads a master from a CSV file in the documented form ({@code docs/validation-rules.md}, "サービスコード
     * master"): UTF-8, a header line, then one row per code and period —
     * {@code サービスコード,適用開始年月,適用終了年月,名称,単位数,算定単位,区分支給限度対象}; months {@code YYYYMM}
     * (適用終了年月 empty while it applies), 単位数 digits or empty (率加減算), 区分支給限度対象 {@code 1} or {@code 0}.
     *
     * @param csv the file
     * @return the master
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the line, if a row is malformed
     */
    static ServiceCodeMaster load(Path csv) throws IOException {
        try (InputStream in = Files.newInputStream(csv)) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), csv.toString());
        }
    }

    /**
     * Reads a master from CSV text in the documented form (see {@link #load(Path)}).
     *
     * @param reader the text
     * @param source the name used in error messages
     * @return the master
     * @throws IOException if the reader fails
     * @throws IllegalArgumentException naming the line, if a row is malformed
     */
    static ServiceCodeMaster read(Reader reader, String source) throws IOException {
        List<Entry> entries = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser p = CSVParser.parse(reader, format)) {
            boolean header = true;
            for (CSVRecord r : p) {
                long line = p.getCurrentLineNumber();
                if (header) {
                    header = false;
                    String first = r.get(0).replace("\uFEFF", "");
                    if (!first.equals(MasterColumns.name(MasterColumns.CODE))) {
                        throw new IllegalArgumentException(source + ":" + line + ": the first line is the header "
                                + MasterColumns.HEADER_LINE);
                    }
                    continue;
                }
                if (r.size() != 7) {
                    throw new IllegalArgumentException(source + ":" + line + ": 7 columns expected, got " + r.size());
                }
                try {
                    String code = r.get(0);
                    if (!code.matches("[0-9A-Z]{6}")) {
                        throw new IllegalArgumentException(MasterColumns.name(MasterColumns.CODE) + " \"" + code
                                + "\" is not 6 of 0-9/A-Z");
                    }
                    YearMonth from = month(r.get(1));
                    YearMonth to = r.get(2).isEmpty() ? null : month(r.get(2));
                    Integer units = null;
                    if (!r.get(4).isEmpty()) {
                        if (!r.get(4).matches("[0-9]{1,7}")) {
                            throw new IllegalArgumentException(MasterColumns.name(MasterColumns.UNITS) + " \"" + r.get(4)
                                    + "\" is not digits");
                        }
                        units = Integer.valueOf(r.get(4));
                    }
                    String limit = r.get(6);
                    if (!limit.equals("0") && !limit.equals("1")) {
                        throw new IllegalArgumentException(MasterColumns.name(MasterColumns.LIMIT) + " \"" + limit
                                + "\" is not 1 or 0");
                    }
                    entries.add(new Entry(code, from, to, r.get(3), units, r.get(5), limit.equals("1")));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(source + ":" + line + ": " + e.getMessage(), e);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
        }
        return of(entries);
    }

    private static YearMonth month(String text) {
        if (!text.matches("[0-9]{6}")) {
            throw new IllegalArgumentException("\"" + text + "\" is not a month YYYYMM");
        }
        int m = Integer.parseInt(text.substring(4));
        if (m < 1 || m > 12) {
            throw new IllegalArgumentException("\"" + text + "\" is not a month YYYYMM");
        }
        return YearMonth.of(Integer.parseInt(text.substring(0, 4)), m);
    }
}
