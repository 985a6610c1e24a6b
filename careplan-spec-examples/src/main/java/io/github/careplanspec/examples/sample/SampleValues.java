package io.github.careplanspec.examples.sample;

import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import java.util.HashMap;
import java.util.Map;

/** The item texts of the sample records: fictional, realistic values per item, else a default per 書式. */
final class SampleValues {
    private static final Map<String, String> BY_ITEM = new HashMap<>();

    static {
        // 居宅: 利用者補足情報
        put(FileKind.UPHOSOKU, 5, "ミト　ハナコ");
        put(FileKind.UPHOSOKU, 6, "水戸　花子");
        put(FileKind.UPHOSOKU, 7, "2");
        put(FileKind.UPHOSOKU, 10, "茨城県水戸市三の丸九丁目９番９号");
        put(FileKind.UPHOSOKU, 11, "さくら荘１０１");
        put(FileKind.UPHOSOKU, 18, "22");
        put(FileKind.UPHOSOKU, 19, "19705");
        put(FileKind.UPHOSOKU, 20, "11");
        put(FileKind.UPHOSOKU, 21, "19705");
        put(FileKind.UPHOSOKU, 22, "976"); // slot 1 合計単位数 = the 第7表 type 11 給付管理単位数 (issue 17)
        put(FileKind.UPHOSOKU, 23, "0");
        put(FileKind.UPHOSOKU, 56, "0");
        put(FileKind.UPHOSOKU, 59, "21");
        put(FileKind.UPHOSOKU, 63, "202505");
        // 居宅: 第1表
        put(FileKind.UP1KYO, 8, "介護　一郎");
        put(FileKind.UP1KYO, 9, "さくら居宅介護支援事業所");
        put(FileKind.UP1KYO, 11, "茨城県水戸市三の丸一丁目１番１号");
        put(FileKind.UP1KYO, 16, "12");
        put(FileKind.UP1KYO, 21, "22");
        put(FileKind.UP1KYO, 22, "本人：住み慣れた家で、できることは自分で続けたい。\r\n長女：仕事を続けながら見守りたい。");
        put(FileKind.UP1KYO, 23, "特になし");
        put(FileKind.UP1KYO, 24, "転倒を防ぎ、栄養のとれた食事を続けられるよう、訪問介護で入浴と買い物を支援します。");
        put(FileKind.UP1KYO, 25, "1");
        // 居宅: 第2表
        put(FileKind.UP2KYO, 9, "自宅で安全に入浴できる。");
        put(FileKind.UP2KYO, 10, "見守りのもとで週2回入浴できる。");
        put(FileKind.UP2KYO, 11, "2025年4月～2026年3月");
        put(FileKind.UP2KYO, 12, "2025年4月～2025年9月");
        put(FileKind.UP2KYO, 14, "入浴の見守り");
        put(FileKind.UP2KYO, 15, "Y");
        put(FileKind.UP2KYO, 16, "訪問介護");
        put(FileKind.UP2KYO, 17, "0899999992");
        put(FileKind.UP2KYO, 18, "ひまわり訪問介護");
        put(FileKind.UP2KYO, 19, "週2回");
        put(FileKind.UP2KYO, 20, "2025年4月～2025年9月");
        // 居宅: 第6表 / 第7表
        put(FileKind.UPPLAN, 7, "介護　一郎");
        put(FileKind.UPPLAN, 8, "244");
        put(FileKind.UPPLAN, 14, "1");
        put(FileKind.UPPLAN, 15, "111111");
        put(FileKind.UPPLAN, 21, "ひまわり訪問介護");
        put(FileKind.UPPLAN, 23, "0");
        put(FileKind.UPJSK, 7, "介護　一郎");
        put(FileKind.UPJSK, 8, "244");
        put(FileKind.UPJSK, 14, "1");
        put(FileKind.UPJSK, 15, "111111");
        put(FileKind.UPJSK, 21, "ひまわり訪問介護");
        put(FileKind.UPJSK, 23, "0");
        put(FileKind.UPSIKYU, 6, "ひまわり訪問介護");
        put(FileKind.UPSIKYU, 9, "111111");
        put(FileKind.UPSIKYU, 13, "244");
        put(FileKind.UPSIKYU, 16, "4");
        put(FileKind.UPSIKYU, 17, "976");
        put(FileKind.UPSIKYU, 18, "976");
        put(FileKind.UPSIKYU, 20, "976");
        put(FileKind.UPSIKYU, 22, "976");
        put(FileKind.UPSIKYU, 23, "10.00");
        put(FileKind.UPSIKYU, 24, "9760");
        put(FileKind.UPSIKYU, 25, "90");
        put(FileKind.UPSIKYU, 26, "8784");
        put(FileKind.UPSIKYU, 28, "976");
        put(FileKind.UPSIKYU, 33, "0");
        put(FileKind.UPSIKYU, 34, "9999999999"); // R52: 「9999999999を固定でセット」
        put(FileKind.DLTJSK, 6, "11");
        // 予防: 利用者基本情報
        put(FileKind.UPKIHON, 5, "1");
        put(FileKind.UPKIHON, 6, "2");
        put(FileKind.UPKIHON, 7, "包括　二郎");
        put(FileKind.UPKIHON, 8, "01");
        put(FileKind.UPKIHON, 10, "02");
        put(FileKind.UPKIHON, 12, "01");
        put(FileKind.UPKIHON, 13, "長女と二人暮らし。日中は独居。");
        put(FileKind.UPKIHON, 14, "ヒタチ　タロウ");
        put(FileKind.UPKIHON, 15, "日立　太郎");
        put(FileKind.UPKIHON, 16, "1");
        put(FileKind.UPKIHON, 18, "茨城県日立市助川町九丁目９番９号");
        put(FileKind.UPKIHON, 21, "11");
        put(FileKind.UPKIHON, 22, "02");
        put(FileKind.UPKIHON, 23, "12");
        put(FileKind.UPKIHON, 26, "12");
        put(FileKind.UPKIHON, 34, "01");
        put(FileKind.UPKIHON, 35, "1");
        put(FileKind.UPKIHON, 41, "厚生年金で生活。");
        put(FileKind.UPKIHON, 42, "日立　春子");
        put(FileKind.UPKIHON, 45, "長女");
        put(FileKind.UPKIHON, 46, "日立　春子");
        put(FileKind.UPKIHON, 47, "長女");
        put(FileKind.UPKIHON, 48, "同居");
        put(FileKind.UPKIHON, 53, "");
        put(FileKind.UPKIHON, 57, "");
        put(FileKind.UPKIHON, 61, "");
        put(FileKind.UPKIHON, 63, "妻は3年前に他界。長女と同居し、長男は県外在住。");
        put(FileKind.UPKIHON, 64, "市内の工場に40年勤務。退職後は町内会の役員を務めた。");
        put(FileKind.UPKIHON, 65, "午前は散歩、午後はテレビを見て過ごすことが多い。");
        put(FileKind.UPKIHON, 66, "囲碁、庭いじり");
        put(FileKind.UPKIHON, 67, "近所の囲碁仲間と月2回集まる。");
        put(FileKind.UPKIHON, 68, "なし");
        put(FileKind.UPKIHON, 69, "配食サービス（昼食、週5回）");
        put(FileKind.UPKIHON, 71, "日立　太郎");
        put(FileKind.UPKIHON_SUB2, 5, "2020年6月");
        put(FileKind.UPKIHON_SUB2, 6, "高血圧症");
        put(FileKind.UPKIHON_SUB2, 7, "助川内科クリニック　山田医師");
        put(FileKind.UPKIHON_SUB2, 8, "1");
        put(FileKind.UPKIHON_SUB2, 10, "01");
        put(FileKind.UPKIHON_SUB2, 11, "降圧剤を服用中");
        // 予防: 介護予防サービス・支援計画書
        put(FileKind.UPYOBO, 5, "1");
        put(FileKind.UPYOBO, 6, "2");
        put(FileKind.UPYOBO, 7, "Y-0001");
        put(FileKind.UPYOBO, 8, "日立　太郎");
        put(FileKind.UPYOBO, 12, "12");
        put(FileKind.UPYOBO, 14, "2");
        put(FileKind.UPYOBO, 15, "包括　二郎");
        put(FileKind.UPYOBO, 17, "日立市北部地域包括支援センター");
        put(FileKind.UPYOBO, 18, "茨城県日立市助川町一丁目１番１号");
        put(FileKind.UPYOBO, 21, "日立市北部地域包括支援センター");
        put(FileKind.UPYOBO, 22, "毎朝散歩に出かける。");
        put(FileKind.UPYOBO, 23, "囲碁の集まりに歩いて通い続ける。");
        put(FileKind.UPYOBO, 24, "長く歩くと膝が痛み、休みながら歩いている。");
        put(FileKind.UPYOBO, 25, "本人：囲碁の集まりに歩いて行きたい。");
        put(FileKind.UPYOBO, 26, "1");
        put(FileKind.UPYOBO, 27, "膝の痛みによる活動量の低下");
        put(FileKind.UPYOBO, 30, "2");
        put(FileKind.UPYOBO, 34, "2");
        put(FileKind.UPYOBO, 38, "2");
        put(FileKind.UPYOBO, 42, "通所型サービスで下肢の筋力をつけ、地域の集まりへの参加を続けられるよう支援します。");
        put(FileKind.UPYOBO, 43, "3");
        put(FileKind.UPYOBO, 49, "1");
        put(FileKind.UPYOBO, 57, "日立　太郎");
        put(FileKind.UPYOBO_SUB, 5, "1");
        put(FileKind.UPYOBO_SUB, 6, "膝の痛みで外出の機会が減っている。");
        put(FileKind.UPYOBO_SUB, 7, "下肢筋力を高め、休まずに30分歩ける。");
        put(FileKind.UPYOBO_SUB, 8, "本人：運動を続けたい。");
        put(FileKind.UPYOBO_SUB, 9, "休まずに30分歩ける。");
        put(FileKind.UPYOBO_SUB, 10, "1");
        put(FileKind.UPYOBO_SUB, 11, "無理のない範囲で運動を続ける。");
        put(FileKind.UPYOBO_SUB, 12, "自宅で毎日ストレッチをする。");
        put(FileKind.UPYOBO_SUB, 13, "通所型サービスでの機能訓練");
        put(FileKind.UPYOBO_SUB, 14, "1");
        put(FileKind.UPYOBO_SUB, 15, "通所型サービス");
        put(FileKind.UPYOBO_SUB, 16, "デイサービスすけがわ");
        put(FileKind.UPYOBO_SUB, 17, "2025年4月～2025年9月");
    }

    private SampleValues() {
    }

    private static void put(FileKind kind, int no, String value) {
        BY_ITEM.put(kind.name() + "#" + no, value);
    }

    static String value(FileKind kind, ColumnSpec c) {
        String v = BY_ITEM.get(kind.name() + "#" + c.no());
        if (v != null) {
            return v;
        }
        boolean yobo = kind.domain() == FileKind.Domain.YOBO;
        String n = c.name();
        switch (c.format()) {
            case CSV_VERSION:
                return "202407";
            case INSURER_NUMBER:
                return SampleUnits.insurer();
            case INSURED_NUMBER:
                return yobo ? SampleUnits.insuredYobo() : SampleUnits.insured();
            case YEAR_MONTH:
                return SampleUnits.month();
            case DATE:
                return date(n, c.no());
            case OFFICE_NUMBER:
                return office(kind, n);
            case POSTAL_CODE:
                return "310-0011";
            case TIME:
            case TIME_OR_NONE:
                return n.contains("終了") ? "1030" : "1000";
            case INTEGER:
                return "";
            case CODE:
                return "";
            case TEXT:
                return n.contains("電話") ? "029-000-0000" : "";
            case SERVICE_TYPE_CODE:
                return "";
            default:
                return "";
        }
    }

    private static String date(String n, int no) {
        if (n.contains("作成（変更）日") || n.contains("作成(変更)日")
                || no <= 5 && (n.contains("相談日") || n.contains("作成年月日"))) {
            return SampleUnits.planDate();
        }
        if (n.contains("生年月日")) {
            return "19400315";
        }
        if (n.contains("開始")) {
            return "20250101";
        }
        if (n.contains("終了")) {
            return "20251231";
        }
        if (n.contains("認定")) {
            return "20241220";
        }
        if (n.contains("初回")) {
            return "20230401";
        }
        if (n.contains("前回")) {
            return "20241001";
        }
        if (n.contains("利用日")) {
            return "20250507";
        }
        if (n.contains("記入日")) {
            return "20250320";
        }
        if (n.contains("同意日")) {
            return "20250405";
        }
        if (n.contains("変更日")) {
            return "";
        }
        return SampleUnits.planDate();
    }

    private static String office(FileKind kind, String n) {
        if (n.contains("サービス事業者") || n.contains("サービス事業所") || n.equals("事業所コード")) {
            return SampleUnits.HOME_HELP_OFFICE;
        }
        if (n.contains("同意書") || n.contains("更新業者")) {
            return "";
        }
        return kind.domain() == FileKind.Domain.YOBO ? SampleUnits.SUPPORT_CENTER_OFFICE
                : SampleUnits.CARE_MANAGER_OFFICE;
    }
}
