package io.github.careplanspec.model.name;

import io.github.careplanspec.model.issue.IssueId;

/**
 * Why a text is not an interface file name (ファイル名の誤りの種類, R15–R18): the stable ids of the file-name
 * parser's problems, each the key of its message in the one bundle pair ({@code model/issue/Messages(_ja)}). The
 * parameters of each id are listed with it; {@link FileNameProblem#message(java.util.Locale)} renders them.
 */
public enum FileNameCode implements IssueId {
    /** The separator is U+0332 (the spec's OCR), not {@code _} (R15). No parameters. */
    LOW_LINE_SEPARATOR("name.separator.lowLine"),
    /** No file kind prefix of the spec at the start. {0} the leading letters. */
    NO_PREFIX("name.prefix.none"),
    /** A prefix followed by letters that make no kind of the spec. {0} the prefix as found. */
    UNKNOWN_PREFIX("name.prefix.unknown"),
    /** No extension. {0} the extension the kind needs. */
    NO_EXTENSION("name.extension.none"),
    /** A CSV kind with another extension. {0} the prefix, {1} the extension found. */
    CSV_EXTENSION("name.extension.csv"),
    /** The image with another extension. {0} the prefix, {1} the extension found. */
    IMAGE_EXTENSION("name.extension.image"),
    /** The month segment is not 6 digits (R16). {0} the prefix, {1} the segment, {2} its length. */
    MONTH_FORM("name.month.form"),
    /** The month segment is 6 digits but no month (R16). {0} the segment. */
    MONTH_INVALID("name.month.invalid"),
    /** {@code 000000} on a kind other than UPHOSOKU (R37). {0} the prefix. */
    MONTH_PLAN_LINKED("name.month.planLinked"),
    /** A month segment on a kind without one (R16, Q11). {0} the prefix, {1} the segment. */
    MONTH_UNEXPECTED("name.month.unexpected"),
    /** No month segment on a kind that needs one (R16). {0} the prefix. */
    MONTH_MISSING("name.month.missing"),
    /** 送信元の事業所番号 not 10 digits (R18). {0} the segment, {1} its length. */
    SENDER_OFFICE_FORM("name.office.sender"),
    /** 送信先の事業所番号 not 10 digits (R18). {0} the segment, {1} its length. */
    RECEIVER_OFFICE_FORM("name.office.receiver"),
    /** 送信元のサービス種類コード not 2 digits or capitals (R18). {0} the segment, {1} its length. */
    SENDER_SERVICE_TYPE_FORM("name.serviceType.sender"),
    /** 送信先のサービス種類コード not 2 digits or capitals (R18). {0} the segment, {1} its length. */
    RECEIVER_SERVICE_TYPE_FORM("name.serviceType.receiver"),
    /** ファイル連番 not 14 digits (R17). {0} the segment, {1} its length. */
    SEQUENCE_FORM("name.sequence.form"),
    /** The image's 枝番 not 4 digits. {0} the segment, {1} its length. */
    BRANCH_FORM("name.branch.form"),
    /** The image name lacks its 枝番. No parameters. */
    BRANCH_MISSING("name.branch.missing"),
    /** A V3.x name without service-type segments (R15a). No parameters. */
    V3_NAME("name.segments.v3"),
    /** The wrong number of {@code _}-separated segments (R15). {0} the prefix, {1} expected, {2} found. */
    SEGMENT_COUNT("name.segments.count");

    private final String key;

    FileNameCode(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }
}
