package io.github.careplanspec.model.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A repeated group of items (e.g. 利用者補足情報's nine サービス種類 slots, 利用者基本情報's four 緊急連絡先),
 * placed on a {@code List<G>} record component whose element type {@code G} is a record annotated with
 * {@link Column} using positions relative to one repetition.
 *
 * <p>The group starts at item {@link #firstNo()}; repetition {@code i} is named by prefixing
 * {@code prefixes()[i]} to each member's name, so the number of repetitions is {@code prefixes().length}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Repeated {
    /** @return the No. of the first item of the first repetition */
    int firstNo();

    /** @return one 日本語名称 prefix per repetition, e.g. {@code "１"} or {@code "【運動・移動】"} */
    String[] prefixes();
}
