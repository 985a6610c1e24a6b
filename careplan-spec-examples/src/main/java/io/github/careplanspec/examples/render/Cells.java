package io.github.careplanspec.examples.render;

import io.github.careplanspec.examples.render.view.Item;
import io.github.careplanspec.examples.render.view.Messages;
import io.github.careplanspec.examples.render.view.Rec;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.code.CodeList;
import io.github.careplanspec.model.service.ServiceTypes;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns item texts into what a form shows. */
final class Cells {
    private static final Pattern DIGITS4 = Pattern.compile("\\d{4}");
    private static final Pattern DIGITS6 = Pattern.compile("\\d{6}");
    private static final Pattern DIGITS8 = Pattern.compile("\\d{8}");

    private Cells() {
    }

    /** A record of a file, its items marked with the page's problems, its dates in the page's language. */
    static Rec rec(Messages m, FileData f, FileData.Row row, NoteBook notes) {
        List<Item> items = new ArrayList<>(f.columns.size());
        String prefix = f.kind.prefix();
        for (ColumnSpec c : f.columns) {
            String raw = row.text(c.no());
            items.add(new Item(prefix + "-" + c.no(), c.name(), display(m, c, raw), raw,
                    notes.mark(f.reported, row.index(), c.no())));
        }
        return new Rec(prefix, f.reported, items, row.index());
    }

    /** A record the unit does not carry: every item blank. */
    static Rec blank(FileKind kind) {
        List<Item> items = new ArrayList<>();
        for (ColumnSpec c : Catalog.columns(kind)) {
            items.add(new Item(kind.prefix() + "-" + c.no(), c.name(), "", "", List.of()));
        }
        return new Rec(kind.prefix(), "", items, 0);
    }

    /**
     * The text shown for an item: a code's Japanese label (an unknown code as its text), a date and a month in the
     * page's language ({@code render.date.pattern}, {@code render.month.pattern}: 2025年4月15日, 2025-04-15), a time as
     * {@code H:MM}, a サービス種類コード with its name; anything else as carried.
     */
    static String display(Messages m, ColumnSpec c, String raw) {
        if (raw.isEmpty()) {
            return "";
        }
        switch (c.format()) {
            case CODE:
                for (CodeList code : c.codes()) {
                    if (code.code().equals(raw)) {
                        return code.label();
                    }
                }
                return raw;
            case DATE:
                return date(m, raw);
            case YEAR_MONTH:
                if (!DIGITS6.matcher(raw).matches() || raw.equals("000000")) {
                    return raw;
                }
                try {
                    return YearMonth.of(Integer.parseInt(raw.substring(0, 4)), Integer.parseInt(raw.substring(4)))
                            .format(DateTimeFormatter.ofPattern(m.t("month.pattern"), m.locale()));
                } catch (DateTimeException e) {
                    return raw; // no month: shown as carried (its problem is marked)
                }
            case TIME:
            case TIME_OR_NONE:
                return time(raw);
            case SERVICE_TYPE_CODE:
                try {
                    return ServiceTypes.display(ServiceTypeCode.parse(raw));
                } catch (IllegalArgumentException e) {
                    return raw;
                }
            default:
                return raw;
        }
    }

    /** {@code 20250415} as {@code 2025年4月15日} or {@code 2025-04-15}; anything else (no date) as it is. */
    static String date(Messages m, String raw) {
        if (!DIGITS8.matcher(raw).matches() || raw.equals("00000000")) {
            return raw;
        }
        try {
            return LocalDate.of(Integer.parseInt(raw.substring(0, 4)), Integer.parseInt(raw.substring(4, 6)),
                    Integer.parseInt(raw.substring(6))).format(DateTimeFormatter.ofPattern(m.t("date.pattern"),
                    m.locale()));
        } catch (DateTimeException e) {
            return raw; // no date: shown as carried (its problem is marked)
        }
    }

    /** {@code 0930} as {@code 9:30}; anything else (9999: no time) as it is. */
    static String time(String raw) {
        if (!DIGITS4.matcher(raw).matches() || raw.equals("9999")) {
            return raw;
        }
        return Integer.parseInt(raw.substring(0, 2)) + ":" + raw.substring(2);
    }

    /** Whether a text is {@code n} ASCII digits: 4, 6 or 8. */
    static boolean digits(String raw, int n) {
        return (n == 4 ? DIGITS4 : n == 6 ? DIGITS6 : DIGITS8).matcher(raw).matches();
    }

    /** The hour of a time item, or -1 when it carries none. */
    static int hour(String raw) {
        if (!DIGITS4.matcher(raw).matches() || raw.equals("9999")) {
            return -1;
        }
        int h = Integer.parseInt(raw.substring(0, 2));
        return h <= 24 && Integer.parseInt(raw.substring(2)) < 60 ? h : -1;
    }
}
