package io.github.careplanspec.csv;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.Layout;
import java.time.LocalDate;

/**
 * A three-item test layout for the dialect micro-cases: CSVバージョン, a date, a free text.
 *
 * @param version No.1
 * @param date No.2
 * @param memo No.3 (free text)
 */
@Layout("MINI")
public record Mini(
        @Column(no = 1, name = "CSVバージョン", length = 6, required = true) CsvVersion version,
        @Column(no = 2, name = "日付", length = 8) LocalDate date,
        @Column(no = 3, name = "メモ") String memo) {
}
