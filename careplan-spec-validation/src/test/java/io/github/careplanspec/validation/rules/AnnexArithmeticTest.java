package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.validation.rules.KyotakuSamples.TAIL;
import static io.github.careplanspec.validation.rules.KyotakuSamples.ids;
import static io.github.careplanspec.validation.rules.KyotakuSamples.texts;
import static io.github.careplanspec.validation.rules.KyotakuSamples.validateFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.model.issue.Severity;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 第7表 arithmetic (R52.*, warnings) and the 全合計 sums (R51.sum): every check fails on a value one yen / one
 * unit off, on a row where both excess columns (No.19, No.21) are above 0.
 */
class AnnexArithmeticTest {
    private static final String UPSIKYU = "UPSIKYU_202411" + TAIL;

    /** 500 units × 10 = 5000; 種類超 300 + 種類内 4700; 区分超 197 + 区分内 4503; ⌊4503 × 10.72⌋ = 48272 … */
    static ServiceTicketAnnexLine row() {
        return KyotakuSamples.annex(ServiceTicketAnnexLine.builder()).serviceOfficeNumber(KyotakuSamples.HELPER)
                .serviceCode(io.github.careplanspec.model.ServiceCode.parse("111211"))
                .units(500).countOrDays(10).serviceUnitAmount(5000)
                .benefitManagementUnits(5000).overTypeLimitUnits(300).withinTypeLimitUnits(4700)
                .overCategoryLimitUnits(197).withinCategoryLimitUnits(4503)
                .unitPrice(new BigDecimal("10.72")).totalCostInsured(48272) // 4503 × 10.72 = 48272.16
                .benefitRate(90).claimAmount(43444) // 48272 × 0.9 = 43444.8
                .userCopayInsured(4828)
                .daysUsedBeforeMonth(10).plannedDaysThisMonth(5).cumulativeDays(15)
                .build();
    }

    private static List<String[]> withTotal(String[] row) {
        List<String[]> l = new ArrayList<>();
        l.add(row);
        l.add(texts(List.of(KyotakuSamples.annex(ServiceTicketAnnexLine.total()).countOrDays(1).build())).get(0));
        return l;
    }

    private static String[] rowTexts() {
        return RecordLayout.of(ServiceTicketAnnexLine.class).format(row());
    }

    @Test
    void aConsistentRowWithBothExcessColumnsAboveZeroPasses() {
        String[] t = rowTexts();
        assertEquals("300", t[18]);
        assertEquals("197", t[20]);
        assertEquals(List.of(), validateFile(UPSIKYU, withTotal(t)));
    }

    @Test
    void everyResultOneOffIsAWarningOnTheResultItem() {
        Map<Integer, String> rules = Map.of(17, "R52.serviceUnits", 18, "R52.benefitUnits", 20, "R52.typeLimit",
                24, "R52.cost", 26, "R52.claim", 28, "R52.copay", 32, "R52.days");
        for (Map.Entry<Integer, String> e : rules.entrySet()) {
            for (int delta : new int[] {1, -1}) {
                String[] t = rowTexts();
                int no = e.getKey();
                t[no - 1] = Long.toString(Long.parseLong(t[no - 1]) + delta);
                List<ValidationIssue> i = validateFile(UPSIKYU, withTotal(t));
                // a wrong No.20 is also a wrong operand of No.18, a wrong No.24 one of No.26/No.28, a wrong No.26
                // one of No.28: the result item's issue is among them
                List<ValidationIssue> mine = i.stream().filter(x -> x.rule().id().equals(e.getValue())).toList();
                assertEquals(1, mine.size(), no + " " + delta + ": " + ids(i));
                assertEquals(no, mine.get(0).column());
                assertEquals(1, mine.get(0).line());
                assertTrue(i.stream().allMatch(x -> x.severity() == Severity.WARNING), ids(i).toString());
            }
        }
    }

    @Test
    void theCostIsRoundedDownNotToTheNearestYen() {
        String[] t = rowTexts();
        t[23] = "48273"; // rounding 48272.16 up
        List<ValidationIssue> i = validateFile(UPSIKYU, withTotal(t));
        assertEquals("R52.cost", i.get(0).rule().id());
        assertEquals("48272", i.get(0).params().get("expected"));
        assertTrue(i.get(0).messageJa().contains("切り捨て"), i.get(0).messageJa());
    }

    @Test
    void theDiscountedUnitsAreTheUnitsWhenGivenAndAFixedCopaySkipsTheShare() {
        String[] t = rowTexts();
        t[14] = "490"; // 割引後単位数: 490 × 10 = 4900, not 5000
        List<ValidationIssue> i = validateFile(UPSIKYU, withTotal(t));
        assertEquals(List.of("R52.serviceUnits"), ids(i));
        assertEquals("4900", i.get(0).params().get("expected"));
        String[] f = rowTexts();
        f[26] = "100"; // 定額利用者負担: No.26 and No.28 follow another rule
        f[25] = "1";
        f[27] = "2";
        assertEquals(List.of(), validateFile(UPSIKYU, withTotal(f)));
    }

    @Test
    void anEmptyOperandSkipsTheCheck() {
        String[] t = rowTexts();
        t[15] = "";
        t[16] = "123"; // No.16 empty: R9 reports it, No.17 is not computed
        assertEquals(List.of("R9"), ids(validateFile(UPSIKYU, withTotal(t))));
    }

    @Test
    void theTotalRowIsTheSumOfSubtotalsAndUncoveredDetailsAndOneWrongSubtotalIsOneIssue() {
        List<ServiceTicketAnnexLine> sheet = new ArrayList<>(KyotakuSamples.annexSheet());
        // 11: 3160 + 800 = 3960 (AAAA), 17: 300 (no subtotal) → 全合計 No.18 4260
        sheet.set(4, sheet.get(4).toBuilder().benefitManagementUnits(4260).build());
        assertEquals(List.of(), validateFile(UPSIKYU, texts(sheet)));
        List<ServiceTicketAnnexLine> off = new ArrayList<>(sheet);
        off.set(4, sheet.get(4).toBuilder().benefitManagementUnits(4261).build());
        List<ValidationIssue> i = validateFile(UPSIKYU, texts(off));
        assertEquals(List.of("R51.sum"), ids(i));
        assertEquals(5, i.get(0).line());
        assertEquals(18, i.get(0).column());
        assertEquals("4260", i.get(0).params().get("sum"));
        assertTrue(i.get(0).messageJa().contains("全合計行"), i.get(0).messageJa());
        // the subtotal one off, the total right: one issue, on the subtotal
        List<ServiceTicketAnnexLine> sub = new ArrayList<>(sheet);
        sub.set(2, sheet.get(2).toBuilder().benefitManagementUnits(3961).build());
        List<ValidationIssue> s = validateFile(UPSIKYU, texts(sub));
        assertEquals(List.of("R51.sum"), ids(s));
        assertEquals(3, s.get(0).line());
    }

    // ---- across the unit: the 第7表 against UPHOSOKU ----

    @TempDir
    java.nio.file.Path dir;

    private static UnitContext.UnitFile file(FileKind kind, List<String[]> rows) {
        String name = kind.prefix() + "_202411" + TAIL;
        List<RecordContext<?>> records = new ArrayList<>();
        for (String[] t : rows) {
            records.add(context(kind, name, records.size() + 1, t));
        }
        return new UnitContext.UnitFile(FileContext.of(name, io.github.careplanspec.model.name.InterfaceFileName
                .parse(name)), records);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static RecordContext<?> context(FileKind kind, String name, int n, String[] t) {
        return new RecordContext(new RecordLocation(name, n, n), Catalog.layout(kind), t, null);
    }

    private static List<ValidationIssue> unit(String[] supplement, List<ServiceTicketAnnexLine> sheet) {
        List<ValidationIssue> out = new ArrayList<>();
        List<String[]> s = new ArrayList<>();
        s.add(supplement);
        new AnnexSupplementRule().check(new UnitContext("20241025120000",
                List.of(file(FileKind.UPSIKYU, texts(sheet)), file(FileKind.UPHOSOKU, s))), out::add);
        return out;
    }

    @Test
    void theSupplementsSlotsAgreeWithThe第7表sPerTypeSums() {
        String[] s = RecordLayout.of(UserSupplement.class).format(KyotakuSamples.monthSupplement());
        s[19] = "11"; // slot 1: type 11, limit 5000, 合計 3960 (the AAAA row), 限度超 0
        s[20] = "5000";
        s[21] = "3960";
        s[22] = "";
        List<ServiceTicketAnnexLine> sheet = KyotakuSamples.annexSheet();
        assertEquals(List.of(), unit(s, sheet));
        s[21] = "3961";
        List<ValidationIssue> i = unit(s, sheet);
        assertEquals(List.of("R38.slotSum"), ids(i));
        assertEquals(22, i.get(0).column());
        assertEquals("3960", i.get(0).params().get("sum"));
        assertEquals("UPHOSOKU_202411" + TAIL, i.get(0).file());
    }

    @Test
    void theUnitsWithinTheLimitDoNotExceedTheLimit() {
        String[] s = RecordLayout.of(UserSupplement.class).format(KyotakuSamples.monthSupplement());
        s[18] = "4503"; // 区分支給限度基準額
        List<ServiceTicketAnnexLine> sheet = new ArrayList<>(KyotakuSamples.annexSheet());
        sheet.set(4, sheet.get(4).toBuilder().withinCategoryLimitUnits(4503).build());
        assertEquals(List.of(), ids(unit(s, sheet)).stream().filter(x -> x.equals("R29.limit")).toList());
        sheet.set(4, sheet.get(4).toBuilder().withinCategoryLimitUnits(4504).build());
        List<ValidationIssue> i = unit(s, sheet).stream().filter(x -> x.rule().id().equals("R29.limit")).toList();
        assertEquals(1, i.size());
        assertEquals(22, i.get(0).column());
        assertEquals(5, i.get(0).line());
    }
}
