package io.github.careplanspec.examples.render.view;

import java.util.List;

/**
 * One HTML document: a unit's forms, or the index.
 *
 * @param m the texts of the page's language
 * @param title the document's title
 * @param csp the Content-Security-Policy
 * @param css the style sheet (a resource of the renderer, never a file's content)
 * @param summary the unit's identity lines (送信元, 送信先, 連番, files), empty for the index
 * @param forms the forms, one printed page each
 * @param others problems of the unit that no form shows
 * @param units the index's rows, empty for a unit page
 */
public record PageView(Messages m, String title, String csp, String css, List<String> summary,
        List<Forms.Form> forms, List<Note> others, List<IndexRow> units) {

    /**
     * A row of the index, as the client application lists received files.
     *
     * @param href the unit's page
     * @param sender 送信元 (事業所番号 and サービス種類)
     * @param receiver 送信先 (事業所番号 and サービス種類)
     * @param kinds the files' kinds
     * @param month 対象年月, or empty
     * @param sequence ファイル連番
     * @param version CSVバージョン of the files, or empty
     * @param problems the number of problems on the page
     * @param origin the input it was read from
     */
    public record IndexRow(String href, String sender, String receiver, String kinds, String month,
            String sequence, String version, long problems, String origin) {
    }
}
