/**
 * Validation of ケアプランデータ連携標準仕様 V4.1 files: field, record, file and cross-file rules, with reports for
 * people and for CI.
 */
module io.github.careplanspec.validation {
    requires transitive io.github.careplanspec.csv;
    requires org.hibernate.validator;
}
