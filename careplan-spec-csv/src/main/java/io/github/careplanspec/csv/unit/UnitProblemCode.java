package io.github.careplanspec.csv.unit;

import io.github.careplanspec.model.issue.Severity;
import java.text.MessageFormat;
import java.util.Locale;

/**
 * Every problem found while receiving, checking or opening transmission units (送信単位), with a stable id, the
 * rule it cites, its usual severity and messages in Japanese and English ({0} is a detail).
 */
public enum UnitProblemCode {
    /** A {@code .CSV} (or a file with a spec prefix) whose name matches no pattern of the spec (R15). */
    INVALID_NAME("UNIT001", "R15", Severity.ERROR, "ファイル名がインタフェースファイル名の規約に合いません: {0}",
            "the file name matches no interface file name pattern: {0}"),
    /** A 家族構成 image whose bytes are not JPEG (no {@code FF D8 FF} at the start). */
    NOT_JPEG("UNIT002", "R15", Severity.ERROR, "家族構成画像が JPEG ではありません（先頭が FF D8 FF ではない）: {0}",
            "the family-structure image is not a JPEG (it does not start with FF D8 FF): {0}"),
    /** A file the unit's combination needs is missing, e.g. a 第6表 without its 第7表 (R21, R54). */
    INCOMPLETE_UNIT("UNIT003", "R21", Severity.ERROR, "送信単位に必要なファイルがありません: {0}",
            "a file the transmission unit needs is missing: {0}"),
    /** A dependent file without its parent in the unit (§2.3, R21). */
    MISSING_PARENT("UNIT004", "R21", Severity.ERROR, "従属するファイルの親ファイルが送信単位にありません: {0}",
            "a dependent file''s parent is not in the transmission unit: {0}"),
    /** A SUB file or image whose name tail differs from its parent's (P3). */
    SUB_TAIL_MISMATCH("UNIT005", "P3", Severity.ERROR,
            "別表・画像ファイルの名前の後半（送信元・送信先・ファイル連番）が親ファイルと異なります: {0}",
            "the name tail (sender, receiver, file sequence) of a SUB file or image differs from its parent''s: {0}"),
    /** Files that do not form one of the spec's unit combinations (R21, P10). */
    INVALID_COMBINATION("UNIT006", "R21", Severity.ERROR, "送信単位のファイルの組み合わせが仕様にありません: {0}",
            "the files do not form a transmission unit of the spec: {0}"),
    /** Month segments that disagree inside a unit (R21 ②, R37). */
    MONTH_MISMATCH("UNIT007", "R21", Severity.ERROR, "送信単位内のファイル名の年月が一致しません: {0}",
            "the month segments of the unit''s file names disagree: {0}"),
    /** Two files of one kind in one unit (R19, R21). */
    DUPLICATE_KIND("UNIT008", "R19", Severity.ERROR, "同じファイル種別のファイルが送信単位に複数あります: {0}",
            "the unit holds more than one file of a kind: {0}"),
    /** Two files with the same name (ignoring case) in one reception. */
    DUPLICATE_NAME("UNIT009", "R15", Severity.ERROR, "同じ名前のファイルが複数あります（後のものは読みません）: {0}",
            "more than one file with this name (the later one is not read): {0}"),
    /**
     * An archive entry or folder file whose path is unsafe ({@link io.github.careplanspec.csv.archive.EntryPath}):
     * empty, absolute, climbing with {@code ..}, with a drive letter, a backslash, a {@code :} or a control character.
     */
    UNSAFE_PATH("UNIT010", "ZIP", Severity.ERROR, "安全でないパスのため読みません: {0}",
            "unsafe path, not read: {0}"),
    /** A symbolic link or other non-regular file in a received folder (not followed). */
    NOT_REGULAR_FILE("UNIT011", "ZIP", Severity.ERROR, "通常のファイルではない（シンボリックリンク等）ため読みません: {0}",
            "not a regular file (a symbolic link or similar), not read: {0}"),
    /** More files than the client application sends at once. */
    TOO_MANY_FILES("UNIT012", "R21", Severity.ERROR, "ファイル数が上限を超えています（一度に送信できるのは {0} ファイルまで）",
            "more files than the client application sends at once (at most {0})"),
    /** More archive or folder entries than allowed. */
    TOO_MANY_ENTRIES("UNIT013", "ZIP", Severity.ERROR, "エントリ数が上限 {0} を超えています",
            "more entries than the limit of {0}"),
    /** An entry larger than allowed (counted while inflating). */
    ENTRY_TOO_LARGE("UNIT014", "ZIP", Severity.ERROR, "ファイルが上限 {0} バイトを超えています",
            "a file larger than the limit of {0} bytes"),
    /** All entries together larger than allowed. */
    TOTAL_TOO_LARGE("UNIT015", "ZIP", Severity.ERROR, "展開後の合計が上限 {0} バイトを超えています",
            "the files together exceed the limit of {0} bytes"),
    /** An entry that inflates far more than its compressed size (a zip bomb). */
    COMPRESSION_RATIO("UNIT016", "ZIP", Severity.ERROR, "圧縮率が異常です（ZIP 爆弾の疑い）: {0}",
            "suspicious compression ratio (zip bomb): {0}"),
    /** An archive that cannot be read as ZIP. */
    ARCHIVE_MALFORMED("UNIT017", "ZIP", Severity.ERROR, "ZIP アーカイブとして読めません: {0}",
            "not a readable ZIP archive: {0}"),
    /** An archive inside the archive: listed as an attachment, not opened. */
    NESTED_ARCHIVE("UNIT018", "ZIP", Severity.WARNING, "アーカイブ内のアーカイブは展開しません（添付ファイルとして扱います）: {0}",
            "an archive inside the archive is not opened (kept as an attachment): {0}"),
    /** A subfolder of a received folder: not read. No longer reported (folders are read recursively); kept as an id. */
    SUBFOLDER_SKIPPED("UNIT019", "ZIP", Severity.WARNING, "サブフォルダは読みません: {0}", "subfolder not read: {0}");

    private final String id;
    private final String rule;
    private final Severity severity;
    private final String ja;
    private final String en;

    UnitProblemCode(String id, String rule, Severity severity, String ja, String en) {
        this.id = id;
        this.rule = rule;
        this.severity = severity;
        this.ja = ja;
        this.en = en;
    }

    /** @return the stable id, e.g. {@code UNIT003} */
    public String id() {
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
        String pattern = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? ja : en;
        return new MessageFormat(pattern, Locale.ROOT).format(new Object[] {detail == null ? "" : detail});
    }
}
