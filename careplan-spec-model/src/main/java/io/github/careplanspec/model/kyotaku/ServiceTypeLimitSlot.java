package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.Column;

/**
 * One of 利用者補足情報's nine サービス種類別限度額管理 slots (UPHOSOKU No.20–55, R38): a サービス種類 with its own
 * limit. Column numbers are relative to the slot; the catalog prefixes the names with the slot number
 * ({@code １サービス種類コード} … {@code ９限度超単位数}).
 *
 * <p>Slots are filled from slot 1 in order (R38); a component is {@code null} when its item is empty.
 *
 * @param serviceTypeCode サービス種類コード (for 短期入所療養介護 set 22, R38)
 * @param limitUnits 支給限度基準額 (units)
 * @param totalUnits 合計単位数
 * @param excessUnits 限度超単位数
 */
public record ServiceTypeLimitSlot(
        @Column(no = 1, name = "サービス種類コード", length = 2) ServiceTypeCode serviceTypeCode,
        @Column(no = 2, name = "支給限度基準額", length = 7) Integer limitUnits,
        @Column(no = 3, name = "合計単位数", length = 7) Integer totalUnits,
        @Column(no = 4, name = "限度超単位数", length = 7) Integer excessUnits) {

    /** Upper bound of a 7-digit unit count. */
    static final int MAX_UNITS = 9_999_999;

    /**
     * Checks.
     *
     * @param serviceTypeCode サービス種類コード
     * @param limitUnits 支給限度基準額
     * @param totalUnits 合計単位数
     * @param excessUnits 限度超単位数
     * @throws IllegalArgumentException if a number is negative
     */
    public ServiceTypeLimitSlot {
        ItemChecks.unsigned(limitUnits, ServiceTypeLimitSlot.class, "limitUnits");
        ItemChecks.unsigned(totalUnits, ServiceTypeLimitSlot.class, "totalUnits");
        ItemChecks.unsigned(excessUnits, ServiceTypeLimitSlot.class, "excessUnits");
    }

    /**
     * A filled slot, the numbers checked against their 7-digit length.
     *
     * @param serviceTypeCode サービス種類コード
     * @param limitUnits 支給限度基準額, 0–9999999
     * @param totalUnits 合計単位数, 0–9999999
     * @param excessUnits 限度超単位数, 0–9999999
     * @return the slot
     * @throws IllegalArgumentException if a number is out of range
     */
    public static ServiceTypeLimitSlot of(ServiceTypeCode serviceTypeCode, int limitUnits, int totalUnits,
            int excessUnits) {
        Class<ServiceTypeLimitSlot> t = ServiceTypeLimitSlot.class;
        return new ServiceTypeLimitSlot(serviceTypeCode, ItemChecks.range(limitUnits, 0, MAX_UNITS, t, "limitUnits"),
                ItemChecks.range(totalUnits, 0, MAX_UNITS, t, "totalUnits"),
                ItemChecks.range(excessUnits, 0, MAX_UNITS, t, "excessUnits"));
    }

    /** @return whether every item of the slot is empty (an unused slot) */
    public boolean isEmpty() {
        return serviceTypeCode == null && limitUnits == null && totalUnits == null && excessUnits == null;
    }
}
