package io.github.careplanspec.csv.unit;

import io.github.careplanspec.model.issue.Severity;
import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import java.util.Locale;

/**
 * Every problem found while receiving, checking or opening transmission units (送信単位), with a stable id, the
 * rule it cites and its usual severity. Its messages, in Japanese and English, are the id's keys in the one bundle
 * pair ({@link Messages}); in them, {0} is a detail.
 */
public enum UnitProblemCode implements IssueId {
    /** A {@code .CSV} (or a file with a spec prefix) whose name matches no pattern of the spec (R15). */
    INVALID_NAME("UNIT001", "R15", Severity.ERROR),
    /** A 家族構成 image whose bytes are not JPEG (no {@code FF D8 FF} at the start). */
    NOT_JPEG("UNIT002", "R15", Severity.ERROR),
    /** A file the unit's combination needs is missing, e.g. a 第6表 without its 第7表 (R21, R54). */
    INCOMPLETE_UNIT("UNIT003", "R21", Severity.ERROR),
    /** A dependent file without its parent in the unit (§2.3, R21). */
    MISSING_PARENT("UNIT004", "R21", Severity.ERROR),
    /** A SUB file or image whose name tail differs from its parent's (P3). */
    SUB_TAIL_MISMATCH("UNIT005", "P3", Severity.ERROR),
    /** Files that do not form one of the spec's unit combinations (R21, P10). */
    INVALID_COMBINATION("UNIT006", "R21", Severity.ERROR),
    /** Month segments that disagree inside a unit (R21 ②, R37). */
    MONTH_MISMATCH("UNIT007", "R21", Severity.ERROR),
    /** Two files of one kind in one unit (R19, R21). */
    DUPLICATE_KIND("UNIT008", "R19", Severity.ERROR),
    /** Two files with the same name (ignoring case) in one reception. */
    DUPLICATE_NAME("UNIT009", "R15", Severity.ERROR),
    /**
     * An archive entry or folder file whose path is unsafe ({@link io.github.careplanspec.csv.archive.EntryPath}):
     * empty, absolute, climbing with {@code ..}, with a drive letter, a backslash, a {@code :} or a control character.
     */
    UNSAFE_PATH("UNIT010", "ZIP", Severity.ERROR),
    /** A symbolic link or other non-regular file in a received folder (not followed). */
    NOT_REGULAR_FILE("UNIT011", "ZIP", Severity.ERROR),
    /** More files than the client application sends at once. */
    TOO_MANY_FILES("UNIT012", "R21", Severity.ERROR),
    /** More archive or folder entries than allowed. */
    TOO_MANY_ENTRIES("UNIT013", "ZIP", Severity.ERROR),
    /** An entry larger than allowed (counted while inflating). */
    ENTRY_TOO_LARGE("UNIT014", "ZIP", Severity.ERROR),
    /** All entries together larger than allowed. */
    TOTAL_TOO_LARGE("UNIT015", "ZIP", Severity.ERROR),
    /** An entry that inflates far more than its compressed size (a zip bomb). */
    COMPRESSION_RATIO("UNIT016", "ZIP", Severity.ERROR),
    /** An archive that cannot be read as ZIP. */
    ARCHIVE_MALFORMED("UNIT017", "ZIP", Severity.ERROR),
    /** An archive inside the archive: listed as an attachment, not opened. */
    NESTED_ARCHIVE("UNIT018", "ZIP", Severity.WARNING),
    /** A subfolder of a received folder: not read. No longer reported (folders are read recursively); kept as an id. */
    SUBFOLDER_SKIPPED("UNIT019", "ZIP", Severity.WARNING);

    private final String id;
    private final String rule;
    private final Severity severity;

    UnitProblemCode(String id, String rule, Severity severity) {
        this.id = id;
        this.rule = rule;
        this.severity = severity;
    }

    /**
     * Whether this is a hostile-input guard (UNIT010–UNIT017: unsafe paths, non-regular files, counts, sizes, zip
     * bombs, malformed archives): what a command treats as an input refused as hostile, and what no rule profile
     * may lower.
     *
     * @return whether it is a guard
     */
    public boolean isGuard() {
        return compareTo(UNSAFE_PATH) >= 0 && compareTo(ARCHIVE_MALFORMED) <= 0;
    }

    /** @return the stable id, e.g. {@code UNIT003} */
    public String id() {
        return id;
    }

    /** @return the message key, the {@linkplain #id() id} */
    @Override
    public String key() {
        return id;
    }

    /** @return the rule cited, e.g. {@code R21} ({@code ZIP} for the archive guards, which are no rule of the spec) */
    public String rule() {
        return rule;
    }

    /** @return the usual severity */
    public Severity severity() {
        return severity;
    }

    /**
     * The message without location.
     *
     * @param locale {@link Locale#JAPANESE} for Japanese, anything else for English
     * @param detail the detail ({0})
     * @return the message
     */
    public String message(Locale locale, String detail) {
        return Messages.text(this, locale, detail);
    }
}
