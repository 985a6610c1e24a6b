package io.github.careplanspec.model.catalog;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Jakarta Bean Validation constraint: the record conforms to its layout (ファイルレイアウト) item by item —
 * 必須 (R9), 項目長 (R8), 書式 (R10), code lists and the MS932 repertoire (R2), all derived from the record's
 * {@link Column} annotations.
 *
 * <p>The model declares the constraint only ({@code validatedBy} is empty); the validator is contributed by
 * {@code careplan-spec-validation} through {@code META-INF/services/jakarta.validation.ConstraintValidator}, so a
 * vendor's own {@code jakarta.validation.Validator} finds the same violations, with the same messages, as the
 * library's file validator once that module is on the path.
 */
@Documented
@Constraint(validatedBy = {})
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConformsToLayout {
    /** @return the message used only if a validator reports the record as a whole */
    String message() default "{io.github.careplanspec.model.catalog.ConformsToLayout.message}";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
