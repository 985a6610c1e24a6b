package io.github.careplanspec.model.yobo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Normalises the list of a repeated group so that a record equals what its items read back as. */
final class Repetitions {
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
            throw new IllegalArgumentException(what + ": at most " + max + " repetitions (繰り返しは最大" + max
                    + "件), got " + end);
        }
        return Collections.unmodifiableList(new ArrayList<>(copy.subList(0, end)));
    }
}
