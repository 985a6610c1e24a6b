package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.catalog.Column;

/**
 * 緊急連絡先 — one emergency contact of the 利用者基本情報 (UPKIHON No.46–61: four repetitions of four items,
 * prefixed {@code "1 "} to {@code "4 "}; U15 keeps the printed ASCII digit and space).
 *
 * <p>A component is {@code null} when the item is empty.
 *
 * @param name No.1 of a repetition: 緊急連絡先(氏名)
 * @param relationship No.2 of a repetition: 緊急連絡先(続柄)
 * @param address No.3 of a repetition: 緊急連絡先(住所) (may hold other than an address, P15)
 * @param phone No.4 of a repetition: 緊急連絡先(電話番号)
 */
public record EmergencyContact(
        @Column(no = 1, name = "緊急連絡先(氏名)") String name,
        @Column(no = 2, name = "緊急連絡先(続柄)") String relationship,
        @Column(no = 3, name = "緊急連絡先(住所)") String address,
        @Column(no = 4, name = "緊急連絡先(電話番号)", length = 15) String phone) {
    /** The repetition with every item empty. */
    public static final EmergencyContact EMPTY = new EmergencyContact(null, null, null, null);

    /**
     * A repetition from known values.
     *
     * @param name 緊急連絡先(氏名)
     * @param relationship 緊急連絡先(続柄)
     * @param address 緊急連絡先(住所)
     * @param phone 緊急連絡先(電話番号)
     * @return the repetition
     */
    public static EmergencyContact of(String name, String relationship, String address, String phone) {
        return new EmergencyContact(name, relationship, address, phone);
    }

    /** @return whether every item is empty (written as empty items; not kept at the end of the group) */
    public boolean isEmpty() {
        return blank(name) && blank(relationship) && blank(address) && blank(phone);
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }
}
