package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.issue.IssueId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Normalises the list of a repeated group so that a record equals what its items read back as. */
final class Repetitions {
    /** More repetitions than the layout has: {0} the component, {1} the limit, {2} the repetitions given. */
    static final IssueId TOO_MANY = IssueId.of("model.value.repetitions");

    private Repetitions() {
    }

    /**
     * Copies a group's repetitions without its trailing empty ones.
     *
     * @param list the repetitions, {@code null} for none
     * @param <G> the member record type
     * @param max the number of repetitions the layout has
     * @param isEmpty whether a repetition has every item empty
     * @param what the component, for messages
     * @return an unmodifiable copy
     */
    static <G> List<G> normalise(List<G> list, int max, Predicate<G> isEmpty, String what) {
        if (list == null) {
            return List.of();
        }
        List<G> copy = new ArrayList<>(list.size());
        for (G g : list) {
            copy.add(Objects.requireNonNull(g, () -> what + " holds a null repetition"));
        }
        int end = copy.size();
        while (end > 0 && isEmpty.test(copy.get(end - 1))) {
            end--;
        }
        if (end > max) {
            throw new InvalidValueException(TOO_MANY, what, max, end);
        }
        return Collections.unmodifiableList(new ArrayList<>(copy.subList(0, end)));
    }
}
