package io.github.careplanspec.model.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a record type as the layout (ファイルレイアウト) of one or more interface file kinds.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Layout {
    /** @return the layout id as the spec tables name it, e.g. {@code UP1KYO} or {@code UPPLAN_UPJSK} */
    String value();
}
