package io.github.careplanspec.validation.text;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Message;

/**
 * The words of this module's reports and of its rules' message parameters: keys {@code report.*} of the one bundle
 * pair ({@code model/issue/Messages(_ja).properties}). Not exported: the module's own renderers and rules use them,
 * each rendered in the language of the text it goes into.
 */
public enum Words implements IssueId {
    /** The text report's note that details are capped per rule. */
    TRUNCATED("report.truncated"),
    /** The text report's summary: {0} spec, {1} profile, {2} files, {3} records, {4} errors, {5} warnings. */
    SUMMARY("report.summary"),
    /** The JUnit failure's message: {0} errors. */
    JUNIT_FAILURE("report.junitFailure"),
    /** A unit problem of no file, with its unit: {0} the problem, {1} the unit. */
    IN_UNIT("report.inUnit"),
    /** R47.sequence: a rental line without a detail number. */
    DETAIL_MISSING("report.rentalDetail.missing"),
    /** R47.sequence: a detail number repeated. */
    DETAIL_REPEATED("report.rentalDetail.repeated"),
    /** R47.sequence: detail numbers outside 1, 2, 3 …. */
    DETAIL_SEQUENCE("report.rentalDetail.sequence"),
    /** R12.older: the first edition. */
    EDITION_1("report.edition.first"),
    /** R12.older: the second edition. */
    EDITION_2("report.edition.second"),
    /** R12.older: the third editions (3.0 and 3.1). */
    EDITION_3("report.edition.third"),
    /** R25.name: the sending office's segment. */
    ROLE_SENDER("report.role.sender"),
    /** R25.name: the receiving office's segment. */
    ROLE_RECEIVER("report.role.receiver"),
    /** R51.fixed: an item fixed to empty. */
    FIXED_EMPTY("report.fixed.empty"),
    /** R37.bothLinked: No.4 must be 00000000 (a utilization-linked unit). */
    LINK_PLAN_SENTINEL("report.link.planSentinel"),
    /** R37.bothLinked: No.63 must be 000000 (a plan-linked unit). */
    LINK_MONTH_SENTINEL("report.link.monthSentinel"),
    /** R37.unlinked: No.4 must be the plan's date. */
    LINK_PLAN_DATE("report.link.planDate"),
    /** R37.unlinked: No.63 must be the month of the utilization tables. */
    LINK_MONTH("report.link.month"),
    /** R51.sum: the subtotal row. */
    SUM_SUBTOTAL("report.sum.subtotal"),
    /** R51.sum: what a subtotal adds up. */
    SUM_SUBTOTAL_OF("report.sum.subtotalOf"),
    /** R51.sum: the total row. */
    SUM_TOTAL("report.sum.total"),
    /** R51.sum: what the total adds up. */
    SUM_TOTAL_OF("report.sum.totalOf"),
    /** A family's parent as messages name it: {0} the table, {1} the file prefix. */
    PARENT("report.parent"),
    /** The parent of the plan family. */
    PARENT_PLAN("report.parent.plan"),
    /** The parent of the utilization family. */
    PARENT_UTILIZATION("report.parent.utilization"),
    /** The parent of the results family. */
    PARENT_RESULTS("report.parent.results");

    private final String key;

    Words(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    /**
     * This word as a message parameter, rendered in the language of the message it goes into.
     *
     * @param params its own parameters {@code {0}}, {@code {1}}, …
     * @return the parameter
     */
    public Message with(Object... params) {
        return Message.of(this, params);
    }
}
