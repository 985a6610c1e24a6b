package io.github.careplanspec.model.yobo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.CareLevel;
import io.github.careplanspec.model.code.DisabilityCertification;
import io.github.careplanspec.model.code.Entrustment;
import io.github.careplanspec.model.code.PreventionPlanType;
import io.github.careplanspec.model.code.UserGender;
import io.github.careplanspec.model.code.YoboCareLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class UserBasicInfoTest {
    static final String IMAGE = "UPKIHON_IMAGE_0300000100_46_0300000005_11_20241001120000_0001.jpg";

    static UserBasicInfo sample() {
        return UserBasicInfo.builder()
                .key(InsurerNumber.parse("131016"), InsuredNumber.parse("H123456789"), LocalDate.of(2024, 10, 1))
                .planType(PreventionPlanType.PREVENTIVE_CARE_SUPPORT)
                .entrustment(Entrustment.ENTRUSTED)
                .userNameKana("ﾖﾎﾞｳ ﾊﾅｺ")
                .userName("予防 花子")
                .userGender(UserGender.FEMALE)
                .userBirthDate(LocalDate.of(1940, 2, 29))
                .careLevel(YoboCareLevel.NOT_APPLICABLE)
                .physicalDisability(DisabilityCertification.NOT_APPLICABLE)
                .addEmergencyContact(EmergencyContact.of("予防 太郎", "長男", "東京都千代田区1-1", "03-1234-5678"))
                .addEmergencyContact(EmergencyContact.of("予防 次郎", "次男", null, "090-0000-0000"))
                .familyImage(FamilyImageReference.of(IMAGE))
                .lifeHistory("農業を営んできた。\r\n\"畑仕事\"が楽しみ、")
                .build();
    }

    @Test
    void formatsEveryItemInNoOrderAndParsesBack() {
        UserBasicInfo u = sample();
        RecordLayout<UserBasicInfo> layout = RecordLayout.of(UserBasicInfo.class);
        String[] t = layout.format(u);
        assertEquals(71, t.length);
        assertEquals("202407", t[0]);
        assertEquals("20241001", t[3]);
        assertEquals("1", t[4]);
        assertEquals("2", t[5]);
        assertEquals("2", t[15]);
        assertEquals("01", t[22], "No.23 要介護状態区分 01=非該当 (P16)");
        assertEquals("0", t[28], "No.29 障害等認定 uses 0 for 非該当 (P16)");
        assertEquals("予防 太郎", t[45]);
        assertEquals("03-1234-5678", t[48]);
        assertEquals("予防 次郎", t[49]);
        assertEquals("", t[51], "2 緊急連絡先(住所) left empty");
        assertEquals("", t[53], "slot 3 is empty");
        assertEquals("", t[60]);
        assertEquals(IMAGE, t[61]);
        Parsed<UserBasicInfo> back = layout.parse(Arrays.asList(t));
        assertTrue(back.isOk(), back.toString());
        assertEquals(u, back.value());
        assertEquals(2, back.value().emergencyContacts().size());
    }

    @Test
    void emergencyContactsAreTheFourRepetitionsOfTheLayout() {
        List<ColumnSpec> cols = Catalog.columns(FileKind.UPKIHON);
        assertEquals("1 緊急連絡先(氏名)", cols.get(45).name());
        assertEquals("4 緊急連絡先(電話番号)", cols.get(60).name());
        assertEquals(15, cols.get(60).length());
        assertEquals(FieldFormat.TEXT, cols.get(60).format(), "phone numbers are written unquoted");
        assertEquals(FieldFormat.FREE_TEXT, cols.get(61).format(), "No.62 is printed as free text");
        assertTrue(cols.get(5).necessary() && !cols.get(5).required(), "No.6 委託の有無 is 必要 only (U2)");
    }

    @Test
    void trailingEmptyContactsAreDroppedAndAFifthIsRefused() {
        UserBasicInfo u = sample().toBuilder()
                .emergencyContacts(List.of(EmergencyContact.EMPTY, EmergencyContact.of("a", null, null, null),
                        EmergencyContact.EMPTY, EmergencyContact.of("", "", null, null)))
                .build();
        assertEquals(2, u.emergencyContacts().size());
        assertTrue(u.emergencyContacts().get(0).isEmpty());
        String[] t = RecordLayout.of(UserBasicInfo.class).format(u);
        assertEquals("", t[45]);
        assertEquals("a", t[49]);
        assertEquals(u, RecordLayout.of(UserBasicInfo.class).parse(Arrays.asList(t)).value());

        List<EmergencyContact> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(EmergencyContact.of("c" + i, null, null, null));
        }
        UserBasicInfo.Builder b = sample().toBuilder().emergencyContacts(five);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, b::build);
        assertTrue(e.getMessage().contains("at most 4"), e.getMessage());
        assertThrows(UnsupportedOperationException.class,
                () -> sample().emergencyContacts().add(EmergencyContact.EMPTY));
    }

    @Test
    void builderNamesEveryMissingRequiredItem() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> UserBasicInfo.builder().userName("x").entrustment(Entrustment.IN_HOUSE).build());
        String m = e.getMessage();
        assertTrue(m.startsWith("UPKIHON: "), m);
        for (String item : List.of("No.2 保険者番号", "No.4 相談日", "No.5 計画種類", "No.14 利用者氏名ﾌﾘｶﾞﾅ",
                "No.16 利用者性別", "No.17 利用者生年月日")) {
            assertTrue(m.contains(item), item + " in " + m);
        }
        assertFalse(m.contains("No.15 "), m);
        assertFalse(m.contains("No.6 "), "委託の有無 is 必要, not 必須 (P14): " + m);
        assertEquals(CsvVersion.V4_1, sample().csvVersion());
    }

    @Test
    void careLevelIsTheYoboListNotTheKyotakuOne() {
        List<String> texts = new ArrayList<>(Arrays.asList(RecordLayout.of(UserBasicInfo.class).format(sample())));
        texts.set(22, CareLevel.BUSINESS_TARGET.code()); // 06 exists only in the 居宅 list
        UserBasicInfo u = RecordLayout.of(UserBasicInfo.class).parse(texts).value();
        assertFalse(u.careLevel().isKnown(), "06 事業対象者 is not a 利用者基本情報 要介護状態区分 code");
        assertEquals("06", u.careLevel().code());
    }

    @Test
    void aBadImageNameIsLocatedAtNo62() {
        List<String> texts = new ArrayList<>(Arrays.asList(RecordLayout.of(UserBasicInfo.class).format(sample())));
        texts.set(61, "../etc/passwd.jpg");
        texts.set(16, "19400230");
        Parsed<UserBasicInfo> p = RecordLayout.of(UserBasicInfo.class).parse(texts);
        assertNull(p.value());
        assertEquals(List.of(17, 62), p.problems().stream().map(x -> x.column().no()).toList());
        assertEquals("家族構成 画像ファイル名", p.problems().get(1).column().name());
        texts.set(61, "");
        texts.set(16, "19400229");
        assertNull(RecordLayout.of(UserBasicInfo.class).parse(texts).value().familyImage(), "no image (U9)");
    }

    @Test
    void deletionCarriesTheKey() {
        UserBasicInfoDeletion d = UserBasicInfoDeletion.of(sample());
        String[] t = RecordLayout.of(UserBasicInfoDeletion.class).format(d);
        assertEquals(List.of("202407", "131016", "H123456789", "20241001"), List.of(t));
        assertEquals(d, RecordLayout.of(UserBasicInfoDeletion.class).parse(List.of(t)).value());
        assertTrue(Catalog.columns(FileKind.DLTKIHON).stream().allMatch(c -> c.required() && c.necessary()));
    }
}
