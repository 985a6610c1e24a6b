package io.github.careplanspec.model.issue;

/**
 * What kind of problem an issue is (問題の種類, after FHIR's issue types), for grouping and filtering; the same scale
 * for every layer (reader, unit reader, file-name parser, envelope, validator).
 */
public enum IssueType {
    /** The record or file structure: item count, CSV syntax. */
    STRUCTURE,
    /** A 必須 or 必要 item is empty. */
    REQUIRED,
    /** A value does not have the item's 書式. */
    VALUE,
    /** A value is longer than the 項目長. */
    TOO_LONG,
    /** A code is not in the item's code list. */
    CODE_INVALID,
    /** A character is outside MS932, or 外字. */
    ENCODING,
    /** A condition between items, records or files (business rule). */
    BUSINESS_RULE
}
