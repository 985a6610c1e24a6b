package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.model.catalog.FileKind.DLT1KYO;
import static io.github.careplanspec.model.catalog.FileKind.DLTJSK;
import static io.github.careplanspec.model.catalog.FileKind.UP1KYO;
import static io.github.careplanspec.model.catalog.FileKind.UP2KYO;
import static io.github.careplanspec.model.catalog.FileKind.UP3KYO;
import static io.github.careplanspec.model.catalog.FileKind.UPHOSOKU;
import static io.github.careplanspec.model.catalog.FileKind.UPKIHON;
import static io.github.careplanspec.model.catalog.FileKind.UPKIHON_IMAGE;
import static io.github.careplanspec.model.catalog.FileKind.UPKIHON_SUB1;
import static io.github.careplanspec.model.catalog.FileKind.UPKIHON_SUB2;
import static io.github.careplanspec.model.catalog.FileKind.UPPLAN;
import static io.github.careplanspec.model.catalog.FileKind.UPSIKYU;
import static io.github.careplanspec.model.catalog.FileKind.UPYOBO;
import static io.github.careplanspec.model.catalog.FileKind.UPYOBO_SUB;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cross-file rules of a transmission unit (R26, R27, R29, R30, P4, P6, R31): a failing and a passing case each. */
class UnitRulesTest {
    private static final String INSURER = "131016";
    private static final String USER1 = "0000000001";
    private static final String USER2 = "0000000002";
    private static final String DATE = "20241001";
    private static final String MONTH = "202411";
    private static final String TAIL = "_1310100001_43_1310200002_11_20241025120000";
    private static final String IMAGE = "UPKIHON_IMAGE" + TAIL + "_0001.jpg";

    /** A record of a kind: every item empty but CSVバージョン and the given ones (No., text, …). */
    private static String[] row(FileKind kind, Object... noAndText) {
        String[] t = new String[Catalog.columns(kind).size()];
        Arrays.fill(t, "");
        t[0] = "202407";
        for (int i = 0; i < noAndText.length; i += 2) {
            t[(Integer) noAndText[i] - 1] = (String) noAndText[i + 1];
        }
        return t;
    }

    private static List<String[]> rows(String[]... rows) {
        return List.of(rows);
    }

    private static UnitContext.UnitFile file(FileKind kind) {
        return file(kind, List.of());
    }

    private static UnitContext.UnitFile file(FileKind kind, List<String[]> rows) {
        String name = kind == UPKIHON_IMAGE ? IMAGE : kind.prefix() + TAIL + ".CSV";
        List<RecordContext<?>> records = new ArrayList<>();
        if (kind.isCsv()) {
            RecordLayout<? extends Record> layout = Catalog.layout(kind);
            long i = 1;
            for (String[] t : rows) {
                records.add(context(layout, name, i++, t));
            }
        }
        return new UnitContext.UnitFile(FileContext.of(name, kind), records);
    }

    private static <R extends Record> RecordContext<R> context(RecordLayout<R> layout, String name, long i,
            String[] t) {
        return new RecordContext<>(new RecordLocation(name, i, i), layout, t, null);
    }

    private static List<ValidationIssue> check(UnitRule rule, UnitContext.UnitFile... files) {
        List<ValidationIssue> out = new ArrayList<>();
        rule.check(new UnitContext("20241025120000", List.of(files)), out::add);
        return out;
    }

    private static List<String> ids(List<ValidationIssue> issues) {
        return issues.stream().map(i -> i.rule().id() + "@" + prefix(i.file())
                + ":" + i.record() + ":" + i.column()).toList();
    }

    private static String prefix(String file) {
        for (FileKind k : List.of(UPKIHON_SUB1, UPKIHON_SUB2, UPYOBO_SUB)) {
            if (file.startsWith(k.prefix() + "_")) {
                return k.prefix();
            }
        }
        return file.substring(0, file.indexOf('_'));
    }

    // ---- R26: 第1表 ↔ 第2表 ↔ 第3表 ↔ 利用者補足情報 ----

    private static String[] plan1(String user) {
        return row(UP1KYO, 2, INSURER, 3, user, 14, DATE);
    }

    private static String[] dependent(FileKind k, String user) {
        return row(k, 2, INSURER, 3, user, 5, DATE);
    }

    private static String[] planSupplement(String user) {
        return row(UPHOSOKU, 2, INSURER, 3, user, 4, DATE, 63, "000000");
    }

    @Test
    void aCompletePlanUnitPasses() {
        assertEquals(List.of(), check(new PlanFamilyRule(),
                file(UP1KYO, rows(plan1(USER1), plan1(USER2))),
                file(UP2KYO, rows(dependent(UP2KYO, USER1), dependent(UP2KYO, USER1), dependent(UP2KYO, USER2))),
                file(UP3KYO, rows(dependent(UP3KYO, USER2))),
                file(UPHOSOKU, rows(planSupplement(USER2), planSupplement(USER1)))));
    }

    @Test
    void r26PlanRowsWithoutTheir第1表AreOrphansOncePerKey() {
        assertEquals(List.of("R26.orphan@UP2KYO:2:5", "R26.orphan@UP3KYO:1:5", "R26.orphan@UPHOSOKU:2:4"),
                ids(check(new PlanFamilyRule(),
                        file(UP1KYO, rows(plan1(USER1))),
                        file(UP2KYO, rows(dependent(UP2KYO, USER1), dependent(UP2KYO, USER2),
                                dependent(UP2KYO, USER2))),
                        file(UP3KYO, rows(dependent(UP3KYO, USER2))),
                        file(UPHOSOKU, rows(planSupplement(USER1), planSupplement(USER2))))));
    }

    @Test
    void r30APlanWithoutItsSupplementAndADuplicateSupplement() {
        assertEquals(List.of("R30.duplicateSupplement@UPHOSOKU:2:4", "R30.noSupplement@UP1KYO:2:14"),
                ids(check(new PlanFamilyRule(),
                        file(UP1KYO, rows(plan1(USER1), plan1(USER2))),
                        file(UPHOSOKU, rows(planSupplement(USER1), planSupplement(USER1))))));
        // no UPHOSOKU file at all: the unit check (R21.UNIT003) reports it, not R30 per key
        assertEquals(List.of(), check(new PlanFamilyRule(), file(UP1KYO, rows(plan1(USER1)))));
    }

    // ---- R27: 第6表 ↔ 第7表 ↔ 利用者補足情報 per user and month ----

    private static String[] ticket(String user, String month) {
        return row(UPPLAN, 2, INSURER, 3, user, 5, month);
    }

    private static String[] annex(String user, String month) {
        return row(UPSIKYU, 2, INSURER, 3, user, 5, month);
    }

    private static String[] monthSupplement(String user, String month) {
        return row(UPHOSOKU, 2, INSURER, 3, user, 4, "00000000", 63, month);
    }

    @Test
    void aCompleteUtilizationUnitPasses() {
        assertEquals(List.of(), check(new UtilizationFamilyRule(),
                file(UPPLAN, rows(ticket(USER1, MONTH), ticket(USER1, MONTH), ticket(USER2, MONTH))),
                file(UPSIKYU, rows(annex(USER1, MONTH), annex(USER2, MONTH), annex(USER2, MONTH))),
                file(UPHOSOKU, rows(monthSupplement(USER1, MONTH), monthSupplement(USER2, MONTH)))));
    }

    @Test
    void r27AnnexAndSupplementRowsWithoutTheir第6表AreOrphans() {
        assertEquals(List.of("R27.orphan@UPSIKYU:2:5", "R27.orphan@UPHOSOKU:2:63"),
                ids(check(new UtilizationFamilyRule(),
                        file(UPPLAN, rows(ticket(USER1, MONTH))),
                        file(UPSIKYU, rows(annex(USER1, MONTH), annex(USER2, MONTH))),
                        file(UPHOSOKU, rows(monthSupplement(USER1, MONTH), monthSupplement(USER1, "202412"))))));
    }

    @Test
    void r27And30AUserMonthWithoutAnnexOrSupplement() {
        assertEquals(List.of("R30.duplicateSupplement@UPHOSOKU:2:63", "R27.noAnnex@UPPLAN:2:5",
                        "R30.noSupplement@UPPLAN:2:5"),
                ids(check(new UtilizationFamilyRule(),
                        file(UPPLAN, rows(ticket(USER1, MONTH), ticket(USER2, MONTH))),
                        file(UPSIKYU, rows(annex(USER1, MONTH))),
                        file(UPHOSOKU, rows(monthSupplement(USER1, MONTH), monthSupplement(USER1, MONTH))))));
    }

    // ---- P4, P6: 利用者基本情報 ↔ 別表1/別表2/家族構成画像; 予防計画書 ↔ 別表 ----

    private static String[] yobo(FileKind k, String user) {
        return row(k, 2, INSURER, 3, user, 4, DATE);
    }

    @Test
    void aCompleteBasicInfoUnitPasses() {
        assertEquals(List.of(), check(new BasicInfoFamilyRule(),
                file(UPKIHON, rows(row(UPKIHON, 2, INSURER, 3, USER1, 4, DATE, 62,
                        IMAGE.toUpperCase(java.util.Locale.ROOT)), yobo(UPKIHON, USER2))),
                file(UPKIHON_SUB1, rows(yobo(UPKIHON_SUB1, USER1), yobo(UPKIHON_SUB1, USER2))),
                file(UPKIHON_SUB2, rows(yobo(UPKIHON_SUB2, USER2))),
                file(UPKIHON_IMAGE)));
    }

    @Test
    void p4SubRowsWithoutTheirBasicInfoRowAreOrphans() {
        assertEquals(List.of("P4.orphan@UPKIHON_SUB1:1:4", "P4.orphan@UPKIHON_SUB2:2:4"),
                ids(check(new BasicInfoFamilyRule(),
                        file(UPKIHON, rows(yobo(UPKIHON, USER1))),
                        file(UPKIHON_SUB1, rows(yobo(UPKIHON_SUB1, USER2))),
                        file(UPKIHON_SUB2, rows(yobo(UPKIHON_SUB2, USER1), yobo(UPKIHON_SUB2, USER2))))));
    }

    @Test
    void p6AnImageNamedButAbsentAndAnImageNamedByNoOne() {
        List<ValidationIssue> missing = check(new BasicInfoFamilyRule(),
                file(UPKIHON, rows(row(UPKIHON, 2, INSURER, 3, USER1, 4, DATE, 62, IMAGE))));
        assertEquals(List.of("P6.missingImage@UPKIHON:1:62"), ids(missing));
        assertEquals(IMAGE, missing.get(0).value());
        assertEquals(List.of("P6.unnamedImage@UPKIHON:0:0"), ids(check(new BasicInfoFamilyRule(),
                file(UPKIHON, rows(yobo(UPKIHON, USER1))), file(UPKIHON_IMAGE))));
    }

    @Test
    void p4PreventionPlanSubRowsNeedTheirPlan() {
        assertEquals(List.of(), check(new PreventionPlanFamilyRule(),
                file(UPYOBO, rows(yobo(UPYOBO, USER1))),
                file(UPYOBO_SUB, rows(yobo(UPYOBO_SUB, USER1), yobo(UPYOBO_SUB, USER1)))));
        assertEquals(List.of("P4.orphan@UPYOBO_SUB:2:4"), ids(check(new PreventionPlanFamilyRule(),
                file(UPYOBO, rows(yobo(UPYOBO, USER1))),
                file(UPYOBO_SUB, rows(yobo(UPYOBO_SUB, USER1), yobo(UPYOBO_SUB, USER2))))));
    }

    // ---- R31: a deletion that refers to nothing the receiver holds ----

    @Test
    void r31ADeletionOfAKeyNotHeldIsAWarningOnlyWithAViewOfTheReceiver() {
        Set<List<String>> held = Set.of(List.of(INSURER, USER1, DATE));
        DeletionTargetRule rule = new DeletionTargetRule((kind, key) -> kind == DLT1KYO && held.contains(key));
        assertEquals(List.of(), check(rule, file(DLT1KYO, rows(row(DLT1KYO, 2, INSURER, 3, USER1,
                4, DATE)))));
        List<ValidationIssue> issues = check(rule, file(DLT1KYO, rows(row(DLT1KYO, 2, INSURER, 3,
                USER2, 4, DATE))), file(DLTJSK, rows(row(DLTJSK, 2, INSURER, 3, USER1, 4, MONTH, 5,
                "1310200002", 6, "11"))));
        assertEquals(List.of("R31.nothing@DLT1KYO:1:4", "R31.nothing@DLTJSK:1:4"), ids(issues));
        assertEquals("131016/0000000001/202411/1310200002/11", issues.get(1).params().get("key"));
    }
}
