package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.validation.rules.KyotakuSamples.TAIL;
import static io.github.careplanspec.validation.rules.KyotakuSamples.ids;
import static io.github.careplanspec.validation.rules.KyotakuSamples.texts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.validation.CarePlanValidator;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pluggable サービスコード master: the documented CSV form and the rules it enables, on a small generated master. */
class ServiceCodeMasterTest {
    private static final String UPSIKYU = "UPSIKYU_202411" + TAIL;
    private static final String UPPLAN = "UPPLAN_202411" + TAIL;

    @TempDir
    Path dir;

    /** A generated master (fictional values): code, from, to, name, units, basis, limit. */
    static String masterCsv() {
        List<String[]> rows = List.of(
                new String[] {"111211", "202404", "202410", "身体介護２（旧）", "390", "1回につき", "1"},
                new String[] {"111211", "202411", "", "身体介護２", "395", "1回につき", "1"},
                new String[] {"114000", "202404", "", "生活援助加算（例）", "100", "1回につき", "1"},
                new String[] {"116275", "202404", "", "処遇改善加算（率）", "", "1月につき", "0"},
                new String[] {"171007", "202404", "", "手すり貸与", "", "1月につき", "1"});
        StringBuilder b = new StringBuilder("サービスコード,適用開始年月,適用終了年月,名称,単位数,算定単位,区分支給限度対象\r\n");
        for (String[] r : rows) {
            b.append(String.join(",", r)).append("\r\n");
        }
        return b.toString();
    }

    private List<ValidationIssue> validate(String name, List<String[]> records) throws Exception {
        Path f = dir.resolve("master.csv");
        Files.writeString(f, masterCsv(), StandardCharsets.UTF_8);
        CarePlanValidator v = CarePlanValidator.standard().withFileRule(
                new ServiceCodeMasterRule(ServiceCodeMaster.load(f)));
        List<ValidationIssue> out = new ArrayList<>();
        CarePlanValidator.FileValidation fv = v.startFile(FileContext.of(name, InterfaceFileName.parse(name)), out::add);
        long line = 1;
        for (String[] t : records) {
            fv.accept(line++, t);
        }
        fv.finish();
        return out;
    }

    @Test
    void theCsvFormFindsACodeByItsMonth() throws Exception {
        ServiceCodeMaster m = ServiceCodeMaster.read(new StringReader(masterCsv()), "m.csv");
        assertEquals(390, m.find("111211", YearMonth.of(2024, 10)).orElseThrow().units());
        assertEquals(395, m.find("111211", YearMonth.of(2024, 11)).orElseThrow().units());
        assertTrue(m.find("111211", YearMonth.of(2024, 3)).isEmpty());
        assertEquals(null, m.find("116275", YearMonth.of(2025, 1)).orElseThrow().units());
        assertTrue(!m.find("116275", YearMonth.of(2025, 1)).orElseThrow().countsTowardLimit());
    }

    @Test
    void aMalformedMasterNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ServiceCodeMaster.read(
                new StringReader(masterCsv() + "11121,202404,,x,1,1回につき,1\r\n"), "m.csv"));
        assertTrue(e.getMessage().startsWith("m.csv:7:"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ServiceCodeMaster.read(
                new StringReader("code,from\r\n"), "m.csv"));
        IllegalArgumentException limit = assertThrows(IllegalArgumentException.class, () -> ServiceCodeMaster.read(
                new StringReader(masterCsv() + "112111,202404,,x,1,1回につき,yes\r\n"), "m.csv"));
        assertTrue(limit.getMessage().contains("区分支給限度対象"), limit.getMessage());
    }

    @Test
    void theSampleSheetAgreesWithTheMaster() throws Exception {
        assertEquals(List.of(), validate(UPSIKYU, texts(KyotakuSamples.annexSheet())));
        assertEquals(List.of(), validate(UPPLAN, texts(List.of(KyotakuSamples.visit(), KyotakuSamples.rental()))));
    }

    @Test
    void anUnknownCodeAndUnitsThatDifferAreWarnings() throws Exception {
        List<ServiceTicketAnnexLine> sheet = new ArrayList<>(KyotakuSamples.annexSheet());
        sheet.set(0, sheet.get(0).toBuilder().units(396).build());
        sheet.set(1, sheet.get(1).toBuilder().serviceCode(ServiceCode.parse("114001")).build());
        List<ValidationIssue> i = validate(UPSIKYU, texts(sheet));
        assertEquals(List.of("R44.masterUnits", "R10.serviceCodeUnknown"), ids(i));
        assertEquals(13, i.get(0).column());
        assertEquals("395", i.get(0).params().get("units"));
        assertEquals(2, i.get(1).line());
        assertEquals(9, i.get(1).column());
        assertTrue(i.stream().allMatch(x -> x.severity().id().equals("warning")));
        // a 第6表 code unknown in its month
        List<ValidationIssue> p = validate(UPPLAN, texts(List.of(KyotakuSamples.visit().toBuilder()
                .serviceCode(ServiceCode.parse("119999")).build())));
        assertEquals(List.of("R10.serviceCodeUnknown"), ids(p));
        assertEquals(15, p.get(0).column());
    }

    @Test
    void theMasterMakesTheInLimitSubtotalExactWhereNo18IsMissing() throws Exception {
        // two 区分支給限度 rows by the master, No.18 left empty, only an EEEE row: only the master can tell
        List<ServiceTicketAnnexLine> sheet = List.of(KyotakuSamples.annexDetail("111211", 395, null),
                KyotakuSamples.annexDetail("114000", 100, null),
                KyotakuSamples.annex(ServiceTicketAnnexLine.subtotalOutsideLimit(KyotakuSamples.HELPER,
                        io.github.careplanspec.model.ServiceTypeCode.parse("11"))).countOrDays(1).build(),
                KyotakuSamples.annexSheet().get(4));
        assertEquals(List.of(), KyotakuSamples.validateFile(UPSIKYU, texts(sheet)));
        List<ValidationIssue> with = validate(UPSIKYU, texts(sheet));
        assertEquals(List.of("R51.inLimitSubtotal"), ids(with));
        assertEquals(1, with.get(0).line());
        assertEquals(9, with.get(0).column());
        // no subtotal at all: R51.subtotal only, once
        List<ValidationIssue> none = validate(UPSIKYU, texts(List.of(sheet.get(0), sheet.get(1), sheet.get(3))));
        assertEquals(List.of("R51.subtotal"), ids(none));
        // with No.18 given, AnnexTotalsRule reports it and the master rule does not repeat it
        List<ValidationIssue> both = validate(UPSIKYU, texts(List.of(KyotakuSamples.annexDetail("111211", 395, 3160),
                KyotakuSamples.annexDetail("114000", 100, 800), KyotakuSamples.annexSheet().get(4))));
        assertEquals(List.of("R51.inLimitSubtotal"), ids(both));
    }
}
