package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.Table7RowKind;
import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.text.Words;
import io.github.careplanspec.model.issue.Localized;
import io.github.careplanspec.model.issue.Messages;
import java.util.Locale;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R51: the fixed values of the 第7表 種類別小計 ({@code {CD}AAAA}, {@code EEEE}, {@code ZZZZ}) and 全合計
 * ({@code 999999}) rows — No.13 単位数 {@code 0}, No.14 割引後率 and No.15 割引後単位数 Null, and on the 全合計 row
 * No.7 サービス事業所コード {@code 9999999999}. The model states them once
 * ({@link ServiceTicketAnnexLine#summaryRowBreaches()}); this rule reports each breach at its item
 * ({@link Rules#R51_FIXED}, an error: 「固定」).
 */
public final class SummaryRowRule implements RecordRule<ServiceTicketAnnexLine> {
    private static final Pattern ITEM = Pattern.compile("No\\.(\\d+) ");

    /** Creates the rule. */
    public SummaryRowRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R51_FIXED);
    }

    @Override
    public Class<ServiceTicketAnnexLine> recordType() {
        return ServiceTicketAnnexLine.class;
    }

    @Override
    public void check(RecordContext<ServiceTicketAnnexLine> record, IssueSink sink) {
        ServiceTicketAnnexLine l = record.value();
        for (String breach : l.summaryRowBreaches()) {
            Matcher m = ITEM.matcher(breach);
            if (!m.find()) {
                throw new IllegalStateException("breach without item No.: " + breach);
            }
            int no = Integer.parseInt(m.group(1));
            boolean empty = no == 14 || no == 15;
            String expected = no == 7 ? "9999999999" : no == 13 ? "0" : null;
            Table7RowKind kind = l.rowKind();
            sink.report(record.issue(Rules.R51_FIXED, no, Map.of(
                    "kind", new Kind(kind), "code", l.serviceCode().text(),
                    "expected", empty ? Words.FIXED_EMPTY.with() : expected)));
        }
    }

    /** A row kind as messages name it: the spec's label in Japanese, else {@link #kindEn}. */
    private record Kind(Table7RowKind kind) implements Localized {
        @Override
        public String text(Locale locale) {
            return Messages.isJapanese(locale) ? kind.label() : kindEn(kind);
        }
    }

    static String kindEn(Table7RowKind kind) {
        switch (kind) {
            case SUBTOTAL_IN_LIMIT:
                return "subtotal within the benefit limit";
            case SUBTOTAL_OUTSIDE_LIMIT:
                return "subtotal outside the benefit limit";
            case SUBTOTAL_OVER_30_DAYS:
                return "subtotal over 30 days";
            case TOTAL:
                return "grand total";
            default:
                return "detail";
        }
    }
}
