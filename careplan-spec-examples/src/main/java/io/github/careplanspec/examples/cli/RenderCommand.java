package io.github.careplanspec.examples.cli;

import io.github.careplanspec.examples.render.FormRenderer;
import io.github.careplanspec.examples.render.Rendering;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code careplan-spec render}: the received units as their official forms (様式), one HTML page per unit. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"送信単位を様式（第1表〜第7表、利用者基本情報、介護予防サービス・支援計画書）のHTMLで出力します。",
            "Renders transmission units as their official forms in HTML: one page per unit and index.html."},
        footer = {"", "Exit codes: 0 pages written (the content's problems are on the pages), 1 an input refused as"
            + " hostile, 2 usage or unreadable path.",
            "", "Examples:", "  careplan-spec sample --out units && careplan-spec render --out forms units",
            "  careplan-spec render --lang en --no-validate --out forms inbox.zip"})
final class RenderCommand implements Callable<Integer> {
    @Option(names = "--lang", paramLabel = "LANG", description = "ja | en: headings, notices, problems (default: ja)")
    Lang lang = Lang.ja;

    @Option(names = "--no-validate", description = "render without validating (no problems marked)")
    boolean noValidate;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write the pages into")
    Path out;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files, folders of units, ZIP archives")
    List<Path> paths;

    RenderCommand() {
    }

    @Override
    public Integer call() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CarePlanSpecCommand.UsageException("cli.usage.notFolder", out);
        }
        Progress progress = Progress.forConsole(CarePlanSpecCommand.Streams.err());
        RenderInputs.Result in = RenderInputs.read(paths, !noValidate, progress);
        progress.done();
        Rendering rendering = FormRenderer.create(lang.locale()).render(in.sources(), in.report());
        List<Path> written = rendering.writeTo(out);
        PrintStream o = CarePlanSpecCommand.Streams.out();
        for (Path p : written) {
            o.println(p);
        }
        o.flush();
        CarePlanSpecCommand.Streams.err().println(lang.text("cli.render.written", rendering.pages().size(), out));
        return in.refused() ? CarePlanSpecCommand.ERRORS : CarePlanSpecCommand.OK;
    }
}
