package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.code.ConsultationMethod;
import io.github.careplanspec.model.code.UserCurrentSituation;
import io.github.careplanspec.model.yobo.UserBasicInfo;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;

/**
 * P15 (U5): the conditional items of 利用者基本情報 (UPKIHON) —
 * No.8 相談方法 {@code 03} その他 needs No.9 相談方法(その他の内容) ({@link Rules#P15_CONSULTATION}); No.12 利用者の現況
 * {@code 02} 入院又は入所中 needs No.13 利用者の現況(状況補足) ({@link Rules#P15_SITUATION}). Warnings: the layout
 * marks the dependent items neither 必須 nor 必要.
 */
public final class UserBasicInfoConditionsRule implements RecordRule<UserBasicInfo> {
    private static final int METHOD = 8;
    private static final int METHOD_OTHER = 9;
    private static final int SITUATION = 12;
    private static final int SITUATION_NOTE = 13;

    /** Creates the rule. */
    public UserBasicInfoConditionsRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.P15_CONSULTATION, Rules.P15_SITUATION);
    }

    @Override
    public Class<UserBasicInfo> recordType() {
        return UserBasicInfo.class;
    }

    @Override
    public void check(RecordContext<UserBasicInfo> record, IssueSink sink) {
        String other = ConsultationMethod.OTHER.code();
        if (other.equals(record.text(METHOD)) && record.isEmpty(METHOD_OTHER)) {
            sink.report(record.issue(Rules.P15_CONSULTATION, METHOD_OTHER, Map.of("code", other)));
        }
        String stay = UserCurrentSituation.IN_HOSPITAL_OR_FACILITY.code();
        if (stay.equals(record.text(SITUATION)) && record.isEmpty(SITUATION_NOTE)) {
            sink.report(record.issue(Rules.P15_SITUATION, SITUATION_NOTE, Map.of("code", stay)));
        }
    }
}
