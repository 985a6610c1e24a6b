package io.github.careplanspec.validation;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.CsvWriter;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.csv.ms932.ConversionPolicy;
import io.github.careplanspec.csv.unit.ReceivedUnits;
import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.csv.unit.Units;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.kyotaku.CarePlanTable1Deletion;
import io.github.careplanspec.model.name.FileSequence;
import io.github.careplanspec.validation.report.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Run by {@link WithoutCryptoTest} in a JVM whose module path has no BouncyCastle. */
public final class WithoutCryptoMain {
    private WithoutCryptoMain() {
    }

    /**
     * Writes, reads, validates and receives; exits 1 on any failure.
     *
     * @param args none
     * @throws Exception on failure
     */
    public static void main(String[] args) throws Exception {
        if (ModuleLayer.boot().findModule("org.bouncycastle.provider").isPresent()) {
            throw new IllegalStateException("BouncyCastle is on the module path");
        }
        CarePlanTable1Deletion deletion = CarePlanTable1Deletion.of(InsurerNumber.parse("131016"),
                InsuredNumber.parse("1234567890"), LocalDate.of(2024, 10, 1));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter<CarePlanTable1Deletion> w = CsvWriter.open(CarePlanTable1Deletion.class, bytes,
                ConversionPolicy.refuse(), c -> { })) {
            w.write(deletion);
        }
        List<Object> read = new ArrayList<>();
        try (CsvReader<CarePlanTable1Deletion> r = CsvReader.open(CarePlanTable1Deletion.class,
                new ByteArrayInputStream(bytes.toByteArray()), ReadOptions.strict())) {
            r.stream().map(CsvItem::value).forEach(read::add);
        }
        if (!read.equals(List.of(deletion))) {
            throw new IllegalStateException("read back " + read);
        }
        String name = "DLT1KYO_1310100001_43_1310100002_11_20241001120000.CSV";
        ValidationReport.Builder b = ValidationReport.builder();
        FileValidator.standard().validate(new ByteArrayInputStream(bytes.toByteArray()), name, b);
        ValidationReport report = b.build();
        if (!report.isValid()) {
            throw new IllegalStateException(report.toText(java.util.Locale.ENGLISH));
        }
        TransmissionUnit unit = TransmissionUnit.builder(OfficeNumber.parse("1310100001"), ServiceTypeCode.parse("43"),
                OfficeNumber.parse("1310100002"), ServiceTypeCode.parse("11"), FileSequence.parse("20241001120000"))
                .add(FileKind.DLT1KYO, List.of(deletion)).build();
        Path zip = Files.createTempFile("without-crypto-", ".zip");
        try {
            try (var out = Files.newOutputStream(zip)) {
                unit.writeZip(out);
            }
            try (ReceivedUnits received = Units.open(zip)) {
                if (received.units().size() != 1 || received.hasErrors()
                        || !UnitValidator.standard().validate(received.units().get(0)).isValid()) {
                    throw new IllegalStateException(received.toString());
                }
            }
        } finally {
            Files.deleteIfExists(zip);
        }
        System.out.println("without BouncyCastle: written, read, validated, received");
    }
}
