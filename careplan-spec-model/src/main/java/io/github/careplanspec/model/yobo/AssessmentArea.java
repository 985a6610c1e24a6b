package io.github.careplanspec.model.yobo;

import io.github.careplanspec.model.catalog.Column;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.IssuePresence;

/**
 * アセスメント領域 — one assessment area of the 介護予防サービス・支援計画書 (UPYOBO No.24–39: four repetitions of
 * four items, one per {@link AssessmentDomain}, prefixed {@code 【運動・移動】} … {@code 【健康管理】}).
 *
 * <p>A component is {@code null} when the item is empty.
 *
 * @param currentSituation No.1 of a repetition: 現在の状況
 * @param intention No.2 of a repetition: 本人・家族の意欲・意向
 * @param issuePresence No.3 of a repetition: 領域における課題の有無
 * @param issueBackground No.4 of a repetition: 領域における課題（背景・原因）
 */
public record AssessmentArea(
        @Column(no = 1, name = "現在の状況") String currentSituation,
        @Column(no = 2, name = "本人・家族の意欲・意向") String intention,
        @Column(no = 3, name = "領域における課題の有無", length = 1) Code<IssuePresence> issuePresence,
        @Column(no = 4, name = "領域における課題（背景・原因）") String issueBackground) {
    /** The repetition with every item empty. */
    public static final AssessmentArea EMPTY = new AssessmentArea(null, null, null, null);

    /**
     * A repetition from known values.
     *
     * @param currentSituation 現在の状況
     * @param intention 本人・家族の意欲・意向
     * @param issuePresence 領域における課題の有無
     * @param issueBackground 領域における課題（背景・原因）
     * @return the repetition
     */
    public static AssessmentArea of(String currentSituation, String intention, IssuePresence issuePresence, String issueBackground) {
        return new AssessmentArea(currentSituation, intention, issuePresence == null ? null : Code.of(issuePresence), issueBackground);
    }

    /** @return whether every item is empty (written as empty items; not kept at the end of the group) */
    public boolean isEmpty() {
        return blank(currentSituation) && blank(intention) && issuePresence == null && blank(issueBackground);
    }

    private static boolean blank(String s) {
        return s == null || s.isEmpty();
    }
}
