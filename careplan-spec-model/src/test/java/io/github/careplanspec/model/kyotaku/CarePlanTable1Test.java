package io.github.careplanspec.model.kyotaku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.CareLevel;
import io.github.careplanspec.model.code.PlanCategory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CarePlanTable1Test {
    static CarePlanTable1 sample() {
        return CarePlanTable1.builder()
                .key(InsurerNumber.parse("131016"), InsuredNumber.parse("H123456789"), LocalDate.of(2024, 10, 1))
                .createdOn(LocalDate.of(2024, 10, 1))
                .plannerName("介護 花子")
                .supportOfficeName("さくら居宅介護支援事業所")
                .supportOfficeNumber(OfficeNumber.parse("1310100001"))
                .firstPlanDate(LocalDate.of(2023, 4, 1))
                .planCategory(PlanCategory.CONTINUATION)
                .careLevel(CareLevel.CARE_2)
                .overallPolicy("自宅での生活を続けられるよう、\r\n\"通所\"と訪問を組み合わせる。")
                .build();
    }

    @Test
    void formatsEveryItemInNoOrderAndParsesBack() {
        CarePlanTable1 t = sample();
        RecordLayout<CarePlanTable1> layout = RecordLayout.of(CarePlanTable1.class);
        String[] texts = layout.format(t);
        assertEquals(28, texts.length);
        assertEquals("202407", texts[0]);
        assertEquals("H123456789", texts[2]);
        assertEquals("20241001", texts[13]);
        assertEquals("21", texts[15]);
        assertEquals("22", texts[20]);
        assertEquals("", texts[27]);
        Parsed<CarePlanTable1> back = layout.parse(Arrays.asList(texts));
        assertTrue(back.isOk(), back.toString());
        assertEquals(t, back.value());
    }

    @Test
    void builderNamesEveryMissingRequiredItem() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CarePlanTable1.builder().plannerName("x").build());
        assertTrue(e.getMessage().contains("No.2 保険者番号"), e.getMessage());
        assertTrue(e.getMessage().contains("No.15 初回居宅サービス計画作成日"), e.getMessage());
        assertFalse(e.getMessage().contains("No.8 "), e.getMessage());
    }

    @Test
    void badItemsAreLocatedAndUnknownCodesKept() {
        List<String> texts = new ArrayList<>(Arrays.asList(RecordLayout.of(CarePlanTable1.class).format(sample())));
        texts.set(15, "99");
        Parsed<CarePlanTable1> p = RecordLayout.of(CarePlanTable1.class).parse(texts);
        assertTrue(p.isOk());
        assertFalse(p.value().planCategory().isKnown());
        assertEquals("99", p.value().planCategory().code());

        texts.set(13, "20250231");
        texts.set(1, "12345");
        p = RecordLayout.of(CarePlanTable1.class).parse(texts);
        assertNull(p.value());
        assertEquals(2, p.problems().size());
        assertEquals(2, p.problems().get(0).column().no());
        assertEquals("12345", p.problems().get(0).raw());
        assertEquals("居宅サービス計画作成（変更）日", p.problems().get(1).column().name());
        assertEquals("YYYYMMDD, a real date", p.problems().get(1).expected(Locale.ENGLISH));
    }
}
