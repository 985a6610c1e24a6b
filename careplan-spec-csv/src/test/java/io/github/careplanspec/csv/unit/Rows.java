package io.github.careplanspec.csv.unit;

import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.code.CodeList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Records of any kind made at the level of the catalog's items: a valid text per item format, parsed by the
 * layout. Deterministic samples for unit tests; a QuickTheories generator of arbitrary valid item texts.
 */
final class Rows {
    /** Characters free text is drawn from: quotes, commas, line breaks, half-width katakana, ①, 髙 (R2, R3). */
    private static final String[] FREE = {"a", "Z", "0", " ", ",", "\"", "\r\n", "\n", "ｱ", "ﾞ", "あ", "漢", "①", "髙",
        "Ⅲ", "～", "－", "∥", "＼", "、", "。", "（", "〒"};
    private static final String[] PLAIN = {"0", "1", "9", "A", "z", "ｱ", "あ", "-"};

    private Rows() {
    }

    /** The item texts of a plain valid record of a kind, with some items replaced (No. → text). */
    static String[] texts(FileKind kind, Map<Integer, String> overrides) {
        List<ColumnSpec> cols = Catalog.columns(kind);
        String[] t = new String[cols.size()];
        for (ColumnSpec c : cols) {
            t[c.no() - 1] = fixed(c);
        }
        if (kind == FileKind.UPHOSOKU) {
            t[3] = "20241001";
            t[62] = "000000";
        }
        overrides.forEach((no, text) -> t[no - 1] = text);
        return t;
    }

    /** A plain valid record of a kind, with some items replaced. */
    static Record record(FileKind kind, Map<Integer, String> overrides) {
        Parsed<? extends Record> p = Catalog.layout(kind).parse(Arrays.asList(texts(kind, overrides)));
        if (!p.isOk()) {
            throw new IllegalStateException(kind + ": " + p.problems() + " " + p.recordProblem());
        }
        return p.value();
    }

    private static String fixed(ColumnSpec c) {
        return switch (c.format()) {
            case CSV_VERSION -> "202407";
            case YEAR_MONTH -> "202410";
            case DATE -> "20241001";
            case TIME, TIME_OR_NONE -> "0930";
            case INTEGER -> "1";
            case DECIMAL -> "10.00";
            case CODE -> c.codes().isEmpty() ? "1" : c.codes().get(0).code();
            case FREE_TEXT -> "自由記述";
            case TEXT, DERIVED -> "1";
            case POSTAL_CODE -> "123-4567";
            case INSURER_NUMBER -> "131016";
            case INSURED_NUMBER -> "1234567890";
            case OFFICE_NUMBER -> "1310100001";
            case SERVICE_TYPE_CODE -> "11";
            case SERVICE_CODE -> "111111";
            case WELFARE_EQUIPMENT_CODE -> "12345-123456";
            case PRORATED_DAYS -> "0".repeat(31);
            case UNUSED -> "";
        };
    }

    /** Arbitrary valid item texts of a kind (some parse into record invariant problems: filter with assuming). */
    static Gen<String[]> arbitrary(FileKind kind) {
        List<ColumnSpec> cols = Catalog.columns(kind);
        return in -> {
            String[] t = new String[cols.size()];
            for (ColumnSpec c : cols) {
                boolean empty = !c.required() && c.format() != FieldFormat.CSV_VERSION && pick(in, 0, 3) == 0;
                t[c.no() - 1] = empty ? "" : random(c, in);
            }
            return t;
        };
    }

    private static String random(ColumnSpec c, RandomnessSource in) {
        return switch (c.format()) {
            case CSV_VERSION -> "202407";
            case YEAR_MONTH -> String.format("%04d%02d", pick(in, 2000, 2099), pick(in, 1, 12));
            case DATE -> String.format("%04d%02d%02d", pick(in, 2000, 2099), pick(in, 1, 12), pick(in, 1, 28));
            case TIME -> String.format("%02d%02d", pick(in, 0, 23), pick(in, 0, 59));
            case TIME_OR_NONE -> pick(in, 0, 9) == 0 ? "9999"
                    : String.format("%02d%02d", pick(in, 0, 23), pick(in, 0, 59));
            case INTEGER -> String.valueOf(pick(in, 0, c.isFreeLength() || c.length() > 2 ? 999 : 9));
            case DECIMAL -> String.format("%d.%02d", pick(in, 0, 99), pick(in, 0, 99));
            case CODE -> code(c.codes(), in);
            case FREE_TEXT -> text(in, FREE, c.isFreeLength() ? 40 : Math.min(c.length(), 40));
            case TEXT, DERIVED -> text(in, PLAIN, c.isFreeLength() ? 12 : Math.max(1, Math.min(c.length(), 12)));
            case POSTAL_CODE -> String.format("%03d-%04d", pick(in, 0, 999), pick(in, 0, 9999));
            case INSURER_NUMBER -> String.format("%06d", pick(in, 0, 999999));
            case INSURED_NUMBER -> pick(in, 0, 4) == 0 ? String.format("H%09d", pick(in, 0, 999999999))
                    : String.format("%010d", pick(in, 0, 999999999));
            case OFFICE_NUMBER -> String.format("%010d", pick(in, 0, 999999999));
            case SERVICE_TYPE_CODE -> String.format("%02d", pick(in, 11, 79));
            case SERVICE_CODE -> String.format("%02d%04d", pick(in, 11, 79), pick(in, 0, 9999));
            case WELFARE_EQUIPMENT_CODE -> String.format("%05d-%06d", pick(in, 0, 99999), pick(in, 0, 999999));
            case PRORATED_DAYS -> {
                StringBuilder b = new StringBuilder();
                for (int i = 0; i < 31; i++) {
                    b.append(pick(in, 0, 1));
                }
                yield b.toString();
            }
            case UNUSED -> "";
        };
    }

    private static String code(List<CodeList> codes, RandomnessSource in) {
        return codes.isEmpty() ? "1" : codes.get(pick(in, 0, codes.size() - 1)).code();
    }

    private static String text(RandomnessSource in, String[] alphabet, int maxLength) {
        int n = pick(in, 1, Math.max(1, maxLength));
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(alphabet[pick(in, 0, alphabet.length - 1)]);
        }
        return b.toString();
    }

    private static int pick(RandomnessSource in, int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }
}
