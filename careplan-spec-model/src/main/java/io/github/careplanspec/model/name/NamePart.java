package io.github.careplanspec.model.name;

import io.github.careplanspec.model.issue.IssueId;
import io.github.careplanspec.model.issue.Messages;
import java.util.Locale;

/**
 * A part of an interface file name (ファイル名の構成要素, R15): what an {@link InvalidFileNameException} names as wrong.
 */
public enum NamePart {
    /** ファイル種別 (prefix such as {@code UPJSK} or {@code UPKIHON_SUB1}). */
    PREFIX,
    /** 対象年月／提供年月 (YYYYMM; R16, R37). */
    MONTH,
    /** 送信元の事業所番号 (10 digits; R18). */
    SENDER_OFFICE,
    /** 送信元のサービス種類コード (2 characters; R18). */
    SENDER_SERVICE_TYPE,
    /** 送信先の事業所番号 (10 digits; R18). */
    RECEIVER_OFFICE,
    /** 送信先のサービス種類コード (2 characters; R18). */
    RECEIVER_SERVICE_TYPE,
    /** ファイル連番 (YYYYMMDDHHMMSS, 14 digits; R17). */
    SEQUENCE,
    /** 枝番 of the 家族構成 image (4 digits). */
    BRANCH,
    /** 拡張子 ({@code .CSV}, or {@code .jpg} for the image). */
    EXTENSION,
    /** The number of {@code _}-separated segments (区切りの数). */
    SEGMENT_COUNT;

    /** @return the key of the part's name in the message bundle, {@code name.part.<NAME>} */
    public IssueId labelId() {
        return IssueId.of("name.part." + name());
    }

    /**
     * The name of the part in a language.
     *
     * @param locale the language (Japanese, else English)
     * @return e.g. {@code 送信元の事業所番号} or {@code sender office number}
     */
    public String label(Locale locale) {
        return Messages.text(labelId(), locale);
    }

    /** @return the Japanese name of the part, e.g. {@code 送信元の事業所番号} */
    public String labelJa() {
        return label(Locale.JAPANESE);
    }

    /** @return the English name of the part, e.g. {@code sender office number} */
    public String labelEn() {
        return label(Locale.ENGLISH);
    }
}
