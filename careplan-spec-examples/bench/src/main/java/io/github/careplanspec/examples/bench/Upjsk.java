package io.github.careplanspec.examples.bench;

import io.github.careplanspec.csv.CsvWriter;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.ServiceTime;
import io.github.careplanspec.model.code.Over30DaysCategory;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;

/** The synthetic 第6表実績 (UPJSK) benchmark data: one office's month, realistic items, MS932 free text. */
final class Upjsk {
    private static final String[] NAMES = {"訪問介護ステーションさくら", "デイサービス髙橋", "ｹｱｾﾝﾀｰ①ひまわり", "通所リハビリ「みどり」"};
    private static final String[] PLANNERS = {"介護 花子", "支援 太郎", "計画 一郎"};

    private Upjsk() {
    }

    /** The i-th record of the benchmark file (deterministic). */
    static ServiceTicketLine record(int i) {
        int user = i / 40;
        int day = 1 + (i % 28);
        int hour = 8 + (i % 10);
        return ServiceTicketLine.builder()
                .key(InsurerNumber.parse(String.format("13%04d", user % 10000)),
                        InsuredNumber.parse(String.format("%010d", 1_000_000_000L + user)), YearMonth.of(2025, 4))
                .createdOn(LocalDate.of(2025, 5, 2))
                .planOfficeNumber(OfficeNumber.parse("1310100001"))
                .plannerName(PLANNERS[user % PLANNERS.length])
                .units(200 + (i % 700))
                .serviceDate(LocalDate.of(2025, 4, day))
                .times(ServiceTime.of(hour, 0), ServiceTime.of(hour + 1, 30))
                .serviceCount(1)
                .serviceCode(ServiceCode.parse(String.format("11%04d", 1000 + (i % 300))))
                .serviceProviderNumber(OfficeNumber.parse(String.format("13101%05d", i % 97)))
                .serviceOfficeName(NAMES[i % NAMES.length] + (i % 11 == 0 ? "、\"本店\"" : ""))
                .over30Days(Over30DaysCategory.NOT_APPLICABLE)
                .updaterCode(OfficeNumber.parse("1310100001"))
                .build();
    }

    /** Writes {@code n} records with our writer; returns the file. */
    static Path write(Path file, int n) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
                CsvWriter<ServiceTicketLine> w = CsvWriter.open(ServiceTicketLine.class, out)) {
            for (int i = 0; i < n; i++) {
                w.write(record(i));
            }
        }
        return file;
    }
}
