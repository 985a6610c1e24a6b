package io.github.careplanspec.examples.cli;

import io.github.careplanspec.examples.sample.SampleUnits;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code careplan-spec sample}: writes one valid transmission unit of every kind the spec defines. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"仕様の全種類の送信単位（架空の内容）を1つずつ出力します。",
            "Writes one complete, valid transmission unit of every kind the spec defines (fictional content)."},
        footer = {"", "Example:", "  careplan-spec sample --out units && careplan-spec validate units"})
final class SampleCommand implements Callable<Integer> {
    @Option(names = "--lang", paramLabel = "LANG", description = "ja | en: messages (default: ja)")
    Lang lang = Lang.ja;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "the folder to write into")
    Path out;

    SampleCommand() {
    }

    @Override
    public Integer call() throws IOException {
        List<Path> files = SampleUnits.writeTo(out);
        PrintStream o = CarePlanSpecCommand.Streams.out();
        for (Path p : files) {
            o.println(p);
        }
        o.flush();
        CarePlanSpecCommand.Streams.err().println(lang.text("cli.sample.written", files.size(), out));
        return CarePlanSpecCommand.OK;
    }
}
