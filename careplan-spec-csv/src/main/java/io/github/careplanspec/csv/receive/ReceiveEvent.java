package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileSequence;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A change that a received unit makes on the receiving side, keyed as the spec keys it. */
public sealed interface ReceiveEvent permits ReceiveEvent.FamilyStored, ReceiveEvent.FamilyDeleted,
        ReceiveEvent.ChangeSuperseded {

    /** @return the unit the change comes from */
    UnitId unit();

    /** @return the key the change concerns */
    ChangeKey key();

    /**
     * A family registered (登録) or replaced: whatever the key held before, in every member kind, is replaced by
     * {@link #content()} as a set (R35, R36, P9; Q31). For a {@link ChangeKey.PlanKey}: 第1表 + 第2表 + 第3表 +
     * plan-linked 利用者補足情報; {@link ChangeKey.UtilizationKey}: 第6表 予定 + 第7表 + month-linked 利用者補足情報;
     * {@link ChangeKey.ResultKey}: the 実績 rows of one office and サービス種類; {@link ChangeKey.BasicInfoKey}:
     * 利用者基本情報 + 別表1 + 別表2 + image; {@link ChangeKey.PreventionPlanKey}: 介護予防サービス・支援計画書 + 別表.
     *
     * @param unit the unit
     * @param key the key
     * @param content the family's new records
     * @param replacing whether the receiver held the key before (replacement) or not (registration)
     */
    record FamilyStored(UnitId unit, ChangeKey key, FamilyContent content, boolean replacing)
            implements ReceiveEvent {
        /**
         * Checks.
         *
         * @param unit the unit
         * @param key the key
         * @param content the content
         * @param replacing replacement or registration
         */
        public FamilyStored {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * A family deleted (削除) with its cascade (R31 DLT1KYO, R32 DLTPLAN, R33 DLTJSK, R36a/P8 DLTKIHON, DLTYOBO):
     * the records of every kind in {@link #cascade()} with the key are removed.
     *
     * @param unit the unit
     * @param key the key
     * @param cascade the kinds removed (the parent, its dependents; the 利用者補足情報 as {@link ReceiveOptions} say)
     * @param held whether the receiver held the key (a deletion of an unknown key is allowed and harmless, P8)
     */
    record FamilyDeleted(UnitId unit, ChangeKey key, Set<FileKind> cascade, boolean held) implements ReceiveEvent {
        /**
         * Checks and copies.
         *
         * @param unit the unit
         * @param key the key
         * @param cascade the kinds removed
         * @param held whether the key was held
         */
        public FamilyDeleted {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(key, "key");
            cascade = Collections.unmodifiableSet(cascade.isEmpty() ? EnumSet.noneOf(FileKind.class)
                    : EnumSet.copyOf(cascade));
        }
    }

    /**
     * A change NOT applied because a unit with a later ファイル連番 has already been applied to the same key
     * (out-of-order arrival, R22). Chosen behaviour: per key, the change with the greatest ファイル連番 wins, so the
     * result equals processing in ファイル連番 order; the older change is skipped and reported by this event.
     * Changes of the same unit to other keys still apply.
     *
     * @param unit the unit
     * @param key the key
     * @param operation {@link FileKind.Operation#REGISTER} or {@link FileKind.Operation#DELETE}
     * @param appliedSequence the later ファイル連番 already applied to the key
     */
    record ChangeSuperseded(UnitId unit, ChangeKey key, FileKind.Operation operation, FileSequence appliedSequence)
            implements ReceiveEvent {
        /**
         * Checks.
         *
         * @param unit the unit
         * @param key the key
         * @param operation register or delete
         * @param appliedSequence the later sequence
         */
        public ChangeSuperseded {
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(operation, "operation");
            Objects.requireNonNull(appliedSequence, "appliedSequence");
        }
    }
}
