package io.github.careplanspec.examples.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.receive.Party;
import io.github.careplanspec.csv.receive.UnitId;
import io.github.careplanspec.model.name.FileSequence;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Issue 14, item 3: the importer's exceptions and warnings carry an issue id and render in the catcher's language. */
class LocalizedMessagesTest {
    private static final UnitId UNIT = new UnitId(FileSequence.parse("20240401120000"), Party.parse("0300000100_43"),
            Party.parse("0300000005_11"));

    @Test
    void anImportExceptionRendersItsLedgerConflictInTheSameLanguage() {
        ImportException e = new ImportException(UNIT, new JdbcLedger.Conflict("UP1KYO|089991|0000012345|20250401"));
        assertEquals("db.import.failed", e.id().key());
        String en = "could not import unit 20240401120000 0300000100_43→0300000005_11 (rolled back): the receipt ledger"
                + " was changed by another import meanwhile: UP1KYO|089991|0000012345|20250401";
        assertEquals(en, e.getMessage());
        assertEquals(en, e.message(Locale.ENGLISH));
        assertEquals("送信単位 20240401120000 0300000100_43→0300000005_11 を取り込めませんでした（ロールバック済み）:"
                + " 受信台帳が他の取込で更新されました: UP1KYO|089991|0000012345|20250401", e.message(Locale.JAPANESE));
        assertEquals(List.of(UNIT, "the receipt ledger was changed by another import meanwhile:"
                + " UP1KYO|089991|0000012345|20250401"), e.params());
    }

    @Test
    void aDatabaseFailureKeepsTheDatabasesOwnText() {
        ImportException e = new ImportException(UNIT, new SQLException("disk full"));
        assertEquals("送信単位 20240401120000 0300000100_43→0300000005_11 を取り込めませんでした（ロールバック済み）: disk full",
                e.message(Locale.JAPANESE));
        JdbcLedger.Conflict c = new JdbcLedger.Conflict(new SQLException("serialization failure"));
        assertEquals("database error: serialization failure", c.getMessage());
        assertEquals("データベースエラー: serialization failure", c.message(Locale.JAPANESE));
    }

    @Test
    void anInMemoryDatabaseIsNotDurableSaidInEitherLanguage() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:durability-messages")) {
            Durability d = Durability.ensure(c);
            assertEquals(false, d.durable());
            Localized w = d.warning().orElseThrow();
            assertEquals("db.durability.memory", w.id().key());
            assertEquals("an in-memory database: what is imported is lost when the process ends"
                    + " (jdbc:h2:mem:durability-messages)", w.message(Locale.ENGLISH));
            assertEquals("インメモリのデータベースです。プロセスが終われば取り込んだ内容は失われます"
                    + "（jdbc:h2:mem:durability-messages）", w.message(Locale.JAPANESE));
        }
    }

    @Test
    void aSchemaMismatchNamesTheTableInEitherLanguage() {
        CatalogSchema.SchemaMismatchException e = new CatalogSchema.SchemaMismatchException("db.schema.mismatch",
                "cp_up1kyo", "[plan_date]", "[x]");
        assertEquals("42S21", e.getSQLState());
        assertEquals("table cp_up1kyo does not have this version's columns (missing [plan_date], unexpected [x])"
                + " [cp_up1kyo]", e.getMessage());
        assertEquals("表 cp_up1kyo の列がこの版のスキーマと違います（ない列 [plan_date]、余分な列 [x]） [cp_up1kyo]",
                e.message(Locale.JAPANESE));
    }

    @Test
    void theSchemaCommentsAreTheCatalogsNamesOrBothTextsOfTheirKeys() {
        CatalogSchema.Table ledger = CatalogSchema.tables().stream()
                .filter(t -> t.name().equals(CatalogSchema.APPLIED_UNIT_TABLE)).findFirst().orElseThrow();
        assertEquals("受信台帳：取り込んだ送信単位 / the units applied (R21 identity)", ledger.comment());
        assertEquals("ファイル連番 / the unit's sequence", ledger.columns().get(0).comment());
        CatalogSchema.Table image = CatalogSchema.tables().stream()
                .filter(t -> t.name().equals(CatalogSchema.IMAGE_TABLE)).findFirst().orElseThrow();
        assertTrue(image.comment().startsWith("UPKIHON_IMAGE 家族構成 画像ファイル"), image.comment());
    }
}
