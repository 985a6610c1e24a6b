package io.github.careplanspec.validation.bean;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * A Jakarta Bean Validation {@link ValidatorFactory} configured for this library: Hibernate Validator with the
 * {@link ParameterMessageInterpolator}, so no Expression Language implementation is needed. Build one per process
 * (factories are expensive, validators are thread-safe).
 */
public final class Validators {
    private Validators() {
    }

    /**
     * A new factory; close it when done.
     *
     * @return the factory
     */
    public static ValidatorFactory newFactory() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
    }

    /**
     * A validator from a factory that lives as long as the process.
     *
     * @return the shared validator
     */
    public static Validator shared() {
        return Holder.VALIDATOR;
    }

    private static final class Holder {
        @SuppressWarnings("resource")
        private static final Validator VALIDATOR = newFactory().getValidator();
    }
}
