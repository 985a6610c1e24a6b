package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;

/**
 * R16 (R18, R19, R49, Q24): what the file name says agrees with the records, each value reported on the first record
 * that carries it. The month is an error (issue 17 reading 1: R37 and Q24 read the name's month as the records'),
 * sender and receiver are warnings (inferred):
 * <ul>
 *   <li>{@link Rules#R16_MONTH}: the name's month equals No.5 対象年月 (UPPLAN, UPJSK, UPSIKYU), No.4 削除対象年月
 *       (DLTPLAN, DLTJSK) and No.63 対象年月 (UPHOSOKU, where {@code 000000} names the plan's 補足情報, R37);</li>
 *   <li>{@link Rules#R16_SENDER}: the sending office is UPPLAN No.6 プラン担当業者コード (the 居宅介護支援事業所 sends
 *       its plan), UPJSK No.20 サービス事業者コード (a service office sends its own 実績, R19, R49) and DLTJSK No.5
 *       サービス事業者コード;</li>
 *   <li>{@link Rules#R16_RECEIVER}: the receiving office of UPJSK is its No.6 プラン担当業者コード.</li>
 * </ul>
 * The kind needs no check here: the layout is chosen by the name's kind, so a file of another kind shows as item
 * count (R7) and format issues. A forwarded 予防 file (委託あり, notes-yobo.md P13) may name another planner than
 * its sender, which is why sender/receiver are warnings.
 */
public final class FileNameAgreementRule implements FileRule {
    private static final Check NOTHING = (record, sink) -> {
    };

    /** Creates the rule. */
    public FileNameAgreementRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R16_MONTH, Rules.R16_SENDER, Rules.R16_RECEIVER);
    }

    /**
     * The item No. that holds a kind's service month ({@link FileKind#monthNo()}).
     *
     * @param kind the kind
     * @return the No., or 0 when the kind has no service month item
     */
    static int monthItem(FileKind kind) {
        return kind == null ? 0 : kind.monthNo().orElse(0);
    }

    private static boolean ambiguousLink(RecordContext<?> record) {
        return record.text(4).equals("00000000") == record.text(63).equals("000000");
    }

    @Override
    public Check start(FileContext file, IssueSink sink) {
        int month = file.month() == null ? 0 : monthItem(file.kind());
        int sender = 0;
        int receiver = 0;
        if (file.kind() == FileKind.UPPLAN) {
            sender = 6;
        } else if (file.kind() == FileKind.UPJSK) {
            sender = 20;
            receiver = 6;
        } else if (file.kind() == FileKind.DLTJSK) {
            sender = 5;
        }
        if (file.senderOffice() == null) {
            sender = 0;
        }
        if (file.receiverOffice() == null) {
            receiver = 0;
        }
        if (month == 0 && sender == 0 && receiver == 0) {
            return NOTHING;
        }
        int monthNo = month;
        int senderNo = sender;
        int receiverNo = receiver;
        DistinctValues reportedMonth = new DistinctValues();
        DistinctValues reportedSender = new DistinctValues();
        DistinctValues reportedReceiver = new DistinctValues();
        return (record, s) -> {
            // a UPHOSOKU record linked to both or to nothing is R37's, which names the wrong item (issue 17 reading 4)
            if (monthNo != 0 && !(file.kind() == FileKind.UPHOSOKU && ambiguousLink(record))) {
                String v = record.text(monthNo);
                if (!v.isEmpty() && !v.equals(file.month()) && reportedMonth.first(v)) {
                    s.report(record.issue(Rules.R16_MONTH, monthNo, Map.of("nameMonth", file.month())));
                }
            }
            if (senderNo != 0) {
                String v = record.text(senderNo);
                if (!v.isEmpty() && !v.equals(file.senderOffice()) && reportedSender.first(v)) {
                    s.report(record.issue(Rules.R16_SENDER, senderNo, Map.of("office", file.senderOffice())));
                }
            }
            if (receiverNo != 0) {
                String v = record.text(receiverNo);
                if (!v.isEmpty() && !v.equals(file.receiverOffice()) && reportedReceiver.first(v)) {
                    s.report(record.issue(Rules.R16_RECEIVER, receiverNo, Map.of("office", file.receiverOffice())));
                }
            }
        };
    }
}
