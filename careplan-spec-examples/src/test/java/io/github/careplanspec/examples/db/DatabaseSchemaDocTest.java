package io.github.careplanspec.examples.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code docs/database-schema.md} is what {@link CatalogSchema} creates; the columns have names, not numbers. */
class DatabaseSchemaDocTest {
    private static final Path DOC = Path.of("..", "docs", "database-schema.md");

    @Test
    void theDocumentIsTheGeneratedSchema() throws Exception {
        String generated = CatalogSchema.markdown();
        if (Boolean.getBoolean("careplan.regenerate")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(DOC), "docs/database-schema.md: regenerate with -Dcareplan.regenerate=true");
        assertEquals(generated, Files.readString(DOC, StandardCharsets.UTF_8),
                "docs/database-schema.md differs from CatalogSchema: regenerate with -Dcareplan.regenerate=true");
    }

    @Test
    void everyColumnIsNamedInSnakeCaseWithinPostgresLimitAndNoItemNnnRemains() {
        Pattern snake = Pattern.compile("[a-z][a-z0-9]*(_[a-z0-9]+)*");
        for (CatalogSchema.Table t : CatalogSchema.tables()) {
            for (CatalogSchema.TableColumn c : t.columns()) {
                assertTrue(snake.matcher(c.name()).matches(), t.name() + "." + c.name());
                assertTrue(c.name().length() <= 63, t.name() + "." + c.name());
                assertFalse(c.name().matches("item_\\d+"), t.name() + "." + c.name());
                assertFalse(c.comment().isBlank(), t.name() + "." + c.name());
            }
        }
    }

    @Test
    void itemColumnsFollowTheRecordComponentsAndCarryNoAndName() {
        assertEquals("plan_date", CatalogSchema.column(FileKind.UP1KYO, 14));
        assertEquals("insured_number", CatalogSchema.column(FileKind.UPJSK, 3));
        assertEquals("emergency_contacts_1_name", CatalogSchema.column(FileKind.UPKIHON, 46));
        assertTrue(CatalogSchema.column(FileKind.UPKIHON, 50).startsWith("emergency_contacts_2_"));
        assertEquals("family_image", CatalogSchema.column(FileKind.UPKIHON, 62));
        for (FileKind k : CatalogSchema.storedKinds()) {
            CatalogSchema.Table t = CatalogSchema.tables().stream().filter(x -> x.name().equals(CatalogSchema.table(k)))
                    .findFirst().orElseThrow();
            for (int no = 1; no <= Catalog.columns(k).size(); no++) {
                assertEquals("No." + no + " " + Catalog.columns(k).get(no - 1).name(), t.columns().get(no - 1)
                        .comment(), t.name() + " " + no);
            }
            for (int no : CatalogSchema.keyNos(k)) {
                assertTrue(t.primaryKey().contains(CatalogSchema.column(k, no)), "the spec's key is the primary key");
            }
        }
    }

    @Test
    void snakeCase() {
        assertEquals("plan_date", CatalogSchema.snake("planDate"));
        assertEquals("adl2_score", CatalogSchema.snake("adl2Score"));
        assertEquals("csv_version", CatalogSchema.snake("csvVersion"));
        assertEquals("jpeg_url", CatalogSchema.snake("jpegURL"));
    }
}
