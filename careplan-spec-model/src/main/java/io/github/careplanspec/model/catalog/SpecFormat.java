package io.github.careplanspec.model.catalog;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the {@link FieldFormat} of a value type, so that a {@link Column} of that type needs no
 * explicit format. A value type also implements {@link SpecValue} and has a public static
 * {@code parse(String)} factory that throws {@link IllegalArgumentException} for a malformed text.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SpecFormat {
    /** @return the format of every item of this type */
    FieldFormat value();
}
