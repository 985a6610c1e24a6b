package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import java.util.Objects;

/**
 * 送信元 / 送信先 — a sending or receiving office as a file name names it: 事業所番号 and サービス種類コード (R18).
 *
 * @param office the 事業所番号
 * @param serviceType the サービス種類コード
 */
public record Party(OfficeNumber office, ServiceTypeCode serviceType) implements Comparable<Party> {
    /**
     * Checks.
     *
     * @param office the 事業所番号
     * @param serviceType the サービス種類コード
     */
    public Party {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(serviceType, "serviceType");
    }

    /**
     * Parses {@code 0300000100_43}.
     *
     * @param text office number, underscore, service type
     * @return the party
     * @throws IllegalArgumentException if the text has not that form
     */
    public static Party parse(String text) {
        int u = text.indexOf('_');
        if (u < 0) {
            throw new IllegalArgumentException("expected OFFICE_TYPE, got '" + text + "'");
        }
        return new Party(OfficeNumber.parse(text.substring(0, u)), ServiceTypeCode.parse(text.substring(u + 1)));
    }

    @Override
    public int compareTo(Party o) {
        int c = office.compareTo(o.office);
        return c != 0 ? c : serviceType.compareTo(o.serviceType);
    }

    /** @return {@code 0300000100_43}, as in a file name */
    @Override
    public String toString() {
        return office.text() + "_" + serviceType.text();
    }
}
