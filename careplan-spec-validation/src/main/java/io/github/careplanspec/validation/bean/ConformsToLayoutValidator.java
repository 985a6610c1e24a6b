package io.github.careplanspec.validation.bean;

import io.github.careplanspec.model.catalog.ConformsToLayout;
import io.github.careplanspec.validation.CarePlanValidator;
import io.github.careplanspec.validation.report.ValidationIssue;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * The validator of {@link ConformsToLayout}, contributed to Hibernate Validator through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator} (and {@code provides} in module-info). It runs
 * exactly what {@link CarePlanValidator#validate(Record)} runs — the field rules compiled from the catalog and the
 * record rules — and turns each issue into one violation:
 * <ul>
 *   <li>message: the issue's message in the JVM's default language (Japanese when it is {@code ja}, else English),
 *       escaped so that no message interpolator alters it;</li>
 *   <li>property path: the record component of the item ({@code list[i].member} inside a repeated group);</li>
 *   <li>dynamic payload: the {@link ValidationIssue} itself (rule id, both languages), through
 *       {@code HibernateConstraintViolation#getDynamicPayload(ValidationIssue.class)}.</li>
 * </ul>
 */
public final class ConformsToLayoutValidator implements ConstraintValidator<ConformsToLayout, Record> {
    /** Creates the validator (Hibernate Validator instantiates it). */
    public ConformsToLayoutValidator() {
    }

    @Override
    public boolean isValid(Record value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<ValidationIssue> issues = CarePlanValidator.standard().validate(value);
        if (issues.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        Locale locale = Locale.getDefault();
        PropertyPaths paths = PropertyPaths.of(value.getClass());
        for (ValidationIssue i : issues) {
            HibernateConstraintValidatorContext h = context.unwrap(HibernateConstraintValidatorContext.class);
            h.withDynamicPayload(i);
            paths.add(h.buildConstraintViolationWithTemplate(escape(i.message(locale))), i.column());
        }
        return false;
    }

    /**
     * Escapes a text so that a Bean Validation message interpolator leaves it as is ({@code \ { } $}).
     *
     * @param text the text
     * @return the template
     */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '{' || c == '}' || c == '$') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
