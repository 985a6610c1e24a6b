package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.kyotaku.CarePlanTable1;

/** Catalog look-ups for the tests. */
final class Names {
    private Names() {
    }

    static String nameOf(int no) {
        return RecordLayout.of(CarePlanTable1.class).columns().get(no - 1).name();
    }
}
