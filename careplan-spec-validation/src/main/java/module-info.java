/**
 * Validation of ケアプランデータ連携標準仕様 V4.1 files: field, record, file and cross-file rules, with reports for
 * people and for CI.
 */
module io.github.careplanspec.validation {
    requires transitive io.github.careplanspec.csv;
    requires transitive org.hibernate.validator;
    requires com.fasterxml.jackson.core;
    requires java.xml;

    exports io.github.careplanspec.validation;
    exports io.github.careplanspec.validation.bean;
    exports io.github.careplanspec.validation.report;
    exports io.github.careplanspec.validation.rules;

    provides jakarta.validation.ConstraintValidator
            with io.github.careplanspec.validation.bean.ConformsToLayoutValidator;
}
