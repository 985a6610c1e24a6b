package io.github.careplanspec.model.catalog;

import io.github.careplanspec.model.code.CodeList;
import java.util.List;
import java.util.Objects;

/**
 * One item (項目) of a layout as the catalog knows it: derived from the {@link Column} annotations of the layout's
 * record type, never written by hand elsewhere.
 *
 * @param layoutId the layout id, e.g. {@code UP1KYO}
 * @param no the item number No., 1-based
 * @param name the 日本語名称
 * @param length the 項目長 (maximum length in characters), or {@link Column#FREE} for 「―」
 * @param required whether the item is 必須
 * @param necessary whether the item is 必要 (予防 layouts; P14)
 * @param format the item's 書式
 * @param codes the code list of a {@link FieldFormat#CODE} item, in the spec's order; empty otherwise
 */
public record ColumnSpec(String layoutId, int no, String name, int length, boolean required, boolean necessary,
        FieldFormat format, List<CodeList> codes) {

    /**
     * Checks and copies.
     *
     * @param layoutId the layout id
     * @param no the item number
     * @param name the 日本語名称
     * @param length the 項目長 or {@link Column#FREE}
     * @param required 必須
     * @param necessary 必要
     * @param format the 書式
     * @param codes the code list
     */
    public ColumnSpec {
        Objects.requireNonNull(layoutId, "layoutId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        codes = List.copyOf(codes);
        if (no < 1) {
            throw new IllegalArgumentException("No. must be positive: " + no);
        }
    }

    /** @return whether the item has no fixed maximum length (「―」) */
    public boolean isFreeLength() {
        return length == Column.FREE;
    }

    /**
     * Whether a text is one of the item's codes.
     *
     * @param text the item text
     * @return whether the code list holds it
     */
    public boolean hasCode(String text) {
        for (CodeList c : codes) {
            if (c.code().equals(text)) {
                return true;
            }
        }
        return false;
    }

    /** @return {@code "No.14 居宅サービス計画作成（変更）日"}, for messages */
    public String label() {
        return "No." + no + " " + name;
    }

    @Override
    public String toString() {
        return layoutId + " " + label();
    }
}
