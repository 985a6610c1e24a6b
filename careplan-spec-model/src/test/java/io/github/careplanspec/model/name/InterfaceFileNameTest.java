package io.github.careplanspec.model.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.FileKind;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterfaceFileNameTest {
    private static final OfficeNumber KYOTAKU = OfficeNumber.parse("0300000100");
    private static final OfficeNumber HOUMON = OfficeNumber.parse("0300000005");
    private static final ServiceTypeCode T43 = ServiceTypeCode.parse("43");
    private static final ServiceTypeCode T11 = ServiceTypeCode.parse("11");
    private static final FileSequence SEQ = FileSequence.parse("20191025200201");

    /**
     * Every example file name of the spec that matches the V4.1 patterns, with where it is printed (CSVファイル
     * レイアウト定義書 = 別紙, the layout appendix; the 本文 examples all carry 9-digit office numbers, see
     * {@link #malformedSpecExamplesAreRefusedNamingTheWrongPart}).
     */
    static final List<String[]> SPEC_EXAMPLES = List.of(
            new String[] {"UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 利用者補足情報 ファイル名規約 例 (1表、2表に紐づく場合)"},
            new String[] {"UPHOSOKU_201909_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 利用者補足情報 ファイル名規約 例 (6表、7表に紐づく場合)"},
            new String[] {"UP1KYO_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 居宅サービス計画1表 例"},
            new String[] {"DLT1KYO_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 居宅サービス計画1表_削除 例"},
            new String[] {"UP2KYO_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 居宅サービス計画2表 例"},
            new String[] {"UP3KYO_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 居宅サービス計画３表 例"},
            new String[] {"UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 第6表 ファイル名（計画） 例"},
            // Q11: sender 0300000005 shown with type 43 (types not swapped with the offices); syntactically valid.
            new String[] {"UPJSK_201912_0300000005_43_0300000100_11_20191025200201.CSV", "別紙 第6表 ファイル名（実績） 例 (Q11)"},
            new String[] {"DLTPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 第6表_削除 ファイル名（計画） 例"},
            new String[] {"DLTJSK_201912_0300000005_43_0300000100_11_20191025200201.CSV", "別紙 第6表_削除 ファイル名（実績） 例 (Q11)"},
            new String[] {"UPSIKYU_201912_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 第7表 例"},
            new String[] {"UPKIHON_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 利用者基本情報 例; (補足)別表の構成 利用者基本情報 の例"},
            new String[] {"DLTKIHON_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 利用者基本情報_削除 例"},
            new String[] {"UPKIHON_SUB1_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 利用者基本情報（別表1） 例; (補足) 別表1 の例"},
            new String[] {"UPKIHON_SUB2_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 利用者基本情報（別表2） 例; (補足) 別表2 の例"},
            new String[] {"UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.JPG", "別紙 (補足) 家族構成 画像ファイル の例 画像ファイル１ (U9: .JPG)"},
            new String[] {"UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0002.JPG", "別紙 (補足) 家族構成 画像ファイル の例 画像ファイル２"},
            new String[] {"UPYOBO_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 介護予防サービス・支援計画書 例; (補足) の例"},
            new String[] {"DLTYOBO_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 介護予防サービス・支援計画書_削除 例"},
            new String[] {"UPYOBO_SUB_0300000100_43_0300000005_11_20191025200201.CSV", "別紙 介護予防サービス・支援計画書（別表） 例; (補足) の例"});

    @Test
    void everyV41SpecExampleParsesAndFormatsBackToItself() {
        Set<FileKind> covered = EnumSet.noneOf(FileKind.class);
        for (String[] example : SPEC_EXAMPLES) {
            String text = example[0];
            InterfaceFileName name = InterfaceFileName.parse(text);
            assertEquals(text, name.format(), example[1]);
            assertEquals(text, name.toString(), example[1]);
            assertEquals(name, InterfaceFileName.parse(name.format()), example[1]);
            assertTrue(text.startsWith(name.kind().prefix() + "_"), example[1]);
            assertEquals(SEQ, name.sequence(), example[1]);
            covered.add(name.kind());
        }
        // the layout appendix has an example for every kind
        assertEquals(EnumSet.allOf(FileKind.class), covered);
    }

    @Test
    void exposesEveryPartOfAMonthName() {
        InterfaceFileName n = InterfaceFileName.parse("UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV");
        assertEquals(FileKind.UPPLAN, n.kind());
        assertEquals(YearMonth.of(2019, 12), n.month().orElseThrow());
        assertEquals("201912", n.monthSegment().orElseThrow().text());
        assertFalse(n.isPlanLinked());
        assertEquals(KYOTAKU, n.senderOffice());
        assertEquals(T43, n.senderServiceType());
        assertEquals(HOUMON, n.receiverOffice());
        assertEquals(T11, n.receiverServiceType());
        assertEquals(SEQ, n.sequence());
        assertEquals("2019-10-25T20:02:01", n.sequence().dateTime().orElseThrow().toString());
        assertEquals(OptionalInt.empty(), n.imageBranch());
        assertEquals(".CSV", n.extension());
        assertEquals("0300000100_43_0300000005_11_20191025200201", n.tail());
    }

    @Test
    void planLinkedSupplementIsModelledExplicitly() {
        // R37: 「１表、２表に紐づく場合は提供年月は「000000」とする」
        InterfaceFileName n = InterfaceFileName.parse("UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV");
        assertTrue(n.isPlanLinked());
        assertTrue(n.month().isEmpty());
        assertEquals(MonthSegment.PLAN_LINKED, n.monthSegment().orElseThrow());
        InterfaceFileName noMonth = InterfaceFileName.parse("UP1KYO_0300000100_43_0300000005_11_20191025200201.CSV");
        assertTrue(noMonth.monthSegment().isEmpty());
        assertFalse(noMonth.isPlanLinked());
    }

    @Test
    void imageNameCarriesItsBranch() {
        InterfaceFileName n = InterfaceFileName.parse(
                "UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0002.JPG");
        assertEquals(FileKind.UPKIHON_IMAGE, n.kind());
        assertEquals(OptionalInt.of(2), n.imageBranch());
        assertEquals(".JPG", n.extension());
        InterfaceFileName kihon = InterfaceFileName.parse("UPKIHON_0300000100_43_0300000005_11_20191025200201.CSV");
        assertTrue(n.sharesTailWith(kihon));
        assertEquals("UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0002.jpg",
                kihon.imageMate(2).format());
    }

    @ParameterizedTest
    @CsvSource({
        "UPJSK_201912_0300000005_11_0300000100_43_20191025200201.csv, .csv",
        "UPJSK_201912_0300000005_11_0300000100_43_20191025200201.Csv, .Csv",
        "UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.jpg, .jpg",
        "UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.Jpg, .Jpg"})
    void extensionCaseIsAcceptedAndKept(String text, String extension) {
        // R15 (inferred) and U9: the extension is matched case-insensitively; format() keeps the spelling.
        InterfaceFileName n = InterfaceFileName.parse(text);
        assertEquals(extension, n.extension());
        assertEquals(text, n.format());
    }

    /**
     * The malformed examples of uncertain.md Q11 and uncertain-yobo.md U10/U9 (and the V3.x form of R15a): the
     * patterns govern, so each is refused and the wrong part is named.
     */
    @ParameterizedTest
    @CsvSource({
        // 本文 §2.4 examples (Q11): 9-digit office numbers
        "UP1KYO_123456789_43_2468135790_11_20191110102233.CSV, SENDER_OFFICE",
        "UP2KYO_123456789_43_2468135790_11_20191110102233.CSV, SENDER_OFFICE",
        "UP3KYO_123456789_43_2468135790_11_20191110102233.CSV, SENDER_OFFICE",
        "UPHOSOKU_000000_123456789_43_2468135790_11_20191110102233.CSV, SENDER_OFFICE",
        // 本文 §3.4 examples (Q11, U10): 9 digits; UPKIHON with a 000000 segment its pattern does not have
        "UPYOBO_123456789_43_2468135790_11_20191110102233.CSV, SENDER_OFFICE",
        "UPKIHON_000000_123456789_43_2468135790_11_20191110102233.CSV, MONTH",
        // §2.5/§3.5 連番 with 15 digits (Q11, U10), put into a name that is otherwise valid
        "UP1KYO_0300000100_43_0300000005_11_201911110102233.CSV, SEQUENCE",
        // the spec's OCR separator U+0332 instead of '_' (R15)
        "UP1KYO\u03320300000100\u033243\u03320300000005\u033211\u033220191025200201.CSV, SEGMENT_COUNT",
        // V3.2 example (R15a, Q11): no service type segments
        "UPJSK_201912_0300000005_0300000100_20191025200201.CSV, SEGMENT_COUNT",
        // V4.0 used 3-digit サービスコード segments (R15a)
        "UPPLAN_201912_0300000100_431_0300000005_111_20191025200201.CSV, SENDER_SERVICE_TYPE",
        // U9: .jpeg is not the spec's extension
        "UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.jpeg, EXTENSION"})
    void malformedSpecExamplesAreRefusedNamingTheWrongPart(String text, NamePart part) {
        InvalidFileNameException e = assertThrows(InvalidFileNameException.class, () -> InterfaceFileName.parse(text));
        assertEquals(part, e.part(), e.getMessage());
        assertEquals(text, e.fileName());
        assertFalse(e.message(Locale.JAPANESE).isBlank());
        assertFalse(e.message(Locale.ENGLISH).isBlank());
        FileNameResult r = InterfaceFileName.parseOrProblem(text);
        assertFalse(r.isValid());
        assertEquals(part, r.problem().orElseThrow().part());
    }

    @Test
    void messagesNameThePartAndTheValueInBothLanguages() {
        InvalidFileNameException e = assertThrows(InvalidFileNameException.class,
                () -> InterfaceFileName.parse("UP1KYO_123456789_43_2468135790_11_20191110102233.CSV"));
        assertTrue(e.message(Locale.JAPANESE).contains("送信元の事業所番号"), e.message(Locale.JAPANESE));
        assertTrue(e.message(Locale.JAPANESE).contains("'123456789'（9文字）"), e.message(Locale.JAPANESE));
        assertTrue(e.message(Locale.ENGLISH).contains("sender office number must be 10 digits"), e.message(Locale.ENGLISH));
        assertEquals(FileNameCode.SENDER_OFFICE_FORM, e.id());
        assertEquals(List.of("123456789", 9), e.params());
        assertTrue(e.getMessage().contains(e.message(Locale.ENGLISH)), e.getMessage());
        assertFalse(e.getMessage().contains("送信元"), "getMessage() is English: " + e.getMessage());
        InvalidFileNameException k = assertThrows(InvalidFileNameException.class,
                () -> InterfaceFileName.parse("UPKIHON_000000_0300000100_43_0300000005_11_20191110102233.CSV"));
        assertEquals(NamePart.MONTH, k.part());
        assertTrue(k.message(Locale.ENGLISH).contains("UPKIHON names carry no YYYYMM segment"), k.message(Locale.ENGLISH));
        InvalidFileNameException v3 = assertThrows(InvalidFileNameException.class,
                () -> InterfaceFileName.parse("UPJSK_201912_0300000005_0300000100_20191025200201.CSV"));
        assertTrue(v3.message(Locale.ENGLISH).contains("V3.x"), v3.message(Locale.ENGLISH));
    }

    @ParameterizedTest
    @CsvSource({
        "upjsk_201912_0300000005_11_0300000100_43_20191025200201.CSV, PREFIX",
        "UPKIHON_SUB3_0300000100_43_0300000005_11_20191025200201.CSV, PREFIX",
        "UPXYZ_0300000100_43_0300000005_11_20191025200201.CSV, PREFIX",
        "UPPLAN_0300000100_43_0300000005_11_20191025200201.CSV, MONTH",
        "UPPLAN_000000_0300000100_43_0300000005_11_20191025200201.CSV, MONTH",
        "UPPLAN_201913_0300000100_43_0300000005_11_20191025200201.CSV, MONTH",
        "UPPLAN_201912_0300000100_4_0300000005_11_20191025200201.CSV, SENDER_SERVICE_TYPE",
        "UPPLAN_201912_0300000100_af_0300000005_11_20191025200201.CSV, SENDER_SERVICE_TYPE",
        "UPPLAN_201912_0300000100_43_030000000X_11_20191025200201.CSV, RECEIVER_OFFICE",
        "UPPLAN_201912_0300000100_43_0300000005_1_20191025200201.CSV, RECEIVER_SERVICE_TYPE",
        "UPPLAN_201912_0300000100_43_0300000005_11_2019102520020.CSV, SEQUENCE",
        "UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201.jpg, BRANCH",
        "UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_001.jpg, BRANCH",
        "UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.CSV, EXTENSION",
        "UP1KYO_0300000100_43_0300000005_11_20191025200201.jpg, EXTENSION",
        "UP1KYO_0300000100_43_0300000005_11_20191025200201, EXTENSION",
        "UP1KYO_0300000100_43_0300000005_20191025200201.CSV, SEGMENT_COUNT",
        "UP1KYO_0300000100_43_0300000005_11_20191025200201_0001.CSV, SEGMENT_COUNT",
        "UP1KYO.CSV, SEGMENT_COUNT"})
    void eachWrongPartIsNamed(String text, NamePart part) {
        FileNameProblem p = InterfaceFileName.parseOrProblem(text).problem().orElseThrow();
        assertEquals(part, p.part(), p.toString());
    }

    @Test
    void factoriesBuildTheSpecExamples() {
        assertEquals("UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV",
                InterfaceFileName.of(FileKind.UPPLAN, YearMonth.of(2019, 12), KYOTAKU, T43, HOUMON, T11, SEQ).format());
        assertEquals("UP1KYO_0300000100_43_0300000005_11_20191025200201.CSV",
                InterfaceFileName.of(FileKind.UP1KYO, KYOTAKU, T43, HOUMON, T11, SEQ).format());
        assertEquals("UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV",
                InterfaceFileName.of(FileKind.UPHOSOKU, MonthSegment.PLAN_LINKED, KYOTAKU, T43, HOUMON, T11, SEQ)
                        .format());
        assertEquals("UPKIHON_IMAGE_0300000100_43_0300000005_11_20191025200201_0001.jpg",
                InterfaceFileName.image(KYOTAKU, T43, HOUMON, T11, SEQ, 1).format());
        InterfaceFileName built = InterfaceFileName.builder(FileKind.UPJSK).month(YearMonth.of(2019, 12))
                .sender(HOUMON, T11).receiver(KYOTAKU, T43).sequence(SEQ).extension(".csv").build();
        assertEquals("UPJSK_201912_0300000005_11_0300000100_43_20191025200201.csv", built.format());
        assertEquals("UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV",
                InterfaceFileName.builder(FileKind.UPHOSOKU).planLinked().sender(KYOTAKU, T43)
                        .receiver(HOUMON, T11).sequence(SEQ).build().format());
    }

    @Test
    void factoriesRefuseWhatDoesNotFitTheKind() {
        // R16: month segment exactly for the kinds that have one; R37: 000000 only for UPHOSOKU
        assertThrows(IllegalArgumentException.class,
                () -> InterfaceFileName.of(FileKind.UPPLAN, KYOTAKU, T43, HOUMON, T11, SEQ));
        assertThrows(IllegalArgumentException.class, () -> InterfaceFileName.of(FileKind.UP1KYO,
                YearMonth.of(2019, 12), KYOTAKU, T43, HOUMON, T11, SEQ));
        assertThrows(IllegalArgumentException.class, () -> InterfaceFileName.of(FileKind.UPPLAN,
                MonthSegment.PLAN_LINKED, KYOTAKU, T43, HOUMON, T11, SEQ));
        assertThrows(IllegalArgumentException.class,
                () -> InterfaceFileName.of(FileKind.UPKIHON_IMAGE, KYOTAKU, T43, HOUMON, T11, SEQ));
        assertThrows(IllegalArgumentException.class,
                () -> InterfaceFileName.image(KYOTAKU, T43, HOUMON, T11, SEQ, 10000));
        assertThrows(IllegalArgumentException.class, () -> InterfaceFileName.builder(FileKind.UP1KYO)
                .sender(KYOTAKU, T43).receiver(HOUMON, T11).sequence(SEQ).branch(1).build());
        assertThrows(IllegalArgumentException.class, () -> InterfaceFileName.builder(FileKind.UP1KYO)
                .sender(KYOTAKU, T43).receiver(HOUMON, T11).sequence(SEQ).extension(".jpeg").build());
        IllegalStateException missing = assertThrows(IllegalStateException.class,
                () -> InterfaceFileName.builder(FileKind.UP1KYO).sender(KYOTAKU, T43).build());
        assertTrue(missing.getMessage().contains("UP1KYO"));
    }

    @Test
    void unitMatesShareTheTail() {
        // R21: the files of one transmission unit carry the same ファイル連番 (and sender/receiver)
        InterfaceFileName plan = InterfaceFileName.of(FileKind.UP1KYO, KYOTAKU, T43, HOUMON, T11, SEQ);
        assertEquals("UP2KYO_0300000100_43_0300000005_11_20191025200201.CSV",
                plan.unitMate(FileKind.UP2KYO).format());
        // plan unit: UPHOSOKU gets 000000 (R37)
        InterfaceFileName hosoku = plan.unitMate(FileKind.UPHOSOKU);
        assertEquals("UPHOSOKU_000000_0300000100_43_0300000005_11_20191025200201.CSV", hosoku.format());
        assertEquals(plan, hosoku.unitMate(FileKind.UP1KYO));
        // utilization unit: the month travels
        InterfaceFileName usage = InterfaceFileName.parse(
                "UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.csv");
        assertEquals("UPSIKYU_201912_0300000100_43_0300000005_11_20191025200201.csv",
                usage.unitMate(FileKind.UPSIKYU).format());
        assertEquals("UPHOSOKU_201912_0300000100_43_0300000005_11_20191025200201.csv",
                usage.unitMate(FileKind.UPHOSOKU).format());
        assertTrue(usage.sharesTailWith(plan));
        assertThrows(IllegalArgumentException.class, () -> plan.unitMate(FileKind.UPPLAN));
        assertThrows(IllegalArgumentException.class, () -> hosoku.unitMate(FileKind.UPSIKYU));
        assertThrows(IllegalArgumentException.class, () -> plan.unitMate(FileKind.UPKIHON_IMAGE));
        InterfaceFileName image = plan.unitMate(FileKind.UPKIHON).imageMate(7);
        assertEquals("UPKIHON_SUB1_0300000100_43_0300000005_11_20191025200201.CSV",
                image.unitMate(FileKind.UPKIHON_SUB1).format());
    }

    @Test
    void withExtensionChecksTheKind() {
        InterfaceFileName n = InterfaceFileName.of(FileKind.UP1KYO, KYOTAKU, T43, HOUMON, T11, SEQ);
        assertEquals(".csv", n.withExtension(".csv").extension());
        assertFalse(n.equals(n.withExtension(".csv")));
        assertThrows(IllegalArgumentException.class, () -> n.withExtension(".jpg"));
        // no case-folding tricks: U+017F LATIN SMALL LETTER LONG S upper-cases to 'S'
        assertThrows(IllegalArgumentException.class, () -> n.withExtension(".c\u017Fv"));
    }
}
