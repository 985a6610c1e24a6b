package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;

/**
 * R38: the nine サービス種類 slots of UPHOSOKU (No.20–55, four items each) are 「１枠から順番に設定する」.
 * Checked on the item texts (the typed record drops trailing empty slots):
 * <ul>
 *   <li>{@link Rules#R38_GAP} (error, issue 17 reading 5): a slot with a サービス種類コード while slot 1 or an
 *       earlier slot is empty;</li>
 *   <li>{@link Rules#R38_SHORT_STAY} (error): a slot holding a 短期入所療養介護 type other than 22 — 「短期入所療養介護の
 *       場合は22:短期入所療養介護（介護老人保健施設）を設定する」, so 23 and 2A are wrong there (the 予防 types 25/26/2B
 *       are not named by the sentence and are not checked);</li>
 *   <li>{@link Rules#R38_PARTIAL} (warning, inferred): a slot without サービス種類コード whose amounts are not
 *       empty.</li>
 * </ul>
 */
public final class LimitSlotOrderRule implements RecordRule<UserSupplement> {
    private static final int FIRST = 20;
    private static final int WIDTH = 4;

    /** Creates the rule. */
    public LimitSlotOrderRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R38_GAP, Rules.R38_SHORT_STAY, Rules.R38_PARTIAL);
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
            } else {
                if (firstEmpty != 0) {
                    sink.report(record.issue(Rules.R38_GAP, type, Map.of("slot", Integer.toString(slot),
                            "emptySlot", Integer.toString(firstEmpty))));
                }
                String t = record.text(type);
                if (t.equals("23") || t.equals("2A")) {
                    sink.report(record.issue(Rules.R38_SHORT_STAY, type, Map.of("slot", Integer.toString(slot))));
                }
            }
        }
    }
}
