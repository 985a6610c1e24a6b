package io.github.careplanspec.model.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One item (項目) of an interface file layout (ファイルレイアウト), placed on a record component.
 *
 * <p>This annotation is the single source of truth of the catalog: {@link Catalog} derives every
 * {@link ColumnSpec} from it, and a test compares the result with the spec tables column by column.
 * Inside a {@link Repeated} group, {@link #no()} is the 1-based position within one repetition and
 * {@link #name()} the part of the 日本語名称 that follows the repetition's prefix.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Column {
    /** Length value meaning 「―」: no fixed maximum (free text). */
    int FREE = -1;

    /** @return the item number No. (項目番号), 1-based */
    int no();

    /** @return the 日本語名称 exactly as the layout prints it */
    String name();

    /** @return the 項目長 (maximum length in characters), or {@link #FREE} */
    int length() default FREE;

    /** @return whether the item is 必須 (○) */
    boolean required() default false;

    /** @return whether the item is 必要 (予防 layouts only; treated as a warning, P14) */
    boolean necessary() default false;

    /** @return the item's 書式; {@link FieldFormat#DERIVED} takes it from the component's Java type */
    FieldFormat format() default FieldFormat.DERIVED;
}
