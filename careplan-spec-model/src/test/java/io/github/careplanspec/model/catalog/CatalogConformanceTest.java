package io.github.careplanspec.model.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.careplanspec.model.code.CodeList;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holds the catalog derived from the annotated records against the spec tables (shared/spec/v4.1), column by
 * column: a transcription slip in a record fails here.
 */
class CatalogConformanceTest {
    private static final Map<String, List<SpecTables.FieldRow>> TABLES = SpecTables.fields();

    static Stream<FileKind> csvKinds() {
        return Stream.of(FileKind.values()).filter(FileKind::isCsv);
    }

    @ParameterizedTest
    @MethodSource("csvKinds")
    void everyCsvKindHasALayoutInTheTables(FileKind kind) {
        assertTrue(TABLES.containsKey(kind.layoutId().orElseThrow()), kind + " has no rows in the spec tables");
    }

    @Test
    void columnCountsAreTheSpecs() {
        Map<FileKind, Integer> expected = Map.ofEntries(Map.entry(FileKind.UPHOSOKU, 63), Map.entry(FileKind.UP1KYO, 28),
                Map.entry(FileKind.DLT1KYO, 4), Map.entry(FileKind.UP2KYO, 22), Map.entry(FileKind.UP3KYO, 13),
                Map.entry(FileKind.UPPLAN, 25), Map.entry(FileKind.UPJSK, 25), Map.entry(FileKind.DLTPLAN, 4),
                Map.entry(FileKind.DLTJSK, 6), Map.entry(FileKind.UPSIKYU, 37), Map.entry(FileKind.UPKIHON, 71),
                Map.entry(FileKind.DLTKIHON, 4), Map.entry(FileKind.UPKIHON_SUB1, 7), Map.entry(FileKind.UPKIHON_SUB2, 11),
                Map.entry(FileKind.UPYOBO, 57), Map.entry(FileKind.DLTYOBO, 4), Map.entry(FileKind.UPYOBO_SUB, 17));
        assertEquals(expected.keySet(), csvKinds().collect(Collectors.toSet()));
        for (Map.Entry<FileKind, Integer> e : expected.entrySet()) {
            assertEquals(e.getValue(), TABLES.get(e.getKey().layoutId().orElseThrow()).size(), e.getKey() + " in the tables");
            assertEquals(e.getValue(), Catalog.columns(e.getKey()).size(), e.getKey() + " in the catalog");
        }
    }

    @ParameterizedTest
    @MethodSource("csvKinds")
    void catalogMatchesTheSpecTablesColumnByColumn(FileKind kind) {
        if (Catalog.recordType(kind).isEmpty()) {
            fail(kind + " has no record type in the catalog");
        }
        List<SpecTables.FieldRow> rows = TABLES.get(kind.layoutId().orElseThrow());
        List<ColumnSpec> cols = Catalog.columns(kind);
        List<String> slips = new ArrayList<>();
        for (int i = 0; i < Math.max(rows.size(), cols.size()); i++) {
            if (i >= rows.size() || i >= cols.size()) {
                slips.add("count differs at position " + (i + 1));
                break;
            }
            SpecTables.FieldRow r = rows.get(i);
            ColumnSpec c = cols.get(i);
            String at = kind + " No." + r.no() + " ";
            check(slips, at + "No.", r.no(), c.no());
            check(slips, at + "日本語名称", r.name(), c.name());
            check(slips, at + "項目長", r.length().equals("-") ? Column.FREE : Integer.parseInt(r.length()), c.length());
            check(slips, at + "必須", r.required(), c.required());
            if (r.necessary() != null) {
                check(slips, at + "必要", r.necessary(), c.necessary());
            }
            Set<FieldFormat> allowed = formatsFor(r, kind);
            if (!allowed.contains(c.format())) {
                slips.add(at + "format: table says '" + r.format() + "', catalog has " + c.format());
            }
            if (r.format().startsWith("code:")) {
                String codes = c.codes().stream().map(x -> x.code() + "=" + x.label()).collect(Collectors.joining(","));
                check(slips, at + "code list", r.format().substring(5), codes);
            } else if (!c.codes().isEmpty()) {
                slips.add(at + "has a code list the table does not print: " + c.codes());
            }
        }
        if (!slips.isEmpty()) {
            fail(slips.size() + " transcription slip(s):\n" + String.join("\n", slips));
        }
    }

    private static void check(List<String> slips, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            slips.add(what + ": table '" + expected + "', catalog '" + actual + "'");
        }
    }

    /** The catalog formats that faithfully encode a table's format text. */
    static Set<FieldFormat> formatsFor(SpecTables.FieldRow r, FileKind kind) {
        String f = r.format();
        if (f.equals("YYYYMM")) {
            return r.no() == 1 ? EnumSet.of(FieldFormat.CSV_VERSION) : EnumSet.of(FieldFormat.YEAR_MONTH);
        }
        if (f.equals("YYYYMMDD")) {
            return EnumSet.of(FieldFormat.DATE);
        }
        if (f.equals("HHMM")) {
            return EnumSet.of(FieldFormat.TIME);
        }
        if (f.equals("HHMM or 9999")) {
            return EnumSet.of(FieldFormat.TIME_OR_NONE);
        }
        if (f.equals("free text")) {
            return EnumSet.of(FieldFormat.FREE_TEXT);
        }
        if (f.startsWith("code:")) {
            return EnumSet.of(FieldFormat.CODE);
        }
        if (f.equals("XXX-XXXX")) {
            return EnumSet.of(FieldFormat.POSTAL_CODE);
        }
        if (f.startsWith("insurer")) {
            return EnumSet.of(FieldFormat.INSURER_NUMBER);
        }
        if (f.startsWith("被保険者番号")) {
            return EnumSet.of(FieldFormat.INSURED_NUMBER);
        }
        if (f.startsWith("office number") || f.equals("fixed 9999999999")) {
            return EnumSet.of(FieldFormat.OFFICE_NUMBER);
        }
        if (f.startsWith("サービス種類コード")) {
            return EnumSet.of(FieldFormat.SERVICE_TYPE_CODE);
        }
        if (f.startsWith("service code")) {
            return EnumSet.of(FieldFormat.SERVICE_CODE);
        }
        if (f.startsWith("TAIS code") || f.startsWith("届出 code")) {
            return EnumSet.of(FieldFormat.WELFARE_EQUIPMENT_CODE);
        }
        if (f.equals("31 chars of 0/1")) {
            return EnumSet.of(FieldFormat.PRORATED_DAYS);
        }
        if (f.startsWith("integer")) {
            return EnumSet.of(FieldFormat.INTEGER);
        }
        if (f.equals("99.99")) {
            return EnumSet.of(FieldFormat.DECIMAL);
        }
        if (f.equals("unused")) {
            return EnumSet.of(FieldFormat.UNUSED);
        }
        if (f.equals("(none)")) {
            // no format printed: text (電話番号) or an unformatted number (単位数, 日数)
            return EnumSet.of(FieldFormat.TEXT, FieldFormat.INTEGER);
        }
        if (f.startsWith("satellite branch number")) {
            return EnumSet.of(FieldFormat.TEXT, FieldFormat.INTEGER);
        }
        throw new IllegalStateException(kind + " No." + r.no() + ": the test does not know format '" + f + "'");
    }

    @Test
    void codeListsAreEnumsOfTheSpecLists() {
        for (FileKind k : csvKinds().filter(k -> Catalog.recordType(k).isPresent()).toList()) {
            for (ColumnSpec c : Catalog.columns(k)) {
                for (CodeList code : c.codes()) {
                    assertTrue(code instanceof Enum, c + " code " + code);
                }
            }
        }
    }
}
