package io.github.careplanspec.examples.render;

import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.csv.unit.UnitFile;
import io.github.careplanspec.csv.unit.UnitKey;
import io.github.careplanspec.csv.unit.UnitProblem;
import io.github.careplanspec.examples.render.FileData.Row;
import io.github.careplanspec.examples.render.view.Forms;
import io.github.careplanspec.examples.render.view.Item;
import io.github.careplanspec.examples.render.view.Messages;
import io.github.careplanspec.examples.render.view.Note;
import io.github.careplanspec.examples.render.view.PageView;
import io.github.careplanspec.examples.render.view.Rec;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.kyotaku.CarePlanTable2Row;
import io.github.careplanspec.model.service.ServiceTypeInfo;
import io.github.careplanspec.model.service.ServiceTypes;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Builds the page models of one render: reads every unit's files once, pairs 予定 and 実績, numbers problems. */
final class PageBuilder {
    /** The records of one file that one form shows. */
    private record Group(FileData f, List<Row> rows) {
    }

    private final Messages m;
    private final String css;
    private final String csp;
    private final List<RenderSource> sources;
    private final List<List<FileData>> files = new ArrayList<>();
    private final Map<String, List<ValidationIssue>> issuesByFile = new HashMap<>();
    private final List<ValidationIssue> unattributed = new ArrayList<>();
    /** {@code KIND|保険者番号|被保険者番号|対象年月} of UPPLAN and UPJSK → their records, in source order. */
    private final Map<String, List<Group>> sixes = new HashMap<>();
    private final int[] problemCounts;

    PageBuilder(Messages m, String css, String csp, List<RenderSource> sources, List<ValidationIssue> issues) {
        this.m = m;
        this.css = css;
        this.csp = csp;
        this.sources = List.copyOf(sources);
        this.problemCounts = new int[sources.size()];
        Set<String> known = new java.util.HashSet<>();
        // the files are read in parallel (two cores do 1,000 units in half the time); kept in source order
        List<List<FileData>> read = this.sources.parallelStream().map(s -> s.unit().map(u -> u.files().stream()
                .map(f -> FileData.read(f, s.prefix(), m.locale())).toList()).orElse(List.of())).toList();
        for (List<FileData> data : read) {
            for (FileData d : data) {
                known.add(d.reported);
                if (d.kind == FileKind.UPPLAN || d.kind == FileKind.UPJSK) {
                    for (Group g : groups(d, 2, 3, 5)) {
                        Row r = g.rows().get(0);
                        sixes.computeIfAbsent(d.kind.prefix() + "|" + r.text(2) + "|" + r.text(3) + "|"
                                + r.text(5), k -> new ArrayList<>()).add(g);
                    }
                }
            }
            files.add(data);
        }
        for (ValidationIssue i : issues) {
            if (i.file() != null && known.contains(i.file())) {
                issuesByFile.computeIfAbsent(i.file(), k -> new ArrayList<>()).add(i);
            } else {
                unattributed.add(i);
            }
        }
    }

    String fileName(int i) {
        RenderSource s = sources.get(i);
        return s.unit().map(u -> String.format(Locale.ROOT, "%04d_%s_%s.html", i + 1,
                u.files().get(0).kind().prefix(), u.key())).orElse(String.format(Locale.ROOT, "%04d_refused.html",
                i + 1));
    }

    // ---------------------------------------------------------------------------------------------------- pages

    PageView page(int index) {
        RenderSource s = sources.get(index);
        if (s.unit().isEmpty()) {
            List<String> reasons = new ArrayList<>();
            for (UnitProblem p : s.problems()) {
                reasons.add(p.message(m.locale()));
            }
            Forms.Form f = new Forms.Unreadable(m.t("refused.title"), s.origin(), m.t("refused.intro"), reasons, List.of());
            problemCounts[index] = reasons.size();
            return new PageView(m, m.t("refused.title") + " " + s.origin(), csp, css,
                    List.of(m.t("summary.origin") + ": " + s.origin()), List.of(f), List.of(), List.of());
        }
        TransmissionUnit unit = s.unit().get();
        List<FileData> data = files.get(index);
        List<ValidationIssue> issues = new ArrayList<>();
        for (FileData d : data) {
            issues.addAll(issuesByFile.getOrDefault(d.reported, List.of()));
        }
        NoteBook nb = new NoteBook(m, issues);
        problemCounts[index] = nb.size();
        List<Forms.Form> forms = new ArrayList<>();
        for (FileData d : data) {
            int before = forms.size();
            if (d.isUnreadable()) {
                List<Note> notes = new ArrayList<>();
                nb.take(d.reported, 0, notes);
                forms.add(new Forms.Unreadable(m.t("unreadable.title"), d.reported, m.t("unreadable.intro"), d.unreadable, notes));
                continue;
            }
            switch (d.kind) {
                case UP1KYO -> {
                    for (Row r : d.rows) {
                        Rec plan = Cells.rec(m, d, r, nb);
                        Rec user = hosoku(data, nb, r.text(2), r.text(3), r.text(14), null);
                        forms.add(new Forms.Table1(m.t("t1.title"), d.reported, plan, user,
                                notes(nb, d, forms.size() == before, plan, user)));
                    }
                }
                case UP2KYO -> {
                    for (Group g : groups(d, 2, 3, 5)) {
                        forms.add(table2(data, nb, g, forms.size() == before));
                    }
                }
                case UP3KYO -> {
                    for (Group g : groups(d, 2, 3, 5)) {
                        forms.add(table3(data, nb, g, forms.size() == before));
                    }
                }
                case UPPLAN, UPJSK -> {
                    for (Group g : groups(d, 2, 3, 5)) {
                        forms.add(table6(data, nb, g, forms.size() == before));
                    }
                }
                case UPSIKYU -> {
                    for (Group g : groups(d, 2, 3, 5)) {
                        forms.add(table7(data, nb, g, forms.size() == before));
                    }
                }
                case UPKIHON -> {
                    for (Row r : d.rows) {
                        forms.add(basicInfo(data, nb, d, r, forms.size() == before));
                    }
                }
                case UPYOBO -> {
                    for (Row r : d.rows) {
                        forms.add(preventionPlan(data, nb, d, r, forms.size() == before));
                    }
                }
                case DLT1KYO, DLTPLAN, DLTJSK, DLTKIHON, DLTYOBO -> {
                    for (Row r : d.rows) {
                        Rec rec = Cells.rec(m, d, r, nb);
                        forms.add(new Forms.Deletion(m.t("deletion.title") + " " + d.kind.nameJa(), d.reported,
                                m.t("deletes." + d.kind.prefix()), rec.items().subList(1, rec.items().size()),
                                notes(nb, d, forms.size() == before, rec)));
                    }
                }
                default -> {
                    // UPHOSOKU, the 別表 and the image are shown on their parents' forms
                }
            }
        }
        List<String> summary = new ArrayList<>();
        UnitKey key = unit.key();
        summary.add(m.t("col.sender") + ": " + party(key.senderOffice().text(), key.senderServiceType()));
        summary.add(m.t("col.receiver") + ": " + party(key.receiverOffice().text(), key.receiverServiceType()));
        summary.add(m.t("col.sequence") + ": " + key.sequence().text());
        summary.add(m.t("summary.origin") + ": " + s.origin());
        for (FileData d : data) {
            summary.add(m.t("summary.file") + ": " + d.reported);
        }
        return new PageView(m, title(unit), csp, css, summary, forms, nb.rest(), List.of());
    }

    private String title(TransmissionUnit unit) {
        Set<String> kinds = new LinkedHashSet<>();
        for (UnitFile f : unit.files()) {
            kinds.add(f.kind().prefix());
        }
        return m.t("page.title") + " " + String.join(" ", kinds) + " " + unit.key();
    }

    PageView index(List<io.github.careplanspec.examples.render.RenderedPage> pages) {
        List<PageView.IndexRow> rows = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            RenderSource s = sources.get(i);
            String href = pages.get(i).fileName();
            if (s.unit().isEmpty()) {
                rows.add(new PageView.IndexRow(href, "", "", m.t("refused.title"), "", "", "", problemCounts[i],
                        s.origin()));
                continue;
            }
            TransmissionUnit u = s.unit().get();
            UnitKey k = u.key();
            Set<String> kinds = new LinkedHashSet<>();
            Set<String> months = new LinkedHashSet<>();
            Set<String> versions = new LinkedHashSet<>();
            for (UnitFile f : u.files()) {
                kinds.add(f.kind().prefix());
                f.name().monthSegment().filter(ms -> !ms.isPlanLinked()).ifPresent(ms -> months.add(
                        Cells.display(m, monthColumn(), ms.text())));
            }
            for (FileData d : files.get(i)) {
                if (!d.rows.isEmpty()) {
                    versions.add(d.rows.get(0).text(1));
                }
            }
            rows.add(new PageView.IndexRow(href, party(k.senderOffice().text(), k.senderServiceType()),
                    party(k.receiverOffice().text(), k.receiverServiceType()), String.join(m.t("list.separator"), kinds),
                    String.join(m.t("list.separator"), months), k.sequence().text(),
                    String.join(m.t("list.separator"), versions), problemCounts[i],
                    s.origin()));
        }
        NoteBook rest = new NoteBook(m, unattributed);
        return new PageView(m, m.t("index.title"), csp, css, List.of(), List.of(), rest.rest(), rows);
    }

    private static ColumnSpec monthColumn() {
        return io.github.careplanspec.model.catalog.Catalog.columns(FileKind.UPPLAN).get(4);
    }

    private static String party(String office, ServiceTypeCode type) {
        return office + " " + ServiceTypes.display(type);
    }

    // ---------------------------------------------------------------------------------------------------- notes

    /** The problems of a form's records, and the file's own ones with its first form. */
    private static List<Note> notes(NoteBook nb, FileData primary, boolean first, Rec... recs) {
        List<Note> out = new ArrayList<>();
        if (first) {
            nb.take(primary.reported, 0, out);
        }
        for (Rec r : recs) {
            if (r.present()) {
                nb.take(r.file(), r.recordIndex(), out);
            }
        }
        out.sort(Comparator.comparingInt(Note::number));
        return out;
    }

    private static List<Note> notes(NoteBook nb, FileData primary, boolean first, List<Rec> recs) {
        return notes(nb, primary, first, recs.toArray(new Rec[0]));
    }

    // ---------------------------------------------------------------------------------------------------- groups

    /** The records of a file grouped by some items (a user's plan or month), in order of first appearance. */
    private static List<Group> groups(FileData d, int... nos) {
        Map<String, List<Row>> by = new LinkedHashMap<>();
        for (Row r : d.rows) {
            StringBuilder k = new StringBuilder();
            for (int no : nos) {
                k.append(r.text(no)).append('\u0000');
            }
            by.computeIfAbsent(k.toString(), x -> new ArrayList<>()).add(r);
        }
        List<Group> out = new ArrayList<>();
        for (List<Row> rows : by.values()) {
            out.add(new Group(d, rows));
        }
        return out;
    }

    /**
     * The 利用者補足情報 of a plan (No.2, 3, 4 = 保険者番号, 被保険者番号, 居宅サービス計画作成（変更）日) or of a month
     * (No.2, 3, 63 = 対象年月), from the unit's UPHOSOKU; a blank record when the unit has none.
     */
    private Rec hosoku(List<FileData> data, NoteBook nb, String insurer, String insured, String planDate,
            String month) {
        for (FileData d : data) {
            if (d.kind != FileKind.UPHOSOKU) {
                continue;
            }
            for (Row r : d.rows) {
                boolean same = r.text(2).equals(insurer) && r.text(3).equals(insured)
                        && (month == null ? r.text(4).equals(planDate) : r.text(63).equals(month));
                if (same) {
                    return Cells.rec(m, d, r, nb);
                }
            }
        }
        return Cells.blank(FileKind.UPHOSOKU);
    }

    // ---------------------------------------------------------------------------------------------------- 第2表

    private static final int[] ISSUE_CELLS = {7, 9, 11};
    private static final int[] GOAL_CELLS = {10, 12};

    private Forms.Table2 table2(List<FileData> data, NoteBook nb, Group g, boolean first) {
        // R40: 課題ＮＯ, 援助目標ＮＯ, 援助内容ＮＯ are the print order
        List<Row> rows = new ArrayList<>(g.rows());
        rows.sort(Comparator.comparing((Row r) -> number(r.text(6))).thenComparing(r -> number(r.text(8)))
                .thenComparing(r -> number(r.text(13))));
        // carryForward (display only): which blank cells continue the 課題 or 目標 of a row above
        List<CarePlanTable2Row> typed = new ArrayList<>();
        for (Row r : rows) {
            if (r.typed() instanceof CarePlanTable2Row t) {
                typed.add(t);
            }
        }
        Map<CarePlanTable2Row, CarePlanTable2Row> filled = new IdentityHashMap<>();
        List<CarePlanTable2Row> carried = CarePlanTable2Row.carryForward(typed);
        for (int i = 0; i < typed.size(); i++) {
            filled.put(typed.get(i), carried.get(i));
        }
        List<Map<Integer, Integer>> spans = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            spans.add(new HashMap<>());
        }
        mergeRuns(rows, filled, spans, ISSUE_CELLS, r -> r.text(6));
        mergeRuns(rows, filled, spans, GOAL_CELLS, r -> r.text(6) + '\u0000' + r.text(8));
        List<Forms.Table2Row> out = new ArrayList<>();
        List<Rec> recs = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Rec rec = Cells.rec(m, g.f(), rows.get(i), nb);
            recs.add(rec);
            out.add(new Forms.Table2Row(rec, Map.copyOf(spans.get(i))));
        }
        Row head = g.rows().get(0);
        Rec user = hosoku(data, nb, head.text(2), head.text(3), head.text(5), null);
        recs.add(user);
        return new Forms.Table2(m.t("t2.title"), g.f().reported, recs.get(0), user, out, notes(nb, g.f(), first, recs));
    }

    private static void mergeRuns(List<Row> rows, Map<CarePlanTable2Row, CarePlanTable2Row> filled,
            List<Map<Integer, Integer>> spans, int[] cells, Function<Row, String> group) {
        for (int no : cells) {
            int start = 0;
            for (int i = 1; i < rows.size(); i++) {
                Row r = rows.get(i);
                boolean continues = r.text(no).isEmpty() && !r.text(6).isEmpty()
                        && group.apply(r).equals(group.apply(rows.get(i - 1)))
                        && carried(filled.get(r.typed() instanceof CarePlanTable2Row t ? t : null), no);
                if (continues) {
                    spans.get(i).put(no, 0);
                    spans.get(start).put(no, spans.get(start).getOrDefault(no, 1) + 1);
                } else {
                    start = i;
                }
            }
        }
    }

    /** Whether carryForward gave a row a value for an item it left blank. */
    private static boolean carried(CarePlanTable2Row filled, int no) {
        if (filled == null) {
            return false;
        }
        Object v = switch (no) {
            case 7 -> filled.issue();
            case 9 -> filled.longTermGoal();
            case 10 -> filled.shortTermGoal();
            case 11 -> filled.longTermPeriod();
            default -> filled.shortTermPeriod();
        };
        return v != null;
    }

    private static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    // ---------------------------------------------------------------------------------------------------- 第3表

    /** The time bands of the 週間サービス計画表, two hours a row from 0:00. */
    private static final String[] BANDS = {"late", "late", "late", "early", "morning", "morning", "afternoon",
        "afternoon", "afternoon", "evening", "evening", "late"};

    private Forms.Table3 table3(List<FileData> data, NoteBook nb, Group g, boolean first) {
        List<List<List<Forms.Entry>>> grid = new ArrayList<>();
        List<List<Forms.Entry>> activities = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            List<List<Forms.Entry>> days = new ArrayList<>();
            for (int d = 0; d < 7; d++) {
                days.add(new ArrayList<>());
            }
            grid.add(days);
            activities.add(new ArrayList<>());
        }
        List<Forms.Entry> untimed = new ArrayList<>();
        List<Item> others = new ArrayList<>();
        List<Rec> recs = new ArrayList<>();
        for (Row r : g.rows()) {
            Rec rec = Cells.rec(m, g.f(), r, nb);
            recs.add(rec);
            if (!r.text(6).isEmpty()) {
                Forms.Entry e = new Forms.Entry(rec.i(8), rec.i(9), rec.i(6), rec.i(7));
                int h = Cells.hour(r.text(8));
                String w = r.text(7);
                int day = w.length() == 1 && w.charAt(0) >= '1' && w.charAt(0) <= '7' ? w.charAt(0) - '1' : -1;
                if (h < 0 || day < 0) {
                    untimed.add(e);
                } else {
                    grid.get(Math.min(h / 2, 11)).get(day).add(e);
                }
            }
            if (!r.text(10).isEmpty()) {
                Forms.Entry e = new Forms.Entry(rec.i(11), rec.i(12), rec.i(10), rec.i(7));
                int h = Cells.hour(r.text(11));
                if (h < 0) {
                    untimed.add(e);
                } else {
                    activities.get(Math.min(h / 2, 11)).add(e);
                }
            }
            if (!r.text(13).isEmpty()) {
                others.add(rec.i(13));
            }
        }
        List<Forms.Slot> slots = new ArrayList<>();
        for (int s = 0; s < 12; s++) {
            int span = 0;
            if (s == 0 || !BANDS[s].equals(BANDS[s - 1])) {
                span = 1;
                while (s + span < 12 && BANDS[s + span].equals(BANDS[s])) {
                    span++;
                }
            }
            slots.add(new Forms.Slot(m.t("band." + BANDS[s]), span, (s * 2) + ":00", grid.get(s), activities.get(s)));
        }
        List<String> weekdays = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            weekdays.add(d.getDisplayName(TextStyle.SHORT, m.locale()));
        }
        Row head = g.rows().get(0);
        Rec user = hosoku(data, nb, head.text(2), head.text(3), head.text(5), null);
        recs.add(user);
        return new Forms.Table3(m.t("t3.title"), g.f().reported, recs.get(0), user, weekdays, slots, untimed, others,
                notes(nb, g.f(), first, recs));
    }

    // ---------------------------------------------------------------------------------------------------- 第6表

    /** A service line's key: 提供時間帯, サービスコード, TAIS/届出コード, 明細判別, 事業所 and its サテライト枝番. */
    private static final int[] LINE_KEY = {12, 13, 15, 16, 17, 19, 20, 22};

    private static final class LineAcc {
        Rec first;
        int[] plan;
        int[] result;
    }

    private Forms.Table6 table6(List<FileData> data, NoteBook nb, Group g, boolean first) {
        Row head = g.rows().get(0);
        boolean isPlan = g.f().kind == FileKind.UPPLAN;
        FileKind other = isPlan ? FileKind.UPJSK : FileKind.UPPLAN;
        List<Group> paired = sixes.getOrDefault(other.prefix() + "|" + head.text(2) + "|" + head.text(3) + "|"
                + head.text(5), List.of());
        YearMonth month = null;
        try {
            if (Cells.digits(head.text(5), 6)) {
                month = YearMonth.of(Integer.parseInt(head.text(5).substring(0, 4)),
                        Integer.parseInt(head.text(5).substring(4)));
            }
        } catch (DateTimeException e) {
            month = null;
        }
        Map<String, LineAcc> lines = new LinkedHashMap<>();
        List<Rec> recs = new ArrayList<>();
        for (Row r : g.rows()) {
            Rec rec = Cells.rec(m, g.f(), r, nb);
            recs.add(rec);
            add(lines, rec, r, isPlan, month);
        }
        Set<String> pairedFiles = new LinkedHashSet<>();
        for (Group p : paired) {
            pairedFiles.add(p.f().reported);
            for (Row r : p.rows()) {
                add(lines, Cells.rec(m, p.f(), r, nb), r, !isPlan, month);
            }
        }
        int daysInMonth = month == null ? 31 : month.lengthOfMonth();
        List<Forms.Day> days = new ArrayList<>();
        for (int d = 1; d <= daysInMonth; d++) {
            DayOfWeek w = month == null ? null : month.atDay(d).getDayOfWeek();
            days.add(new Forms.Day(d, w == null ? "" : w.getDisplayName(TextStyle.SHORT, m.locale()),
                    w == DayOfWeek.SATURDAY ? "sat" : w == DayOfWeek.SUNDAY ? "sun" : ""));
        }
        boolean hasPlan = isPlan || !paired.isEmpty();
        boolean hasResult = !isPlan || !paired.isEmpty();
        List<Forms.Line> out = new ArrayList<>();
        for (LineAcc a : lines.values()) {
            out.add(new Forms.Line(a.first, typeName(a.first.raw(15)), counts(a.plan, daysInMonth), total(a.plan),
                    counts(a.result, daysInMonth), total(a.result), hasPlan, hasResult));
        }
        Rec user = hosoku(data, nb, head.text(2), head.text(3), null, head.text(5));
        recs.add(user);
        String title = m.t(isPlan ? "t6.title" : "t6.result.title");
        return new Forms.Table6(title, g.f().reported, recs.get(0), user, String.join(", ", pairedFiles), days, out,
                notes(nb, g.f(), first, recs));
    }

    private static void add(Map<String, LineAcc> lines, Rec rec, Row r, boolean plan, YearMonth month) {
        StringBuilder k = new StringBuilder();
        for (int no : LINE_KEY) {
            k.append(r.text(no)).append('\u0000');
        }
        LineAcc a = lines.computeIfAbsent(k.toString(), x -> new LineAcc());
        if (a.first == null) {
            a.first = rec;
        }
        int[] counts = plan ? (a.plan == null ? a.plan = new int[31] : a.plan)
                : (a.result == null ? a.result = new int[31] : a.result);
        String day = r.text(10);
        if (Cells.digits(day, 8) && (month == null || day.startsWith(String.format(Locale.ROOT, "%04d%02d",
                month.getYear(), month.getMonthValue())))) {
            int d = Integer.parseInt(day.substring(6));
            if (d >= 1 && d <= 31) {
                long n = number(r.text(14));
                counts[d - 1] += n == Long.MAX_VALUE || n < 1 || n > 99 ? 1 : (int) n;
            }
        }
    }

    private static List<String> counts(int[] c, int days) {
        List<String> out = new ArrayList<>(days);
        for (int d = 0; d < days; d++) {
            out.add(c == null || c[d] == 0 ? "" : Integer.toString(c[d]));
        }
        return out;
    }

    private static String total(int[] c) {
        return c == null ? "" : Integer.toString(Arrays.stream(c).sum());
    }

    /** A サービスコード with the name of its サービス種類 (the first two characters). */
    private static String service(String code) {
        String type = typeName(code);
        return type.isEmpty() ? code : code + " " + type;
    }

    /** The name of the サービス種類 of a サービスコード, empty when unknown. */
    private static String typeName(String code) {
        if (code.length() < 2) {
            return "";
        }
        try {
            return ServiceTypes.lookup(ServiceTypeCode.parse(code.substring(0, 2))).map(ServiceTypeInfo::nameJa)
                    .orElse("");
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    // ---------------------------------------------------------------------------------------------------- 第7表

    private Forms.Table7 table7(List<FileData> data, NoteBook nb, Group g, boolean first) {
        List<Forms.Table7Row> rows = new ArrayList<>();
        List<Rec> recs = new ArrayList<>();
        for (Row r : g.rows()) {
            Rec rec = Cells.rec(m, g.f(), r, nb);
            recs.add(rec);
            String code = r.text(9);
            String type = typeName(code);
            // R51: 全合計 999999; 種類別小計 {CD}AAAA (区分支給対象), {CD}EEEE (対象外), {CD}ZZZZ (30日超過分)
            if (code.equals("999999")) {
                rows.add(new Forms.Table7Row(rec, "total", m.t("t7.total")));
            } else if (code.length() == 6 && code.endsWith("AAAA")) {
                rows.add(new Forms.Table7Row(rec, "subtotal", m.t("t7.subtotal", type).strip()));
            } else if (code.length() == 6 && code.endsWith("EEEE")) {
                rows.add(new Forms.Table7Row(rec, "subtotal", m.t("t7.subtotal.outsideLimit", type).strip()));
            } else if (code.length() == 6 && code.endsWith("ZZZZ")) {
                rows.add(new Forms.Table7Row(rec, "subtotal", m.t("t7.subtotal.over30Days", type).strip()));
            } else {
                rows.add(new Forms.Table7Row(rec, "detail", service(code)));
            }
        }
        Row head = g.rows().get(0);
        Rec user = hosoku(data, nb, head.text(2), head.text(3), null, head.text(5));
        recs.add(user);
        return new Forms.Table7(m.t("t7.title"), g.f().reported, recs.get(0), user, rows,
                notes(nb, g.f(), first, recs));
    }

    // ---------------------------------------------------------------------------------------------------- 予防

    private Forms.ItemSheet basicInfo(List<FileData> data, NoteBook nb, FileData d, Row r, boolean first) {
        Rec rec = Cells.rec(m, d, r, nb);
        List<Rec> recs = new ArrayList<>(List.of(rec));
        List<Forms.Grid> tables = new ArrayList<>();
        tables.add(grid(data, nb, FileKind.UPKIHON_SUB1, r, 5, recs, null));
        tables.add(grid(data, nb, FileKind.UPKIHON_SUB2, r, 5, recs, null));
        String image = "";
        String imageName = r.text(62);
        for (FileData f : data) {
            if (f.kind == FileKind.UPKIHON_IMAGE && f.file.fileName().equalsIgnoreCase(imageName)
                    && f.image != null && isJpeg(f.image)) {
                image = "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(f.image);
            }
        }
        return new Forms.ItemSheet(m.t("kihon.title"), d.reported, true, rec.items().subList(1, rec.items().size()),
                tables, image, imageName, notes(nb, d, first, recs));
    }

    private Forms.ItemSheet preventionPlan(List<FileData> data, NoteBook nb, FileData d, Row r, boolean first) {
        Rec rec = Cells.rec(m, d, r, nb);
        List<Rec> recs = new ArrayList<>(List.of(rec));
        List<Forms.Grid> tables = List.of(grid(data, nb, FileKind.UPYOBO_SUB, r, 5, recs,
                Comparator.comparing((Row x) -> number(x.text(5))).thenComparing(x -> number(x.text(10)))
                        .thenComparing(x -> number(x.text(14)))));
        return new Forms.ItemSheet(m.t("yobo.title"), d.reported, false, rec.items().subList(1, rec.items().size()),
                tables, "", "", notes(nb, d, first, recs));
    }

    /** The records of a 別表 that belong to a parent record (No.2, 3, 4), from item {@code from} on. */
    private Forms.Grid grid(List<FileData> data, NoteBook nb, FileKind kind, Row parent, int from,
            List<Rec> recs, Comparator<Row> order) {
        List<String> headers = new ArrayList<>();
        for (ColumnSpec c : io.github.careplanspec.model.catalog.Catalog.columns(kind)) {
            if (c.no() >= from) {
                headers.add(c.name());
            }
        }
        List<List<Item>> rows = new ArrayList<>();
        for (FileData f : data) {
            if (f.kind != kind) {
                continue;
            }
            List<Row> mine = new ArrayList<>();
            for (Row r : f.rows) {
                if (r.text(2).equals(parent.text(2)) && r.text(3).equals(parent.text(3))
                        && r.text(4).equals(parent.text(4))) {
                    mine.add(r);
                }
            }
            if (order != null) {
                mine.sort(order);
            }
            for (Row r : mine) {
                Rec rec = Cells.rec(m, f, r, nb);
                recs.add(rec);
                rows.add(rec.items().subList(from - 1, rec.items().size()));
            }
        }
        return new Forms.Grid(kind.nameJa(), headers, rows);
    }

    private static boolean isJpeg(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF;
    }
}
