package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;

/**
 * R38 (inferred): the nine サービス種類 slots of UPHOSOKU (No.20–55, four items each) are 「１枠から順番に設定する」.
 * Checked on the item texts (the typed record drops trailing empty slots):
 * <ul>
 *   <li>{@link Rules#R38_GAP}: a slot with a サービス種類コード after a slot without one;</li>
 *   <li>{@link Rules#R38_PARTIAL}: a slot without サービス種類コード whose amounts are not empty.</li>
 * </ul>
 * Warnings: the spec states the order, not what a receiver does with a gap.
 */
public final class LimitSlotOrderRule implements RecordRule<UserSupplement> {
    private static final int FIRST = 20;
    private static final int WIDTH = 4;

    /** Creates the rule. */
    public LimitSlotOrderRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R38_GAP, Rules.R38_PARTIAL);
    }

    @Override
    public Class<UserSupplement> recordType() {
        return UserSupplement.class;
    }

    @Override
    public void check(RecordContext<UserSupplement> record, IssueSink sink) {
        int firstEmpty = 0;
        for (int slot = 1; slot <= UserSupplement.SERVICE_TYPE_SLOTS; slot++) {
            int type = FIRST + (slot - 1) * WIDTH;
            if (record.isEmpty(type)) {
                if (firstEmpty == 0) {
                    firstEmpty = slot;
                }
                for (int no = type + 1; no < type + WIDTH; no++) {
                    if (!record.isEmpty(no)) {
                        sink.report(record.issue(Rules.R38_PARTIAL, no, Map.of("slot", Integer.toString(slot))));
                        break;
                    }
                }
            } else if (firstEmpty != 0) {
                sink.report(record.issue(Rules.R38_GAP, type, Map.of("slot", Integer.toString(slot),
                        "emptySlot", Integer.toString(firstEmpty))));
            }
        }
    }
}
