package io.github.careplanspec.examples.render;

import io.github.careplanspec.examples.render.view.Messages;
import io.github.careplanspec.examples.render.view.Note;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one page: numbers them as they are marked on cells, and hands each out once, to the form that
 * shows its record (or to the page's list of other problems). Not thread-safe: one per page.
 */
final class NoteBook {
    private final Messages m;
    /** file → record index (0: the file as a whole) → issues, in report order. */
    private final Map<String, Map<Long, List<ValidationIssue>>> byRecord = new LinkedHashMap<>();
    private final List<ValidationIssue> all;
    private final Map<ValidationIssue, Integer> numbers = new IdentityHashMap<>();
    private final Map<ValidationIssue, Boolean> listed = new IdentityHashMap<>();
    private int next = 1;

    NoteBook(Messages m, Collection<ValidationIssue> issues) {
        this.m = m;
        this.all = List.copyOf(issues);
        for (ValidationIssue i : all) {
            byRecord.computeIfAbsent(String.valueOf(i.file()), k -> new HashMap<>())
                    .computeIfAbsent(i.record(), k -> new ArrayList<>()).add(i);
        }
    }

    /** The numbers of the problems on one item, numbering them on first sight. */
    List<Integer> mark(String file, long record, int column) {
        if (record <= 0) {
            return List.of();
        }
        List<ValidationIssue> issues = byRecord.getOrDefault(file, Map.of()).getOrDefault(record, List.of());
        List<Integer> out = new ArrayList<>(1);
        for (ValidationIssue i : issues) {
            if (i.column() == column) {
                out.add(number(i));
            }
        }
        return out;
    }

    private int number(ValidationIssue i) {
        return numbers.computeIfAbsent(i, k -> next++);
    }

    /** The problems of some records of a file not handed out yet; with {@code record} 0, the file's own ones. */
    void take(String file, long record, List<Note> out) {
        for (ValidationIssue i : byRecord.getOrDefault(file, Map.of()).getOrDefault(record, List.of())) {
            if (listed.put(i, Boolean.TRUE) == null) {
                out.add(note(i));
            }
        }
    }

    /** @return every problem not handed out yet, in report order */
    List<Note> rest() {
        List<Note> out = new ArrayList<>();
        for (ValidationIssue i : all) {
            if (listed.put(i, Boolean.TRUE) == null) {
                out.add(note(i));
            }
        }
        return out;
    }

    /** @return how many problems the page has */
    int size() {
        return all.size();
    }

    private Note note(ValidationIssue i) {
        StringBuilder loc = new StringBuilder();
        if (i.file() != null) {
            loc.append(i.file());
        }
        if (i.line() > 0) {
            loc.append(' ').append(m.t("note.line", i.line()));
        }
        if (i.column() > 0) {
            loc.append(" No.").append(i.column());
            if (i.field() != null) {
                loc.append(' ').append(i.field());
            }
        }
        return new Note(number(i), i.rule().id(), m.t("severity." + i.severity().name()), loc.toString().trim(),
                i.message(m.locale()));
    }
}
