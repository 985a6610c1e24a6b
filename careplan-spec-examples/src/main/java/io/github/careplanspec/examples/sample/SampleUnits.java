package io.github.careplanspec.examples.sample;

import io.github.careplanspec.csv.CsvWriter;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.name.InterfaceFileName;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * One complete, valid transmission unit (送信単位, R21, P10) of every kind the spec defines, with fictional but
 * realistic Japanese content: 居宅 計画書1〜3表 + 利用者補足情報, 第6表予定 + 第7表 + 利用者補足情報, 実績, each deletion;
 * 予防 利用者基本情報 + 別表1/2 + 家族構成画像, 介護予防サービス・支援計画書 + 別表, deletions. Every person, office and
 * insurer number here is invented (事業所番号 0899999991…0899999994, 保険者番号 089991).
 *
 * <p>Files are built from item texts, converted to the typed records of the catalog and written with
 * {@link CsvWriter}, so they are conformant by construction (MS932, quoting, CRLF).
 */
public final class SampleUnits {
    /** The 居宅介護支援事業所 that sends the 居宅 plan units. */
    public static final String CARE_MANAGER_OFFICE = "0899999991";
    /** The 訪問介護 office that receives them and sends 実績. */
    public static final String HOME_HELP_OFFICE = "0899999992";
    /** The 地域包括支援センター (介護予防支援) that sends the 予防 units. */
    public static final String SUPPORT_CENTER_OFFICE = "0899999993";
    /** The 通所型サービス office that receives the 予防 units. */
    public static final String DAY_SERVICE_OFFICE = "0899999994";

    private static final String INSURER = "089991";
    private static final String INSURED = "0000012345";
    private static final String INSURED_YOBO = "0000067890";
    private static final String PLAN_DATE = "20250401";
    private static final String MONTH = "202505";

    /**
     * One sample file.
     *
     * @param name the file name as the spec requires
     * @param content the file's bytes
     */
    public record SampleFile(String name, byte[] content) {
        /**
         * Copies.
         *
         * @param name the name
         * @param content the bytes
         */
        public SampleFile {
            content = content.clone();
        }

        /** @return a copy of the bytes */
        @Override
        public byte[] content() {
            return content.clone();
        }
    }

    private SampleUnits() {
    }

    /** @return every sample file, units in processing order (R22), parents before dependents inside a unit */
    public static List<SampleFile> all() {
        List<SampleFile> out = new ArrayList<>();
        String kyo = CARE_MANAGER_OFFICE + "_43_" + HOME_HELP_OFFICE + "_11_";
        String jsk = HOME_HELP_OFFICE + "_11_" + CARE_MANAGER_OFFICE + "_43_";
        String yobo = SUPPORT_CENTER_OFFICE + "_46_" + DAY_SERVICE_OFFICE + "_A6_";
        // ① plan unit: 第1表 + 第2表 + 第3表 + 利用者補足情報 (000000)
        String seq = "20250415120000";
        out.add(csv("UP1KYO_" + kyo + seq, FileKind.UP1KYO, List.of(Map.of())));
        out.add(csv("UP2KYO_" + kyo + seq, FileKind.UP2KYO, table2Rows()));
        out.add(csv("UP3KYO_" + kyo + seq, FileKind.UP3KYO, table3Rows()));
        out.add(csv("UPHOSOKU_000000_" + kyo + seq, FileKind.UPHOSOKU, List.of(Map.of(63, "000000"))));
        // ② utilization unit: 第6表予定 + 第7表 + 利用者補足情報 (対象年月)
        seq = "20250415120100";
        out.add(csv("UPPLAN_" + MONTH + "_" + kyo + seq, FileKind.UPPLAN, table6Rows()));
        out.add(csv("UPSIKYU_" + MONTH + "_" + kyo + seq, FileKind.UPSIKYU, table7Rows()));
        out.add(csv("UPHOSOKU_" + MONTH + "_" + kyo + seq, FileKind.UPHOSOKU, List.of(Map.of(4, "00000000"))));
        // ③ deletions from the 居宅介護支援事業所
        out.add(csv("DLT1KYO_" + kyo + "20250415120200", FileKind.DLT1KYO, List.of(Map.of())));
        out.add(csv("DLTPLAN_" + MONTH + "_" + kyo + "20250415120300", FileKind.DLTPLAN, List.of(Map.of())));
        // ④ 実績 and its deletion from the 訪問介護 office
        out.add(csv("UPJSK_" + MONTH + "_" + jsk + "20250601100000", FileKind.UPJSK, table6Rows()));
        out.add(csv("DLTJSK_" + MONTH + "_" + jsk + "20250601100100", FileKind.DLTJSK, List.of(Map.of())));
        // ⑤ 予防: 利用者基本情報 + 別表1 + 別表2 + 家族構成画像
        seq = "20250415130000";
        out.add(csv("UPKIHON_" + yobo + seq, FileKind.UPKIHON,
                List.of(Map.of(62, "UPKIHON_IMAGE_" + yobo + seq + "_0001.jpg"))));
        out.add(csv("UPKIHON_SUB1_" + yobo + seq, FileKind.UPKIHON_SUB1, dayScheduleRows()));
        out.add(csv("UPKIHON_SUB2_" + yobo + seq, FileKind.UPKIHON_SUB2, List.of(Map.of())));
        out.add(new SampleFile("UPKIHON_IMAGE_" + yobo + seq + "_0001.jpg", familyImage()));
        // ⑥ 予防: 介護予防サービス・支援計画書 + 別表
        seq = "20250415130100";
        out.add(csv("UPYOBO_" + yobo + seq, FileKind.UPYOBO, List.of(Map.of())));
        out.add(csv("UPYOBO_SUB_" + yobo + seq, FileKind.UPYOBO_SUB, List.of(Map.of())));
        // ⑦ 予防 deletions
        out.add(csv("DLTKIHON_" + yobo + "20250415130200", FileKind.DLTKIHON, List.of(Map.of())));
        out.add(csv("DLTYOBO_" + yobo + "20250415130300", FileKind.DLTYOBO, List.of(Map.of())));
        return out;
    }

    /**
     * Writes every sample file into a folder (created if needed).
     *
     * @param dir the folder
     * @return the files written, in processing order
     * @throws IOException if a file cannot be written
     */
    public static List<Path> writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> out = new ArrayList<>();
        for (SampleFile f : all()) {
            Path p = dir.resolve(f.name());
            Files.write(p, f.content());
            out.add(p);
        }
        return out;
    }

    /**
     * The item texts of one valid sample record of a kind, with some items replaced.
     *
     * @param kind the kind
     * @param overrides item No. → text
     * @return the item texts
     */
    public static String[] texts(FileKind kind, Map<Integer, String> overrides) {
        List<ColumnSpec> cols = Catalog.columns(kind);
        String[] t = new String[cols.size()];
        for (ColumnSpec c : cols) {
            String v = overrides.get(c.no());
            t[c.no() - 1] = v != null ? v : SampleValues.value(kind, c);
        }
        return t;
    }

    private static SampleFile csv(String stem, FileKind kind, List<Map<Integer, String>> rows) {
        String name = stem + InterfaceFileName.CSV_EXTENSION;
        InterfaceFileName.parse(name); // the name follows the pattern (R15), or this throws
        return new SampleFile(name, write(kind, rows));
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> byte[] write(FileKind kind, List<Map<Integer, String>> rows) {
        RecordLayout<R> layout = (RecordLayout<R>) Catalog.layout(kind);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter<R> w = CsvWriter.open(layout.type(), bytes)) {
            for (Map<Integer, String> row : rows) {
                Parsed<R> p = layout.parse(Arrays.asList(texts(kind, row)));
                if (!p.isOk()) {
                    throw new IllegalStateException(kind + ": sample record does not parse: " + p.problems() + " "
                            + p.recordProblem());
                }
                w.write(p.value());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static List<Map<Integer, String>> table2Rows() {
        return List.of(
                Map.of(6, "1", 7, "足腰の筋力が低下し、自宅内での転倒が心配である。", 8, "1", 13, "1"),
                Map.of(6, "1", 7, "足腰の筋力が低下し、自宅内での転倒が心配である。", 8, "1", 13, "2",
                        14, "入浴の見守りと洗身の介助", 19, "週2回"),
                Map.of(6, "2", 7, "一人での買い物が難しく、食事が偏りがちである。", 8, "1", 9, "栄養のとれた食事を続けられる。",
                        10, "週2回、必要な食材がそろう。", 13, "1", 14, "買い物の代行と調理の支援", 19, "週2回"));
    }

    private static List<Map<Integer, String>> table3Rows() {
        return List.of(
                week("訪問介護（身体介護）", "2", "1000", "1030", "", "", "", ""),
                week("訪問介護（生活援助）", "5", "1000", "1045", "", "", "", ""),
                week("", "", "", "", "起床・朝食", "0700", "0800", ""),
                week("", "", "", "", "", "", "", "月1回　かかりつけ医の受診（長男が付き添い）"));
    }

    private static Map<Integer, String> week(String service, String day, String from, String to, String activity,
            String activityFrom, String activityTo, String other) {
        Map<Integer, String> m = new HashMap<>();
        m.put(6, service);
        m.put(7, day);
        m.put(8, from);
        m.put(9, to);
        m.put(10, activity);
        m.put(11, activityFrom);
        m.put(12, activityTo);
        m.put(13, other);
        return m;
    }

    private static List<Map<Integer, String>> table6Rows() {
        List<Map<Integer, String>> rows = new ArrayList<>();
        for (String day : List.of("20250507", "20250514", "20250521", "20250528")) {
            Map<Integer, String> m = new HashMap<>();
            m.put(10, day);
            rows.add(m);
        }
        return rows;
    }

    /** A detail row and the 全合計 row (R51: サービスコード 999999, 事業所コード 9999999999, 単位数 0). */
    private static List<Map<Integer, String>> table7Rows() {
        Map<Integer, String> total = new HashMap<>();
        total.put(6, "");
        total.put(7, "9999999999");
        total.put(9, "999999");
        total.put(13, "0");
        total.put(16, "0");
        total.put(17, "");
        total.put(23, "");
        total.put(25, "");
        total.put(34, "9999999999");
        return List.of(Map.of(), total);
    }

    private static List<Map<Integer, String>> dayScheduleRows() {
        return List.of(
                Map.of(5, "7:00", 6, "起床、身支度", 7, "長女が出勤前に声かけ"),
                Map.of(5, "12:00", 6, "昼食（配食サービス）", 7, ""),
                Map.of(5, "21:00", 6, "就寝", 7, "長女が戸締まりを確認"));
    }

    /** @return a tiny valid JPEG (16×16, a house outline) generated with {@code javax.imageio} */
    static byte[] familyImage() {
        BufferedImage img = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 16, 16);
            g.setColor(Color.DARK_GRAY);
            g.drawRect(3, 7, 9, 7);
            g.drawLine(2, 7, 8, 2);
            g.drawLine(8, 2, 14, 7);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, "jpg", out)) {
                throw new IllegalStateException("no JPEG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The insurer (保険者番号) of every sample. @return {@value #INSURER} */
    static String insurer() {
        return INSURER;
    }

    /** @return the 被保険者番号 of the 居宅 sample user */
    static String insured() {
        return INSURED;
    }

    /** @return the 被保険者番号 of the 予防 sample user */
    static String insuredYobo() {
        return INSURED_YOBO;
    }

    /** @return the plan date of every sample (居宅サービス計画作成（変更）日, 相談日, 計画作成(変更)日) */
    static String planDate() {
        return PLAN_DATE;
    }

    /** @return the service month (対象年月) of the samples */
    static String month() {
        return MONTH;
    }
}
