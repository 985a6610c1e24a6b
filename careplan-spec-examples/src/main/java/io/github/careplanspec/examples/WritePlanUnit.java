package io.github.careplanspec.examples;

import io.github.careplanspec.csv.CsvWriter;
import io.github.careplanspec.examples.sample.SampleUnits;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.code.CareLevel;
import io.github.careplanspec.model.code.LivingSupportReason;
import io.github.careplanspec.model.code.PlanCategory;
import io.github.careplanspec.model.kyotaku.CarePlanTable1;
import io.github.careplanspec.model.name.FileSequence;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.validation.CarePlanValidator;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Map;

/**
 * Example: build a 居宅サービス計画書（１） record, check it before writing, and write it under the name the spec
 * requires (R15). Run: {@code java -cp careplan-spec.jar io.github.careplanspec.examples.WritePlanUnit out/}.
 */
public final class WritePlanUnit {
    private WritePlanUnit() {
    }

    /**
     * Writes the file.
     *
     * @param args the output folder (default {@code .})
     * @throws Exception on I/O failure
     */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : ".");
        OfficeNumber me = OfficeNumber.parse("0899999991");
        // the sample's fictional texts (No.8 計画作成者氏名, No.9 事業所名, No.24 総合的な援助の方針)
        String[] sample = SampleUnits.texts(FileKind.UP1KYO, Map.of());
        CarePlanTable1 plan = CarePlanTable1.builder()
                .key(InsurerNumber.parse("089991"), InsuredNumber.parse("0000012345"), LocalDate.of(2025, 4, 1))
                .createdOn(LocalDate.of(2025, 4, 1))
                .plannerName(sample[8 - 1])
                .supportOfficeName(sample[9 - 1])
                .supportOfficeNumber(me)
                .firstPlanDate(LocalDate.of(2023, 4, 1))
                .planCategory(PlanCategory.CONTINUATION)
                .careLevel(CareLevel.CARE_2)
                .overallPolicy(sample[24 - 1])
                .livingSupportReason(LivingSupportReason.LIVING_ALONE)
                .build();
        // validate in memory before anything is written
        // validate in memory before anything is written; messages in Japanese (Locale.ENGLISH for English)
        CarePlanValidator.standard().validate(plan).forEach(i -> System.err.println(i.message(Locale.JAPANESE)));
        InterfaceFileName name = InterfaceFileName.of(FileKind.UP1KYO, me, new ServiceTypeCode("43"),
                OfficeNumber.parse("0899999992"), new ServiceTypeCode("11"),
                FileSequence.of(LocalDateTime.of(2025, 4, 15, 12, 0, 0)));
        Files.createDirectories(dir);
        Path file = dir.resolve(name.format());
        try (OutputStream out = Files.newOutputStream(file);
                CsvWriter<CarePlanTable1> w = CsvWriter.open(CarePlanTable1.class, out)) {
            w.write(plan);
        }
        System.out.println(file);
    }
}
