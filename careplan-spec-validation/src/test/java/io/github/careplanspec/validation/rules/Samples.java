package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.PostalCode;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.CareLevel;
import io.github.careplanspec.model.code.LivingSupportReason;
import io.github.careplanspec.model.code.PlanCategory;
import io.github.careplanspec.model.kyotaku.CarePlanTable1;
import java.time.LocalDate;

/** Valid sample records for the tests. */
public final class Samples {
    private Samples() {
    }

    /** @return a valid 第1表 record exercising every item kind */
    public static CarePlanTable1 table1() {
        return CarePlanTable1.builder()
                .key(InsurerNumber.parse("131016"), InsuredNumber.parse("H123456789"), LocalDate.of(2024, 10, 1))
                .createdOn(LocalDate.of(2024, 10, 1))
                .userPostalCode(PostalCode.parse("100-0001"))
                .userAddress1("東京都千代田区千代田１－１")
                .plannerName("介護 花子")
                .supportOfficeName("さくら居宅介護支援事業所")
                .supportOfficeNumber(OfficeNumber.parse("1310100001"))
                .firstPlanDate(LocalDate.of(2023, 4, 1))
                .planCategory(PlanCategory.CONTINUATION)
                .careLevel(CareLevel.CARE_2)
                .overallPolicy("自宅での生活を続けられるよう、\r\n\"通所\"と訪問を組み合わせる。①～⑳、髙、￢")
                .livingSupportReason(LivingSupportReason.LIVING_ALONE)
                .updaterCode(OfficeNumber.parse("1310100001"))
                .build();
    }

    /** @return the item texts of {@link #table1()} */
    public static String[] table1Texts() {
        return RecordLayout.of(CarePlanTable1.class).format(table1());
    }
}
