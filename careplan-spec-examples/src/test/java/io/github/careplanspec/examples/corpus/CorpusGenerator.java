package io.github.careplanspec.examples.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.careplanspec.examples.sample.SampleUnits;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.InterfaceFileName;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the conformance corpus into {@code src/main/resources/corpus} from {@link SampleUnits}: every valid unit,
 * and invalid cases that each break ONE rule (the generator fails when our validator reports anything but that
 * rule). Run {@code careplan-spec-examples/src/test/corpus/regenerate.sh}; then review and commit the files.
 */
class CorpusGenerator {
    private static final Charset MS932 = Charset.forName("MS932");
    private static final Path ROOT = Path.of("src/main/resources/corpus");
    private final Map<String, SampleUnits.SampleFile> samples = new LinkedHashMap<>();
    private final List<String> index = new ArrayList<>();

    @Test
    @EnabledIfSystemProperty(named = "corpus.generate", matches = "true")
    void generate() throws Exception {
        for (SampleUnits.SampleFile f : SampleUnits.all()) {
            samples.put(f.name(), f);
        }
        if (Files.exists(ROOT)) {
            try (Stream<Path> s = Files.walk(ROOT)) {
                s.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
            }
        }
        valid();
        invalid();
        Files.write(ROOT.resolve("index.txt"), index, StandardCharsets.UTF_8);
    }

    private void valid() throws Exception {
        Map<String, List<String>> units = new LinkedHashMap<>();
        for (String n : samples.keySet()) {
            InterfaceFileName name = InterfaceFileName.parse(n);
            String unit = name.sequence().text();
            units.computeIfAbsent(unit, k -> new ArrayList<>()).add(n);
        }
        for (Map.Entry<String, List<String>> u : units.entrySet()) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (String n : u.getValue()) {
                files.put(n, samples.get(n).content());
            }
            FileKind first = InterfaceFileName.parse(u.getValue().get(0)).kind();
            write("valid/" + u.getKey() + "-" + (first.domain() == FileKind.Domain.YOBO ? "yobo" : "kyotaku") + "-"
                    + unitKind(first), "送信単位の例 / a sample transmission unit", files, null);
        }
        // real-world variations that are still valid
        String plan = "UP1KYO_0899999991_43_0899999992_11_20250415120000.CSV";
        write("valid/variation-LF-line-ends", "改行がLF（R5: 仕様に定めなし）/ LF line ends (R5, spec silent)",
                Map.of(plan, text(plan, t -> t.replace("\r\n", "\n")).getBytes(MS932)), null);
        write("valid/variation-no-final-line-end", "最終行の改行なし（Q12）/ no line end after the last record (Q12)",
                Map.of(plan, text(plan, t -> t.substring(0, t.length() - 2)).getBytes(MS932)), null);
        write("valid/variation-public-assistance-only", "生保単独の被保険者番号 H+9桁（R10）/ H + 9 digits (R10)",
                Map.of("DLT1KYO_0899999991_43_0899999992_11_20250415120200.CSV",
                        csv(FileKind.DLT1KYO, Map.of(3, "H123456789"))), null);
        write("valid/variation-quoted-code", "フリーテキスト以外の項目を\"\"で囲む（R4）/ a quoted non-free-text item (R4)",
                Map.of(plan, text(plan, t -> t.replaceFirst("^202407,089991,", "\"202407\",\"089991\",")).getBytes(MS932)), null);
    }

    private static String unitKind(FileKind k) {
        switch (k) {
            case UP1KYO: case UP2KYO: case UP3KYO: return "plan";
            case UPPLAN: case UPSIKYU: return "utilization";
            case UPHOSOKU: return "supplement";
            case UPKIHON: case UPKIHON_SUB1: case UPKIHON_SUB2: case UPKIHON_IMAGE: return "basic-info";
            case UPYOBO: case UPYOBO_SUB: return "prevention-plan";
            default: return k.prefix().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private void invalid() throws Exception {
        // field rules on every CSV kind: R9, R10.insurer, R10.insured, R11.format (one case each)
        for (FileKind k : FileKind.values()) {
            if (!k.isCsv()) {
                continue;
            }
            String file = sampleOf(k);
            ColumnSpec insurer = Catalog.columns(k).get(1);
            cell(k, file, "R10.insurer", 2, "12345", "保険者番号が5桁 / insurer number of 5 digits");
            cell(k, file, "R10.insured", 3, "12345678", "被保険者番号が8桁 / insured number of 8 digits");
            for (ColumnSpec c : Catalog.columns(k)) {
                if (c.no() > 3 && c.format() == FieldFormat.DATE) {
                    cell(k, file, "R10.date", c.no(), "20250230", "2月30日 / 30 February");
                    break;
                }
            }
            cell(k, file, "R9", insurer.no(), "", "必須項目（保険者番号）が空 / required 保険者番号 empty");
        }
        String plan = sampleOf(FileKind.UP1KYO);
        cell(FileKind.UP1KYO, plan, "R10.postal", 5, "3100011", "郵便番号にハイフンなし / postal code without hyphen");
        cell(FileKind.UP1KYO, plan, "R10.office", 13, "089999999", "事業所番号が9桁 / office number of 9 digits");
        cell(FileKind.UP1KYO, plan, "CODE", 16, "99", "計画書区分がコード表にない / 計画書区分 not in its code list");
        cell(FileKind.UP1KYO, plan, "R53.unused", 28, "1", "識別子（使用しない）に値 / unused 識別子 carries a value");
        cell(FileKind.UP1KYO, plan, "R2.gaiji", 24, "外字\uE000を含む", "外字 / a gaiji (EUDC) character");
        cell(FileKind.UP1KYO, plan, "R12.202410", 1, "202410", "CSVバージョン202410 / CSV version 202410");
        cell(FileKind.UP1KYO, plan, "R12.older", 1, "202208", "旧CSVバージョン / an older CSV version");
        cell(FileKind.UP1KYO, plan, "R12.unknown", 1, "209912", "不明なCSVバージョン / unknown CSV version");
        cell(FileKind.UP1KYO, plan, "R12.202504", 1, "202504", "第4.0版の値 / the V4.0 value (warning)");
        cell(FileKind.UP1KYO, plan, "R39", 25, "3", "算定理由3でその他理由が空 / reason 3 without その他理由");
        String t6 = sampleOf(FileKind.UPPLAN);
        cell(FileKind.UPPLAN, t6, "R42", 12, "2500", "サービス開始時刻 2500 / start time 2500");
        cell(FileKind.UPPLAN, t6, "R10.integer", 8, "2a4", "単位数が数字でない / units not digits");
        cell(FileKind.UPPLAN, t6, "R43.format", 11, "0101", "日割対象日が31文字でない / prorated days not 31 chars");
        cell(FileKind.UPPLAN, t6, "R10.serviceCode", 15, "11-111", "サービスコードの書式 / service code malformed");
        cell(FileKind.UP3KYO, sampleOf(FileKind.UP3KYO), "R10.time", 8, "1060", "開始時間 10:60 / time 10:60");
        cell(FileKind.UPSIKYU, sampleOf(FileKind.UPSIKYU), "R52.decimal", 23, "10.5", "単位数単価 10.5 / unit price 10.5");
        cell(FileKind.DLTJSK, sampleOf(FileKind.DLTJSK), "R10.serviceType", 6, "1", "サービス種類コード1桁 / 1-char type");
        cell(FileKind.UPKIHON, sampleOf(FileKind.UPKIHON), "P14", 6, "", "必要項目（委託の有無）が空 / needed item empty");
        // issue 17: the decided readings, each an error
        String t7 = sampleOf(FileKind.UPSIKYU);
        String monthSupplement = samples.keySet().stream().filter(n -> n.startsWith("UPHOSOKU_2")).findFirst()
                .orElseThrow();
        String planSupplement = samples.keySet().stream().filter(n -> n.startsWith("UPHOSOKU_000000")).findFirst()
                .orElseThrow();
        String dltplan = sampleOf(FileKind.DLTPLAN);
        renamed(dltplan, dltplan.replace("_202505_", "_202506_"), "R16.month",
                "ファイル名の年月と削除対象年月が不一致 / the name's month is not No.4's");
        cell(FileKind.UPPLAN, t6, "R20.serviceDate", 10, "20250607", "サービス利用日が対象年月の外 / a service date of June in a May file");
        cell(FileKind.UPPLAN, t6, "R42.pair", 13, "9999", "開始時刻HHMM・終了時刻9999 / start HHMM, end 9999");
        cell(FileKind.UPHOSOKU, monthSupplement, "R37.bothLinked", 4, "20250401",
                "利用票の補足情報でNo.4に計画作成日 / a month-linked supplement with a plan date in No.4");
        cell(FileKind.UPHOSOKU, planSupplement, "R37.unlinked", 4, "00000000",
                "計画書の補足情報でNo.4が00000000 / a plan-linked supplement with No.4 00000000");
        cells(FileKind.UPHOSOKU, monthSupplement, "R38.gap", Map.of(20, "", 21, "", 22, "", 23, "", 24, "11", 25,
                "19705", 26, "976", 27, "0"), "1枠目が空で2枠目を使用 / slot 2 used, slot 1 empty");
        cell(FileKind.UPHOSOKU, monthSupplement, "R38.shortStay", 20, "23", "短期入所療養介護の枠が23 / a short-stay slot of type 23");
        cell(FileKind.UPKIHON, sampleOf(FileKind.UPKIHON), "P15.consultationOther", 8, "03",
                "相談方法その他で内容が空 / 相談方法 03 without its content");
        cells(FileKind.UPKIHON, sampleOf(FileKind.UPKIHON), "P15.situationNote", Map.of(12, "02", 13, ""),
                "入院又は入所中で状況補足が空 / 利用者の現況 02 without its note");
        Map<Integer, String> rental = Map.of(15, "171007", 8, "300", 16, "00001-000010", 19, "1");
        write("invalid/UPPLAN-R47.sequence", "同一日・同一コード・同一単位数の福祉用具貸与で明細判別コードが重複 / two rental lines, detail 1 twice",
                Map.of(t6, rows(FileKind.UPPLAN, List.of(rental, rental))), "R47.sequence");
        Map<Integer, String> total = new LinkedHashMap<>(Map.of(6, "", 7, "9999999999", 9, "999999", 13, "0", 16, "0",
                17, "", 23, "", 25, ""));
        total.putAll(Map.of(18, "1952", 20, "1952", 22, "1952", 24, "19520", 26, "17568", 28, "1952"));
        write("invalid/UPSIKYU-R51.inLimitSubtotal", "区分支給限度の明細2行でAAAA小計なし / two in-limit rows, no AAAA row",
                Map.of(t7, rows(FileKind.UPSIKYU, List.of(Map.of(), Map.of(9, "112111"), total))), "R51.inLimitSubtotal");
        total.put(18, "");
        write("invalid/UPSIKYU-R51.subtotal", "明細2行で小計行なし / two detail rows, no subtotal row",
                Map.of(t7, rows(FileKind.UPSIKYU, List.of(Map.of(18, ""), Map.of(9, "112111", 18, ""), total))),
                "R51.subtotal");
        cell(FileKind.UPKIHON, sampleOf(FileKind.UPKIHON), "R8", 19, "029-000-0000-0000", "電話番号が15文字超 / phone > 15");
        // structure and bytes (R2, R3, R6, R7)
        raw(plan, "R7", "項目が1つ多い / one item too many", t -> t.replace("\r\n", ",\r\n"));
        raw(plan, "R3.unclosed", "閉じない引用符でファイルが終わる / the file ends inside a quoted item",
                t -> t.substring(0, t.indexOf("転倒を防ぎ") + 5));
        raw(sampleOf(FileKind.UP2KYO), "R3c.stray", "引用符なし項目の\" / a quote in an unquoted item",
                t -> t.replaceFirst(",0899999992,", ",08999\"9992,"));
        raw(plan, "R3.afterQuote", "閉じ引用符の後の文字 / text after quote",
                t -> t.replaceFirst("\"介護　一郎\"", "\"介護　一郎\"様"));
        raw(plan, "R3a.unquoted", "フリーテキストを囲まない / unquoted free text (warning)",
                t -> t.replaceFirst("\"介護　一郎\"", "介護　一郎"));
        raw(plan, "R6.header", "見出し行 / a header row", t -> "CSVバージョン,保険者番号\r\n" + t);
        raw(plan, "R7.blank", "空行 / a blank line", t -> t + "\r\n");
        raw(plan, "R11.mixed", "2レコード目のCSVバージョンが異なる / two CSV versions",
                t -> t + t.replaceFirst("^202407", "202504"));
        bytes(plan, "R2.bytes", "MS932として不正なバイト / malformed bytes", b -> {
            String t = new String(b, MS932);
            int i = t.indexOf("介護　一郎");
            byte[] head = t.substring(0, i).getBytes(MS932);
            b[head.length] = (byte) 0x81;
            b[head.length + 1] = (byte) 0x20;
            return b;
        });
        bytes(plan, "R2.utf8", "UTF-8のファイル / a UTF-8 file", b -> new String(b, MS932).getBytes(StandardCharsets.UTF_8));
        bytes(plan, "R2.bom", "BOM付き / with a UTF-8 BOM", b -> {
            byte[] o = new byte[b.length + 3];
            o[0] = (byte) 0xEF;
            o[1] = (byte) 0xBB;
            o[2] = (byte) 0xBF;
            System.arraycopy(b, 0, o, 3, b.length);
            return o;
        });
        // names
        renamed(plan, "UP1KYO_089999999_43_0899999992_11_20250415120000.CSV", "R15.name", "事業所番号9桁のファイル名 / 9-digit office in the name");
        renamed(plan, "UP1KYO_0899999991_0899999992_20250415120000.CSV", "R15.name", "サービス種類のない旧形式 / V3 name without types");
        renamed(plan, "UP1KYO_0899999991_43_0899999992_11_2025041512000.CSV", "R15.name", "連番13桁 / 13-digit sequence");
        renamed(plan, "UP1KYO_0899999991_43_0899999991_43_20250415120000.CSV", "R18.sameOffice", "送信元と送信先が同じ / same office");
        String img = samples.keySet().stream().filter(n -> n.startsWith("UPKIHON_IMAGE_")).findFirst().orElseThrow();
        Map<String, byte[]> f = new LinkedHashMap<>();
        f.put(img, "GIF89a not a jpeg".getBytes(StandardCharsets.US_ASCII));
        write("invalid/UPKIHON_IMAGE-P6.jpeg", "JPEGでない画像 / the image is not a JPEG", f, "P6.jpeg");
    }

    private String sampleOf(FileKind k) {
        for (String n : samples.keySet()) {
            if (InterfaceFileName.parse(n).kind() == k) {
                return n;
            }
        }
        throw new IllegalStateException(k.toString());
    }

    private byte[] csv(FileKind k, Map<Integer, String> overrides) {
        String[] t = SampleUnits.texts(k, overrides);
        StringBuilder b = new StringBuilder();
        List<ColumnSpec> cols = Catalog.columns(k);
        for (int i = 0; i < t.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cols.get(i).format() == FieldFormat.FREE_TEXT ? "\"" + t[i].replace("\"", "\"\"") + "\"" : t[i]);
        }
        return b.append("\r\n").toString().getBytes(MS932);
    }

    private void cells(FileKind k, String file, String rule, Map<Integer, String> values, String description)
            throws Exception {
        byte[] b = samples.get(file).content();
        int first = Integer.MAX_VALUE;
        for (Map.Entry<Integer, String> e : new java.util.TreeMap<>(values).entrySet()) {
            b = mutate(k, b, e.getKey(), e.getValue());
            first = Math.min(first, e.getKey());
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(file, b);
        write("invalid/" + k.prefix() + "-" + rule + "-No" + first, description, files, rule);
    }

    /** A file of several records of a kind, each the sample record with some items replaced. */
    private byte[] rows(FileKind k, List<Map<Integer, String>> rows) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (Map<Integer, String> r : rows) {
            out.writeBytes(csv(k, r));
        }
        return out.toByteArray();
    }

    private void cell(FileKind k, String file, String rule, int no, String value, String description) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(file, mutate(k, file, no, value));
        write("invalid/" + k.prefix() + "-" + rule + "-No" + no, description, files, rule);
    }

    /** The sample file with item No. of its first record (of every record for a key item) replaced, every other byte as the writer wrote it. */
    private byte[] mutate(FileKind k, String file, int no, String value) throws Exception {
        return mutate(k, samples.get(file).content(), no, value);
    }

    private byte[] mutate(FileKind k, byte[] content, int no, String value) throws Exception {
        List<ColumnSpec> cols = Catalog.columns(k);
        StringBuilder b = new StringBuilder();
        try (CsvReader<? extends Record> r = CsvReader.open(k, new java.io.ByteArrayInputStream(
                content), ReadOptions.strict())) {
            boolean first = true;
            while (r.hasNext()) {
                List<String> t = new ArrayList<>(r.next().texts());
                if (first || no <= 3) { // a key item (保険者番号, 被保険者番号) changes in every record of the file
                    t.set(no - 1, value);
                    first = false;
                }
                for (int i = 0; i < t.size(); i++) {
                    if (i > 0) {
                        b.append(',');
                    }
                    String v = t.get(i);
                    b.append(cols.get(i).format() == FieldFormat.FREE_TEXT ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
                }
                b.append("\r\n");
            }
        }
        return b.toString().getBytes(MS932);
    }

    private String text(String file, UnaryOperator<String> edit) {
        return edit.apply(new String(samples.get(file).content(), MS932));
    }

    private void raw(String file, String rule, String description, UnaryOperator<String> edit) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(file, text(file, edit).getBytes(MS932));
        write("invalid/" + file.substring(0, file.indexOf('_')) + "-" + rule, description, files, rule);
    }

    private void bytes(String file, String rule, String description, UnaryOperator<byte[]> edit) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(file, edit.apply(samples.get(file).content()));
        write("invalid/" + file.substring(0, file.indexOf('_')) + "-" + rule, description, files, rule);
    }

    private void renamed(String file, String newName, String rule, String description) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(newName, samples.get(file).content());
        String name = "invalid/name-" + rule + "-" + Integer.toHexString(newName.hashCode());
        write(name, description, files, rule);
    }

    private void write(String name, String description, Map<String, byte[]> files, String rule) throws Exception {
        Path dir = ROOT.resolve(name);
        Files.createDirectories(dir);
        List<ConformanceCorpus.ExpectedIssue> issues = CorpusRunner.validate(files);
        TreeSet<String> rules = new TreeSet<>();
        issues.forEach(i -> rules.add(i.rule()));
        assertEquals(rule == null ? new TreeSet<String>() : new TreeSet<>(List.of(rule)), rules,
                name + ": " + issues);
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("description", description);
        if (rule != null) {
            root.put("rule", rule);
        }
        ArrayNode arr = root.putArray("issues");
        for (ConformanceCorpus.ExpectedIssue i : issues) {
            ObjectNode o = arr.addObject();
            o.put("rule", i.rule());
            o.put("severity", i.severity());
            o.put("file", i.file());
            if (i.line() > 0) {
                o.put("line", i.line());
            }
            if (i.column() > 0) {
                o.put("column", i.column());
            }
        }
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
            index.add(name + "/" + e.getKey());
        }
        Files.write(dir.resolve("expected.json"), (m.writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8));
        index.add(name + "/expected.json");
    }
}
