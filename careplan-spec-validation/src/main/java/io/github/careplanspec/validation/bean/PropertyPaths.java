package io.github.careplanspec.validation.bean;

import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.catalog.Repeated;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** Maps an item No. of a layout to the record component path of the item, for violation property paths. */
final class PropertyPaths {
    private static final ClassValue<PropertyPaths> CACHE = new ClassValue<>() {
        @Override
        protected PropertyPaths computeValue(Class<?> type) {
            return new PropertyPaths(type);
        }
    };

    /** One item: the component, and inside a repeated group the member and the repetition index. */
    private record Path(String component, String member, int index) {
    }

    private final List<Path> byNo = new ArrayList<>();

    private PropertyPaths(Class<?> type) {
        for (RecordComponent rc : type.getRecordComponents()) {
            if (rc.isAnnotationPresent(Column.class)) {
                byNo.add(new Path(rc.getName(), null, -1));
            } else if (rc.isAnnotationPresent(Repeated.class)) {
                Class<?> member = (Class<?>) ((ParameterizedType) rc.getGenericType()).getActualTypeArguments()[0];
                RecordComponent[] inner = member.getRecordComponents();
                int reps = rc.getAnnotation(Repeated.class).prefixes().length;
                int width = RecordLayout.of(member.asSubclass(Record.class)).size();
                for (int rep = 0; rep < reps; rep++) {
                    for (int k = 0; k < width; k++) {
                        byNo.add(new Path(rc.getName(), inner[k].getName(), rep));
                    }
                }
            }
        }
    }

    static PropertyPaths of(Class<?> type) {
        return CACHE.get(type);
    }

    /** Adds the violation at the item's path, or on the record itself for No. 0 or an unknown No. */
    void add(ConstraintViolationBuilder b, int no) {
        if (no < 1 || no > byNo.size()) {
            b.addConstraintViolation();
            return;
        }
        Path p = byNo.get(no - 1);
        if (p.member() == null) {
            b.addPropertyNode(p.component()).addConstraintViolation();
        } else {
            b.addPropertyNode(p.component()).addPropertyNode(p.member()).inIterable().atIndex(p.index())
                    .addConstraintViolation();
        }
    }
}
