package io.github.careplanspec.model.code;

/**
 * A value of one of the spec's code lists (コード表): implemented by enums whose constants carry the code as
 * the file writes it and the Japanese label (名称).
 */
public interface CodeList {
    /** @return the code exactly as the file carries it, e.g. {@code "06"} */
    String code();

    /** @return the Japanese label of the code, e.g. {@code 事業対象者} */
    String label();
}
