package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.validation.rules.KyotakuSamples.BACK;
import static io.github.careplanspec.validation.rules.KyotakuSamples.TAIL;
import static io.github.careplanspec.validation.rules.KyotakuSamples.ids;
import static io.github.careplanspec.validation.rules.KyotakuSamples.texts;
import static io.github.careplanspec.validation.rules.KyotakuSamples.validateFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.CsvWriter;
import io.github.careplanspec.model.ServiceTime;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.ConsultationMethod;
import io.github.careplanspec.model.code.UserCurrentSituation;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.model.yobo.UserBasicInfo;
import io.github.careplanspec.validation.UnitValidator;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.model.issue.Severity;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, the nine decided readings: each is an error, located on its file, line and item No. (the helper
 * validates one physical line per record, so line = record).
 */
class SpecFidelityTest {
    private static final String UPPLAN = "UPPLAN_202411" + TAIL;

    @TempDir
    Path dir;

    private static void at(ValidationIssue i, String rule, String file, long line, int no) {
        assertEquals(rule, i.rule().id(), i.toString());
        assertEquals(Severity.ERROR, i.severity(), rule + " is an error");
        assertEquals(file, i.file());
        assertEquals(line, i.line());
        assertEquals(no, i.column());
    }

    @Test
    void reading1FileNameMonthDiffersFromTheRecordsMonth() {
        String name = "UPPLAN_202412" + TAIL;
        List<ValidationIssue> i = validateFile(name, texts(List.of(KyotakuSamples.visit())));
        assertEquals(List.of("R16.month"), ids(i));
        at(i.get(0), "R16.month", name, 1, 5);
        String dlt = "DLTJSK_202410" + BACK;
        List<ValidationIssue> d = validateFile(dlt, texts(List.of(KyotakuSamples.resultDeletion())));
        at(d.get(0), "R16.month", dlt, 1, 4);
        String hosoku = "UPHOSOKU_202410" + TAIL;
        List<ValidationIssue> h = validateFile(hosoku, texts(List.of(KyotakuSamples.monthSupplement())));
        at(h.get(0), "R16.month", hosoku, 1, 63);
    }

    @Test
    void reading2AServiceDateOutsideTheServiceMonth() {
        ServiceTicketLine december = KyotakuSamples.visit().toBuilder().serviceDate(LocalDate.of(2024, 12, 2))
                .build();
        List<ValidationIssue> i = validateFile(UPPLAN, texts(List.of(KyotakuSamples.visit(), december)));
        assertEquals(List.of("R20.serviceDate"), ids(i));
        at(i.get(0), "R20.serviceDate", UPPLAN, 2, 10);
        assertTrue(i.get(0).messageJa().contains("202411"), i.get(0).messageJa());
        String jsk = "UPJSK_202411" + BACK;
        assertEquals(List.of("R20.serviceDate"), ids(validateFile(jsk, texts(List.of(december)))));
        assertEquals(List.of(), validateFile(jsk, texts(List.of(KyotakuSamples.visit()))));
    }

    @Test
    void reading3SeveralInLimitRowsNeedTheirAAAASubtotal() {
        List<io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine> sheet =
                new ArrayList<>(KyotakuSamples.annexSheet());
        sheet.remove(2);
        String name = "UPSIKYU_202411" + TAIL;
        List<ValidationIssue> i = validateFile(name, texts(sheet));
        assertEquals(1, i.size(), i.toString());
        at(i.get(0), "R51.inLimitSubtotal", name, 1, 9);
    }

    private static List<String[]> single(String[] record) {
        List<String[]> l = new ArrayList<>();
        l.add(record);
        return l;
    }

    private static String[] supplement(UserSupplement s, String no4, String no63) {
        String[] t = RecordLayout.of(UserSupplement.class).format(s);
        t[3] = no4;
        t[62] = no63;
        return t;
    }

    @Test
    void reading4TheSupplementErrorSitsOnTheWrongItemAsTheUnitDecides() {
        UserSupplement s = KyotakuSamples.planSupplement();
        String month = "UPHOSOKU_202411" + TAIL;
        String plan = "UPHOSOKU_000000" + TAIL;
        // both hold values: a utilization unit's record is wrong in No.4, a plan unit's in No.63
        List<ValidationIssue> a = validateFile(month, single(supplement(s, "20241001", "202411")));
        assertEquals(List.of("R37.bothLinked"), ids(a));
        at(a.get(0), "R37.bothLinked", month, 1, 4);
        assertTrue(a.get(0).messageEn().contains("00000000"), a.get(0).messageEn());
        List<ValidationIssue> b = validateFile(plan, single(supplement(s, "20241001", "202411")));
        assertEquals(List.of("R37.bothLinked"), ids(b));
        at(b.get(0), "R37.bothLinked", plan, 1, 63);
        // both hold sentinels: a utilization unit's record is wrong in No.63, a plan unit's in No.4
        List<ValidationIssue> c = validateFile(month, single(supplement(s, "00000000", "000000")));
        assertEquals(List.of("R37.unlinked"), ids(c));
        at(c.get(0), "R37.unlinked", month, 1, 63);
        List<ValidationIssue> d = validateFile(plan, single(supplement(s, "00000000", "000000")));
        assertEquals(List.of("R37.unlinked"), ids(d));
        at(d.get(0), "R37.unlinked", plan, 1, 4);
        assertTrue(d.get(0).messageJa().contains("居宅サービス計画作成（変更）日"), d.get(0).messageJa());
    }

    @Test
    void reading5SlotsFromSlotOneAndShortStayIs22() {
        UserSupplement s = KyotakuSamples.planSupplement();
        String name = "UPHOSOKU_000000" + TAIL;
        String[] t = RecordLayout.of(UserSupplement.class).format(s);
        // slot 1 empty, slot 2 used
        String[] gap = t.clone();
        for (int no = 20; no <= 23; no++) {
            gap[no - 1] = "";
        }
        List<ValidationIssue> g = validateFile(name, single(gap));
        assertEquals(List.of("R38.gap"), ids(g));
        at(g.get(0), "R38.gap", name, 1, 24);
        // 23 短期入所療養介護（病院等） in a slot: must be 22
        String[] stay = t.clone();
        stay[23] = "23";
        List<ValidationIssue> st = validateFile(name, single(stay));
        assertEquals(List.of("R38.shortStay"), ids(st));
        at(st.get(0), "R38.shortStay", name, 1, 24);
        stay[23] = "2A";
        assertEquals(List.of("R38.shortStay"), ids(validateFile(name, single(stay))));
        assertEquals(List.of(), validateFile(name, single(t)));
    }

    @Test
    void reading6StartAndEndDisagreeOn9999() {
        ServiceTicketLine half = KyotakuSamples.visit().toBuilder()
                .times(ServiceTime.of(9, 30), ServiceTime.NONE).build();
        List<ValidationIssue> i = validateFile(UPPLAN, texts(List.of(KyotakuSamples.visit(), half)));
        assertEquals(List.of("R42.pair"), ids(i));
        at(i.get(0), "R42.pair", UPPLAN, 2, 13);
    }

    @Test
    void reading7RentalLinesWithTheSameCodeAndUnitsOnADateAreNumberedFromOne() {
        ServiceTicketLine one = KyotakuSamples.rental();
        ServiceTicketLine two = one.toBuilder().equipmentName("手すり（廊下）").detailNumber(2).build();
        assertEquals(List.of(), validateFile(UPPLAN, texts(List.of(one, two))), "the spec's example: 1, 2");
        // repeated
        ServiceTicketLine again = one.toBuilder().equipmentName("手すり（廊下）").build();
        List<ValidationIssue> r = validateFile(UPPLAN, texts(List.of(KyotakuSamples.visit(), one, again)));
        assertEquals(List.of("R47.sequence"), ids(r));
        at(r.get(0), "R47.sequence", UPPLAN, 3, 19);
        assertTrue(r.get(0).messageJa().contains("重複"), r.get(0).messageJa());
        // missing
        ServiceTicketLine none = one.toBuilder().detailNumber(null).build();
        List<ValidationIssue> m = validateFile(UPPLAN, texts(List.of(one, none)));
        at(m.get(0), "R47.sequence", UPPLAN, 2, 19);
        assertTrue(m.get(0).messageEn().contains("missing"), m.get(0).messageEn());
        // not from 1
        ServiceTicketLine three = two.toBuilder().detailNumber(3).build();
        List<ValidationIssue> s = validateFile(UPPLAN, texts(List.of(two, three)));
        assertEquals(List.of("R47.sequence"), ids(s));
        at(s.get(0), "R47.sequence", UPPLAN, 2, 19);
        // another date, another provider or other units: not the same group
        ServiceTicketLine otherDay = one.toBuilder().serviceDate(LocalDate.of(2024, 11, 2)).build();
        assertEquals(List.of(), validateFile(UPPLAN, texts(List.of(one, otherDay))));
        ServiceTicketLine otherUnits = one.toBuilder().units(250).build();
        assertEquals(List.of(), validateFile(UPPLAN, texts(List.of(one, otherUnits))));
    }

    @Test
    void reading8ConditionalItemsOfTheBasicInfo() {
        String name = "UPKIHON_1310100001_46_1310200002_A2_20241025120000.CSV";
        UserBasicInfo other = YoboRulesTest.basicInfo().toBuilder().consultationMethod(ConsultationMethod.OTHER)
                .build();
        UserBasicInfo stay = YoboRulesTest.basicInfo().toBuilder()
                .currentSituation(UserCurrentSituation.IN_HOSPITAL_OR_FACILITY).build();
        List<ValidationIssue> i = validateFile(name, texts(List.of(YoboRulesTest.basicInfo(), other, stay)));
        assertEquals(List.of("P15.consultationOther", "P15.situationNote"), ids(i));
        at(i.get(0), "P15.consultationOther", name, 2, 9);
        at(i.get(1), "P15.situationNote", name, 3, 13);
    }

    @Test
    void reading9AnImageThatIsNotAJpegIsOneP6JpegInFolderMode() throws Exception {
        String tail = "_1310100001_46_1310200002_A2_20241025120000";
        String image = "UPKIHON_IMAGE" + tail + "_0001.jpg";
        UserBasicInfo info = YoboRulesTest.basicInfo().toBuilder()
                .familyImage(io.github.careplanspec.model.yobo.FamilyImageReference.of(image)).build();
        try (OutputStream out = Files.newOutputStream(dir.resolve("UPKIHON" + tail + ".CSV"));
                CsvWriter<UserBasicInfo> w = CsvWriter.open(UserBasicInfo.class, out)) {
            w.write(info);
        }
        Files.write(dir.resolve(image), "GIF89a not a jpeg".getBytes(StandardCharsets.US_ASCII));
        ValidationReport r = UnitValidator.standard().validate(dir);
        List<ValidationIssue> jpeg = r.issues().stream().filter(x -> x.rule() == Rules.P6_JPEG).toList();
        assertEquals(1, jpeg.size(), r.issues().toString());
        assertEquals(image, jpeg.get(0).file());
        assertEquals(Severity.ERROR, jpeg.get(0).severity());
        assertTrue(r.issues().stream().noneMatch(x -> x.rule() == Rules.P6_MISSING_IMAGE
                || x.rule().id().equals("R15.UNIT002")), r.issues().toString());
        assertEquals(Rules.P6_JPEG, Rules.byId("R15.UNIT002").orElseThrow(), "the old id is an alias");
    }
}
