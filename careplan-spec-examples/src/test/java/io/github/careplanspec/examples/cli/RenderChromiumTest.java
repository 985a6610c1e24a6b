package io.github.careplanspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.csv.CsvReader;
import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.examples.render.RenderedPage;
import io.github.careplanspec.examples.render.Rendering;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.code.CodeList;
import io.github.careplanspec.model.name.InterfaceFileName;
import io.github.careplanspec.model.service.ServiceTypes;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered pages in a real browser: Debian's headless Chromium (installed by {@code .ci/run}; in CI, with
 * {@code CI=true}, this test fails when it is missing, elsewhere it is skipped). The DOM the browser builds holds every
 * labelled item of the 第1表 and 第6表, printing gives one PDF page per form, screenshots are not blank, and markup in a
 * file's free text runs no script and makes no element.
 */
class RenderChromiumTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path tmp;

    static Path sample;
    static Path pages;
    static Rendering rendering;

    @BeforeAll
    static void render() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI=true but " + CHROMIUM + " is missing: .ci/run installs Debian's chromium and fonts-noto-cjk");
            }
            Assumptions.abort(CHROMIUM + " is missing (apt-get install chromium fonts-noto-cjk)");
        }
        sample = RenderFixtures.sample(tmp);
        rendering = RenderFixtures.render(Locale.JAPANESE, sample);
        pages = tmp.resolve("pages");
        rendering.writeTo(pages);
    }

    /** Runs headless Chromium on a page with a fresh profile; returns its standard output. */
    static String chromium(Path page, String... mode) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(tmp, "profile");
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile));
        cmd.addAll(List.of(mode));
        cmd.add(page.toUri().toString());
        Path out = Files.createTempFile(tmp, "stdout", ".txt");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(false).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("chromium did not finish: " + cmd);
        }
        assertEquals(0, p.exitValue(), "chromium " + cmd);
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    static Document dom(Path page) throws IOException, InterruptedException {
        return Jsoup.parse(chromium(page, "--dump-dom"));
    }

    static Path page(String kind) {
        return pages.resolve(rendering.pages().stream().filter(p -> p.fileName().contains("_" + kind + "_"))
                .findFirst().orElseThrow().fileName());
    }

    /** The item texts of the sample's file of a kind: record → items (No.1 first). */
    static List<String[]> records(FileKind kind) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(sample)) {
            for (Path f : s.sorted().toList()) {
                if (InterfaceFileName.parse(f.getFileName().toString()).kind() != kind) {
                    continue;
                }
                try (CsvReader<? extends Record> r = CsvReader.open(kind, Files.newInputStream(f),
                        ReadOptions.strict())) {
                    while (r.hasNext()) {
                        CsvItem<? extends Record> item = r.next();
                        out.add(item.texts().toArray(new String[0]));
                    }
                }
            }
        }
        return out;
    }

    /** What a cell must show for an item text: the test's own reading of the forms' conventions. */
    static String expected(FileKind kind, int no, String raw) {
        ColumnSpec c = Catalog.columns(kind).get(no - 1);
        if (raw.isEmpty()) {
            return "";
        }
        switch (c.format()) {
            case CODE:
                return c.codes().stream().filter(x -> x.code().equals(raw)).map(CodeList::label).findFirst()
                        .orElse(raw);
            case DATE:
                return raw.equals("00000000") ? raw : Integer.parseInt(raw.substring(0, 4)) + "年"
                        + Integer.parseInt(raw.substring(4, 6)) + "月" + Integer.parseInt(raw.substring(6)) + "日";
            case YEAR_MONTH:
                return raw.equals("000000") ? raw
                        : Integer.parseInt(raw.substring(0, 4)) + "年" + Integer.parseInt(raw.substring(4)) + "月";
            case TIME:
            case TIME_OR_NONE:
                return raw.equals("9999") ? raw : Integer.parseInt(raw.substring(0, 2)) + ":" + raw.substring(2);
            case SERVICE_TYPE_CODE:
                return ServiceTypes.display(ServiceTypeCode.parse(raw));
            default:
                return raw;
        }
    }

    /**
     * Checks every labelled cell ({@code data-item}) of a form against its item in the files the form is made of.
     *
     * @return the ids checked
     */
    static Set<String> checkCells(Element form, Map<String, String[]> recordOf) {
        Set<String> checked = new HashSet<>();
        for (Element cell : form.select("[data-item]")) {
            String id = cell.attr("data-item");
            String prefix = id.substring(0, id.lastIndexOf('-'));
            int no = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
            String[] record = recordOf.get(prefix);
            assertTrue(record != null, "a cell of an unexpected file: " + id);
            FileKind kind = FileKind.byPrefix(prefix).orElseThrow();
            // an HTML parser reads CR LF (the spec's line break in free text) as LF
            String want = expected(kind, no, record[no - 1]).replace("\r\n", "\n").replace('\r', '\n');
            assertEquals(want, cell.wholeText(), id + " ("
                    + Catalog.columns(kind).get(no - 1).name() + ")");
            checked.add(id);
        }
        return checked;
    }

    @Test
    void table1CellsHoldTheirItemsWithTheUsersNameAndEveryFreeText() throws Exception {
        Document dom = dom(page("UP1KYO"));
        Element form = dom.selectFirst("section[data-form=Table1]");
        String[] plan = records(FileKind.UP1KYO).get(0);
        String[] user = records(FileKind.UPHOSOKU).stream().filter(r -> r[62].equals("000000")).findFirst()
                .orElseThrow();
        Set<String> checked = checkCells(form, Map.of("UP1KYO", plan, "UPHOSOKU", user));
        // every item of the 第1表 from No.2 on has its cell (No.27, 28 更新業者コード/識別子 are not printed)
        for (int no = 2; no <= 26; no++) {
            assertTrue(checked.contains("UP1KYO-" + no), "UP1KYO-" + no + " has a cell");
        }
        // the user's name from the 利用者補足情報 and every free text of the 第1表 are on the page
        String text = form.wholeText();
        assertFalse(user[5].isEmpty());
        assertTrue(text.contains(user[5]), "利用者氏名 " + user[5]);
        for (int no : new int[] {22, 23, 24}) {
            assertFalse(plan[no - 1].isEmpty());
            assertTrue(text.contains(plan[no - 1].replace("\r\n", "\n")), "UP1KYO No." + no);
        }
    }

    @Test
    void table6CellsHoldTheirItems() throws Exception {
        Document dom = dom(page("UPPLAN"));
        Element form = dom.selectFirst("section[data-form=Table6]");
        String[] plan = records(FileKind.UPPLAN).get(0);
        String[] user = records(FileKind.UPHOSOKU).stream().filter(r -> r[62].equals(plan[4])).findFirst()
                .orElseThrow();
        Map<String, String[]> of = new HashMap<>(Map.of("UPPLAN", plan, "UPHOSOKU", user));
        Set<String> checked = checkCells(form, of);
        for (String id : List.of("UPPLAN-2", "UPPLAN-3", "UPPLAN-4", "UPPLAN-5", "UPPLAN-6", "UPPLAN-12",
                "UPPLAN-15", "UPPLAN-20", "UPHOSOKU-6", "UPHOSOKU-18", "UPHOSOKU-19")) {
            assertTrue(checked.contains(id), id + " has a cell");
        }
        // 予定 and 実績 rows with the sample's four days each
        assertEquals(1, form.select("tr.plan").size());
        assertEquals(1, form.select("tr.result").size());
        assertEquals("4", form.selectFirst("tr.plan td.total").text());
        assertEquals("4", form.selectFirst("tr.result td.total").text());
    }

    @Test
    void printingGivesOnePagePerForm() throws Exception {
        List<RenderedPage> all = new ArrayList<>(rendering.pages());
        all.add(rendering.index());
        for (RenderedPage p : all) {
            Path pdf = tmp.resolve(p.fileName() + ".pdf");
            chromium(pages.resolve(p.fileName()), "--no-pdf-header-footer", "--print-to-pdf=" + pdf);
            int forms = Math.max(1, Jsoup.parse(p.html()).select("section.form").size());
            try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
                assertEquals(forms, doc.getNumberOfPages(), p.fileName());
            }
        }
    }

    @Test
    void screenshotsAreNotBlank() throws Exception {
        for (String kind : List.of("UP1KYO", "UPPLAN", "UPKIHON")) {
            Path png = tmp.resolve(kind + ".png");
            chromium(page(kind), "--window-size=1400,1000", "--screenshot=" + png);
            BufferedImage img = ImageIO.read(png.toFile());
            int dark = 0;
            Set<Integer> colours = new HashSet<>();
            for (int y = 0; y < img.getHeight(); y += 2) {
                for (int x = 0; x < img.getWidth(); x += 2) {
                    int rgb = img.getRGB(x, y) & 0xFFFFFF;
                    colours.add(rgb);
                    if (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF) < 300) {
                        dark++;
                    }
                }
            }
            assertTrue(dark > 2000, kind + ": text and rules drawn (" + dark + " dark samples)");
            assertTrue(colours.size() > 16, kind + ": more than a flat image");
        }
    }

    @Test
    void markupInAFreeTextRunsNoScriptAndMakesNoElement() throws Exception {
        Path hostile = RenderFixtures.sample(tmp.resolve("hostile"));
        RenderFixtures.replace(hostile, FileKind.UP1KYO, List.of(Map.of(22, RenderFixtures.HOSTILE,
                24, RenderFixtures.HOSTILE)));
        Rendering r = RenderFixtures.render(Locale.JAPANESE, hostile);
        Path dir = tmp.resolve("hostile-pages");
        r.writeTo(dir);
        RenderedPage p = r.pages().get(0);
        Document dom = dom(dir.resolve(p.fileName()));
        assertEquals(p.title(), dom.title(), "the title is unchanged (no script ran)");
        assertTrue(dom.select("script").isEmpty());
        assertTrue(dom.select("img").isEmpty(), "the 第1表 page has no image; none was made from the text");
        assertTrue(dom.select("[onerror]").isEmpty());
        assertEquals(RenderFixtures.HOSTILE, dom.selectFirst("[data-item=UP1KYO-22]").wholeText());
        assertEquals(RenderFixtures.HOSTILE, dom.selectFirst("[data-item=UP1KYO-24]").wholeText());
    }
}
