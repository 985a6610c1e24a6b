/**
 * The ケアプランデータ連携標準仕様 V4.1 as data and types: file kinds, the catalog of items, code lists, typed
 * records for every interface file, and interface file names. No I/O, no CSV, no validator engine.
 */
module io.github.careplanspec.model {
    requires transitive jakarta.validation;
    requires com.ibm.icu;

    exports io.github.careplanspec.model;
    exports io.github.careplanspec.model.catalog;
    exports io.github.careplanspec.model.code;
    exports io.github.careplanspec.model.issue;
    exports io.github.careplanspec.model.kyotaku;
    exports io.github.careplanspec.model.name;
    exports io.github.careplanspec.model.service;
    exports io.github.careplanspec.model.yobo;
}
