package io.github.careplanspec.model.service;

import io.github.careplanspec.model.ServiceTypeCode;
import java.util.Objects;
import java.util.Set;

/**
 * One サービス種類 of the spec (§1.3, §1.4): its code, name, the tables it appears in and whether it is 連携対象 (R25).
 *
 * @param code          サービス種類コード
 * @param nameJa        サービス種類の名称, as printed in the spec table
 * @param categories    the tables the code appears in (59 and 81 appear in both 介護給付 and 予防給付)
 * @param linkageTarget 連携対象 (R25): whether records of this service type are exchanged; always false for the
 *                      planning offices' own codes ({@link ServiceCategory#PLANNING_OFFICE}), which only name offices
 *                      in file names
 * @param inferred      whether the entry is inferred rather than printed in the spec (46 and AF, uncertain.md Q27)
 */
public record ServiceTypeInfo(ServiceTypeCode code, String nameJa, Set<ServiceCategory> categories,
        boolean linkageTarget, boolean inferred) {
    /**
     * Checks and copies the components.
     *
     * @param code          サービス種類コード
     * @param nameJa        the name
     * @param categories    the tables, not empty
     * @param linkageTarget 連携対象
     * @param inferred      whether inferred
     */
    public ServiceTypeInfo {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameJa, "nameJa");
        categories = Set.copyOf(categories);
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("no category for " + code);
        }
    }

    /** @return whether this is a planning office's own code used in file names (43, 46, AF) */
    public boolean isPlanningOffice() {
        return categories.contains(ServiceCategory.PLANNING_OFFICE);
    }

    /** @return the code and name as the 連携クライアントアプリ shows them, e.g. {@code 43: 居宅介護支援} */
    public String display() {
        return code.text() + ": " + nameJa;
    }
}
