package io.github.careplanspec.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.ms932.Ms932;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one mechanism reads every kind the catalog knows, with no per-kind code (R7). */
class EveryKindTest {
    @Test
    void everyCatalogKindIsReadAndItsItemCountChecked() throws Exception {
        int kinds = 0;
        for (FileKind kind : FileKind.values()) {
            if (Catalog.recordType(kind).isEmpty()) {
                continue;
            }
            kinds++;
            int size = Catalog.columns(kind).size();
            String right = "202407" + ",".repeat(size - 1) + "\r\n";
            String wrong = "202407" + ",".repeat(size) + "\r\n";
            try (CsvReader<? extends Record> r = CsvReader.open(kind,
                    new ByteArrayInputStream((right + wrong + right).getBytes(Ms932.CHARSET)), ReadOptions.strict())) {
                List<? extends CsvItem<? extends Record>> items = r.stream().toList();
                assertEquals(3, items.size(), kind::toString);
                assertEquals(size, items.get(0).texts().size());
                CsvProblem count = items.get(1).problems().get(0);
                assertEquals(ProblemCode.COLUMN_COUNT, count.code(), kind::toString);
                assertEquals(String.valueOf(size), count.expected());
                assertEquals(2, count.line());
                assertEquals(3, items.get(2).line());
                assertEquals(items.get(0).problems().stream().map(CsvProblem::code).toList(),
                        items.get(2).problems().stream().map(CsvProblem::code).toList(), kind::toString);
            }
        }
        assertTrue(kinds >= 2, "kinds in the catalog: " + kinds);
    }
}
