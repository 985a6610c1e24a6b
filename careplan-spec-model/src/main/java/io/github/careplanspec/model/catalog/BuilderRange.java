package io.github.careplanspec.model.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an {@code Integer} component beside its {@link Column}: the record's builder refuses, when the item is set, a
 * number below {@link #min()} or above the largest number the item's 項目長 holds (e.g. 99 for 2 digits).
 *
 * <p>Only the builder checks: a record read from a file keeps what the file said, and validation reports it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.RECORD_COMPONENT)
public @interface BuilderRange {
    /** @return the smallest number the builder accepts */
    int min() default 0;
}
