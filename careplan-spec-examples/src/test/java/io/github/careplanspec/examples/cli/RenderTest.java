package io.github.careplanspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.unit.ReceivedUnits;
import io.github.careplanspec.csv.unit.Units;
import io.github.careplanspec.examples.render.FormRenderer;
import io.github.careplanspec.examples.render.RenderSource;
import io.github.careplanspec.examples.render.RenderedPage;
import io.github.careplanspec.examples.render.Rendering;
import io.github.careplanspec.model.catalog.FileKind;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The renderer's behaviour on the sample and on faulty and hostile inputs (issue 15). */
class RenderTest {
    @TempDir
    Path tmp;

    private static RenderedPage page(Rendering r, String kind) {
        return r.pages().stream().filter(p -> p.fileName().contains("_" + kind + "_")).findFirst().orElseThrow();
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void freeTextWithMarkupIsEscapedByTheTemplatesAndTheTitleComesFromTheUnitKey() throws IOException {
        Path sample = RenderFixtures.sample(tmp);
        RenderFixtures.replace(sample, FileKind.UP1KYO, List.of(Map.of(22, RenderFixtures.HOSTILE,
                24, RenderFixtures.HOSTILE)));
        RenderedPage p = page(RenderFixtures.render(Locale.JAPANESE, sample), "UP1KYO");
        assertFalse(p.html().contains("<script"), "no script element");
        assertFalse(p.html().contains("<img src=x"), "no element made from the file's text");
        assertTrue(p.html().contains("&lt;script&gt;document.title="), p.html());
        assertFalse(p.title().contains("pwned"));
        assertTrue(p.title().startsWith("送信単位 UP1KYO"), p.title());
    }

    @Test
    void everyPageForbidsScriptAndOutsideResourcesAndLoadsNothing() throws IOException {
        Rendering r = RenderFixtures.render(Locale.JAPANESE, RenderFixtures.sample(tmp));
        String csp = FormRenderer.contentSecurityPolicy();
        assertTrue(csp.startsWith("default-src 'none'; style-src 'sha256-"), csp);
        assertFalse(csp.contains("script-src"), "default-src 'none' already forbids script");
        List<RenderedPage> all = new java.util.ArrayList<>(r.pages());
        all.add(r.index());
        for (RenderedPage p : all) {
            assertEquals(1, count(p.html(), "<meta http-equiv=\"Content-Security-Policy\" content=\""
                    + Pattern.quote(csp.replace("'", "&#39;")) + "\">"), p.fileName() + " carries the policy");
            assertEquals(0, count(p.html(), "(?i)(src|href)=\"(https?:|//)"), p.fileName());
            assertEquals(0, count(p.html(), "url\\(|@import|<script|<link"), p.fileName());
        }
        // the 家族構成 image is embedded, not linked
        assertTrue(page(r, "UPKIHON").html().contains("<img src=\"data:image/jpeg;base64,/9j/"));
    }

    @Test
    void unknownCodeShowsItsTextAndProblemsAreMarkedOnTheCellAndListed() throws IOException {
        Path sample = RenderFixtures.sample(tmp);
        RenderFixtures.replace(sample, FileKind.UP1KYO, List.of(Map.of(21, "99")));
        RenderedPage p = page(RenderFixtures.render(Locale.JAPANESE, sample), "UP1KYO");
        Matcher m = Pattern.compile("<span class=\"v marked\" data-item=\"UP1KYO-21\">99</span>"
                + "<sup class=\"mark\">(\\d+)</sup>").matcher(p.html());
        assertTrue(m.find(), p.html());
        // listed under the form with its number, rule id, location and message
        assertTrue(Pattern.compile("<td class=\"num\">" + m.group(1) + "</td><td class=\"rule\">[A-Z0-9_]+</td>"
                + "<td>エラー</td><td class=\"loc\">UP1KYO_[^<]+ 1行目 No.21 要介護状態区分</td>").matcher(p.html())
                .find(), p.html());
        // a known code shows its Japanese label
        assertTrue(p.html().contains("data-item=\"UP1KYO-16\">紹介</span>"), p.html());
    }

    @Test
    void englishTranslatesHeadingsAndProblemsButKeepsItemNamesJapanese() throws IOException {
        Path sample = RenderFixtures.sample(tmp);
        RenderFixtures.replace(sample, FileKind.UP1KYO, List.of(Map.of(21, "99")));
        Rendering r = RenderFixtures.render(Locale.ENGLISH, sample);
        String html = page(r, "UP1KYO").html();
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("Table 1 Home care service plan (1)"));
        assertTrue(html.contains("<th>要介護状態区分</th>"));
        assertTrue(html.contains("<td>error</td>"), html);
        assertTrue(r.index().html().contains("<th>Sender</th>"));
    }

    @Test
    void table2IsPrintedInR40OrderWithContinuationCellsMerged() throws IOException {
        Path sample = RenderFixtures.sample(tmp);
        Map<Integer, String> second = new HashMap<>(Map.of(6, "1", 8, "1", 13, "2", 14, "入浴の見守り"));
        // a continuation row leaves 課題, 長期目標, 短期目標 and their 期間 blank (carryForward fills them for display)
        for (int no : new int[] {7, 9, 10, 11, 12}) {
            second.put(no, "");
        }
        RenderFixtures.replace(sample, FileKind.UP2KYO, List.of(
                Map.of(6, "2", 7, "二つ目の課題", 8, "1", 13, "1", 14, "買い物の代行"),
                second,
                Map.of(6, "1", 7, "一つ目の課題", 8, "1", 13, "1", 14, "入浴の介助")));
        String html = page(RenderFixtures.render(Locale.JAPANESE, sample), "UP1KYO").html();
        int first = html.indexOf("入浴の介助");
        int cont = html.indexOf("入浴の見守り");
        int other = html.indexOf("買い物の代行");
        assertTrue(first > 0 && first < cont && cont < other, "R40 order: 課題ＮＯ 1 (援助内容 1, 2), then 2");
        assertTrue(html.contains("<td class=\"text\" rowspan=\"2\"><span class=\"v\" data-item=\"UP2KYO-7\">"
                + "一つ目の課題</span></td>"), html);
        String t2 = html.substring(html.indexOf("data-form=\"Table2\""), html.indexOf("data-form=\"Table3\""));
        assertEquals(2, count(t2, "data-item=\"UP2KYO-7\""), "the blank continuation cell is merged, not shown");
        assertEquals(3, count(t2, "data-item=\"UP2KYO-14\""));
    }

    @Test
    void planAndResultOfTheSameUserAndMonthAreShownSideBySide() throws IOException {
        Rendering r = RenderFixtures.render(Locale.JAPANESE, RenderFixtures.sample(tmp));
        String plan = page(r, "UPPLAN").html();
        assertTrue(plan.contains("<th class=\"kind\">予定</th>") && plan.contains("<th class=\"kind\">実績</th>"));
        assertTrue(plan.contains("実績の出典: UPJSK_202505_"), plan);
        // four 予定 days of the sample; the 実績 the same
        assertEquals(2, count(plan, "<td class=\"n total\">4</td>"));
        String result = page(r, "UPJSK").html();
        assertTrue(result.contains("予定の出典: UPPLAN_202505_"), result);
        // 第7表: the 全合計 row (999999) is a total row
        assertTrue(plan.contains("<tr class=\"total\">"));
    }

    @Test
    void deletionUnitIsAShortNotice() throws IOException {
        Rendering r = RenderFixtures.render(Locale.JAPANESE, RenderFixtures.sample(tmp));
        String html = page(r, "DLT1KYO").html();
        assertTrue(html.contains("この送信単位は、次のキーのデータを削除します。"), html);
        assertTrue(html.contains("data-item=\"DLT1KYO-2\">"), html);
    }

    @Test
    void aFileThatCannotBeReadShowsWhyInsteadOfAForm() throws IOException {
        Path sample = RenderFixtures.sample(tmp);
        Files.write(RenderFixtures.file(sample, FileKind.UPSIKYU), new byte[] {'"', 'a', (byte) 0x81});
        String html = page(RenderFixtures.render(Locale.JAPANESE, sample), "UPPLAN").html();
        assertTrue(html.contains("このファイルは読めないため、様式を表示できません。"), html);
        assertFalse(html.contains("data-form=\"Table7\""));
    }

    @Test
    void aRefusedArchiveGetsAPageSayingWhy() throws IOException {
        Path zip = tmp.resolve("hostile.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            // a zip bomb: 8 MiB of zeros deflate to a few KiB, far above the compression ratio guard
            z.putNextEntry(new ZipEntry("UP1KYO_0899999991_43_0899999992_11_20250415120000.CSV"));
            z.write(new byte[8 << 20]);
            z.closeEntry();
        }
        ReceivedUnits received = Units.open(zip);
        assertTrue(received.isRefused());
        Rendering r = FormRenderer.create(Locale.JAPANESE).render(List.of(RenderSource.refused("hostile.zip",
                received.problems())), null);
        assertEquals("0001_refused.html", r.pages().get(0).fileName());
        assertTrue(r.pages().get(0).html().contains("受け付けませんでした"));
        assertTrue(r.index().html().contains("hostile.zip"));
    }
}
