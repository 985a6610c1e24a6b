package io.github.careplanspec.validation.bean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.LivingSupportReason;
import io.github.careplanspec.model.code.PlanCategory;
import io.github.careplanspec.model.kyotaku.CarePlanTable1;
import io.github.careplanspec.model.kyotaku.CarePlanTable1Deletion;
import io.github.careplanspec.validation.CarePlanValidator;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.rules.Samples;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** A vendor's plain jakarta.validation.Validator finds what our validator finds, with the same messages. */
class BeanValidationTest {
    private static CarePlanTable1 broken() {
        return Samples.table1().toBuilder()
                .plannerName("{planner} ${1+1} \\ 介護😀")
                .planCategory(Code.parse(PlanCategory.class, "99"))
                .livingSupportReason(LivingSupportReason.OTHER)
                .supportOfficeAddress1("東京都\uE000")
                .identifier("X")
                .build();
    }

    static ValidationIssue issueOf(ConstraintViolation<?> cv) {
        HibernateConstraintViolation<?> h = cv.unwrap(HibernateConstraintViolation.class);
        return h.getDynamicPayload(ValidationIssue.class);
    }

    private static Set<String> ours(Record r, Locale locale) {
        Set<String> s = new TreeSet<>();
        for (ValidationIssue i : CarePlanValidator.standard().validate(r)) {
            s.add(i.column() + "|" + i.message(locale));
        }
        return s;
    }

    private static Set<String> theirs(Validator v, Record r) {
        Set<String> s = new TreeSet<>();
        for (ConstraintViolation<Record> cv : v.validate(r)) {
            ValidationIssue i = issueOf(cv);
            s.add(i.column() + "|" + cv.getMessage());
        }
        return s;
    }

    @Test
    void plainValidatorFindsTheSameViolationsWithTheSameMessages() {
        Locale saved = Locale.getDefault();
        try (ValidatorFactory f = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory()) {
            Validator v = f.getValidator();
            for (Locale l : List.of(Locale.JAPAN, Locale.US)) {
                Locale.setDefault(l);
                CarePlanTable1 bad = broken();
                Set<String> expected = ours(bad, l);
                assertEquals(5, expected.size(), expected.toString());
                assertEquals(expected, theirs(v, bad));
            }
            assertEquals(Set.of(), theirs(v, Samples.table1()));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void violationsCarryPathRuleAndBothLanguages() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.JAPAN);
        try {
            Set<ConstraintViolation<CarePlanTable1>> vs = Validators.shared().validate(broken());
            Set<String> paths = new TreeSet<>();
            for (ConstraintViolation<CarePlanTable1> cv : vs) {
                paths.add(cv.getPropertyPath().toString());
                ValidationIssue i = issueOf(cv);
                assertEquals(i.messageJa(), cv.getMessage());
                if (i.column() == 8) {
                    assertEquals(Rules.R2_CHARSET, i.rule());
                    assertTrue(cv.getMessage().contains("😀"), cv.getMessage());
                    assertTrue(i.value().startsWith("{planner} ${1+1} \\"), i.value());
                }
            }
            assertEquals(new TreeSet<>(List.of("identifier", "otherReason", "planCategory", "plannerName",
                    "supportOfficeAddress1")), paths);
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void requiredItemsMissingOnADirectlyBuiltRecord() {
        CarePlanTable1Deletion d = new CarePlanTable1Deletion(CsvVersion.V4_1, InsurerNumber.parse("131016"),
                null, LocalDate.of(2024, 10, 1));
        Set<ConstraintViolation<CarePlanTable1Deletion>> vs = Validators.shared().validate(d);
        assertEquals(1, vs.size());
        ConstraintViolation<CarePlanTable1Deletion> cv = vs.iterator().next();
        assertEquals("insuredNumber", cv.getPropertyPath().toString());
        assertEquals(Rules.R9, issueOf(cv).rule());
        assertEquals(Set.of(), Validators.shared().validate(CarePlanTable1Deletion.of(InsurerNumber.parse("131016"),
                InsuredNumber.parse("1234567890"), LocalDate.of(2024, 10, 1))));
    }

    @Test
    void escapeProtectsInterpolatorCharacters() {
        assertEquals("\\{a\\} \\$\\{b\\} \\\\", ConformsToLayoutValidator.escape("{a} ${b} \\"));
    }
}
