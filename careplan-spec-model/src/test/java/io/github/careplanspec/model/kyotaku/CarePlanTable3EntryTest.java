package io.github.careplanspec.model.kyotaku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.careplanspec.model.ClockTime;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.Weekday;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CarePlanTable3EntryTest {
    private static final RecordLayout<CarePlanTable3Entry> LAYOUT = RecordLayout.of(CarePlanTable3Entry.class);

    static CarePlanTable3Entry.Builder keyed() {
        return CarePlanTable3Entry.builder()
                .key(InsurerNumber.parse("131016"), InsuredNumber.parse("H123456789"), LocalDate.of(2024, 10, 1))
                .createdOn(LocalDate.of(2024, 9, 30));
    }

    @Test
    void aWeeklyServiceFormatsAsCodesAndHhmm() {
        // R41: data holds 曜日 codes and HHMM, not the form's 月 / 12:00
        CarePlanTable3Entry e = keyed()
                .weeklyService("訪問介護（身体）", Weekday.MONDAY, ClockTime.of(9, 0), ClockTime.of(10, 30)).build();
        String[] texts = LAYOUT.format(e);
        assertEquals(13, texts.length);
        assertEquals("訪問介護（身体）", texts[5]);
        assertEquals("1", texts[6]);
        assertEquals("0900", texts[7]);
        assertEquals("1030", texts[8]);
        assertEquals("", texts[9]);
        Parsed<CarePlanTable3Entry> back = LAYOUT.parse(Arrays.asList(texts));
        assertTrue(back.isOk(), back.toString());
        assertEquals(e, back.value());
        assertEquals(e, e.toBuilder().build());
    }

    @Test
    void anActivityAndANonWeeklyServiceRoundTrip() {
        CarePlanTable3Entry a = keyed().dailyActivity("起床,\r\n\"朝食\"", ClockTime.of(0, 0), ClockTime.of(23, 59))
                .build();
        String[] texts = LAYOUT.format(a);
        assertEquals("0000", texts[10]);
        assertEquals("2359", texts[11]);
        assertEquals(a, LAYOUT.parse(Arrays.asList(texts)).value());
        CarePlanTable3Entry n = keyed().nonWeeklyService("福祉用具貸与（車いす）").build();
        assertEquals(n, LAYOUT.parse(Arrays.asList(LAYOUT.format(n))).value());
    }

    @Test
    void timesOutsideTheDayAreLocated() {
        // Q21: 2400 is not accepted (reading chosen; the spec does not say)
        List<String> texts = new ArrayList<>(Arrays.asList(LAYOUT.format(
                keyed().weeklyService("通所介護", Weekday.FRIDAY, ClockTime.of(9, 0), ClockTime.of(16, 0)).build())));
        texts.set(7, "2400");
        texts.set(8, "12:00");
        Parsed<CarePlanTable3Entry> p = LAYOUT.parse(texts);
        assertNull(p.value());
        assertEquals(2, p.problems().size());
        assertEquals(8, p.problems().get(0).column().no());
        assertEquals("開始時間", p.problems().get(0).column().name());
        assertEquals(9, p.problems().get(1).column().no());
    }

    @Test
    void keyItemsAreRequiredAndNecessary() {
        // Q16: UP3KYO marks No.1-5 both 必須 and 必要
        List<ColumnSpec> cols = Catalog.columns(FileKind.UP3KYO);
        for (ColumnSpec c : cols) {
            assertEquals(c.no() <= 5, c.required(), c.toString());
            assertEquals(c.no() <= 5, c.necessary(), c.toString());
        }
        assertEquals(FieldFormat.TIME, cols.get(7).format());
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CarePlanTable3Entry.builder().nonWeeklyService("x").build());
        assertTrue(e.getMessage().contains("No.4 週間サービス計画表作成年月日"), e.getMessage());
    }

    @Test
    void arbitraryValidRecordsRoundTrip() {
        qt().forAll(UserPlanGens.TABLE3_ENTRIES).checkAssert(r -> {
            String[] texts = LAYOUT.format(r);
            assertEquals(13, texts.length);
            Parsed<CarePlanTable3Entry> back = LAYOUT.parse(Arrays.asList(texts));
            assertTrue(back.isOk(), () -> back.toString());
            assertEquals(r, back.value());
            assertEquals(r, r.toBuilder().build());
        });
    }
}
