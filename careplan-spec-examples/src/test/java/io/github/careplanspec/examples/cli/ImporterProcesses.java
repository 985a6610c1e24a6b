package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.unit.TransmissionUnit;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.FileSequence;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test support: generated single-file units, each in its own folder, and the {@code import} command run as a child
 * JVM (the jar's main class on this test's class path), its output lines read as they come.
 */
final class ImporterProcesses {
    /** The first unit's ファイル連番; unit {@code i} has this plus {@code i} seconds. */
    static final LocalDateTime FIRST = LocalDateTime.of(2024, 11, 1, 0, 0);
    private static final Pattern LINE = Pattern.compile("^(applied|duplicate|rejected|failed)\\s+\\S*_(\\d{14})\\b");

    private ImporterProcesses() {
    }

    /** @return the ファイル連番 text of unit {@code i} */
    static String sequence(int i) {
        return FileSequence.of(FIRST.plusSeconds(i)).text();
    }

    /** @return the 被保険者番号 of unit {@code i}: every unit its own user, so its rows are its own */
    static String insured(int i) {
        return String.format("%010d", 1_000_000 + i);
    }

    /**
     * Writes {@code count} units of one UPJSK file (実績 of one user, service office → planning office), unit
     * {@code i} into {@code dir/u<i>}.
     *
     * @return the folders, in unit order
     */
    static List<Path> writeUnits(Path dir, int count) throws IOException {
        List<Path> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            TransmissionUnit u = TransmissionUnit.builder(ValidSamples.HELPER, ServiceTypeCode.parse("11"),
                            ValidSamples.PLANNER, ServiceTypeCode.parse("43"), FileSequence.of(FIRST.plusSeconds(i)))
                    .add(FileKind.UPJSK, List.of(ValidSamples.visit().toBuilder()
                            .insuredNumber(InsuredNumber.parse(insured(i))).build()))
                    .build();
            Path d = dir.resolve("u" + i);
            u.writeTo(d);
            out.add(d);
        }
        return out;
    }

    /** A running {@code import}: its lines by status and ファイル連番, collected as they are printed. */
    static final class Run {
        final Process process;
        final Map<String, String> statusBySequence = new ConcurrentHashMap<>();
        final List<String> lines = Collections.synchronizedList(new ArrayList<>());
        private final CountDownLatch done = new CountDownLatch(1);
        private final Path stderr;

        private Run(Process process, Path stderr, IntPredicate killWhen) {
            this.process = process;
            this.stderr = stderr;
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    String l;
                    int applied = 0;
                    while ((l = r.readLine()) != null) {
                        lines.add(l);
                        Matcher m = LINE.matcher(l);
                        if (m.find()) {
                            statusBySequence.put(m.group(2), m.group(1));
                            if (m.group(1).equals("applied") && killWhen.test(++applied)) {
                                // SIGKILL: no shutdown hook, no finally, no flush
                                process.destroyForcibly();
                            }
                        }
                    }
                } catch (IOException e) {
                    // the pipe closes when the process is killed
                } finally {
                    done.countDown();
                }
            }, "import-stdout");
            reader.setDaemon(true);
            reader.start();
        }

        /** Waits for the process and its output; kills it after the timeout. */
        int await(long seconds) throws InterruptedException {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("import did not end within " + seconds + " s");
            }
            done.await(10, TimeUnit.SECONDS);
            return process.exitValue();
        }

        List<String> withStatus(String status) {
            List<String> out = new ArrayList<>();
            statusBySequence.forEach((s, st) -> {
                if (st.equals(status)) {
                    out.add(s);
                }
            });
            Collections.sort(out);
            return out;
        }

        String stderr() throws IOException {
            return Files.readString(stderr, StandardCharsets.UTF_8);
        }
    }

    /**
     * Starts {@code careplan-spec import --db URL FOLDER...} in a child JVM.
     *
     * @param killWhen given the number of {@code applied} lines read so far, whether to SIGKILL the process now
     */
    static Run startImport(Path work, String url, String user, String password, List<Path> folders,
            IntPredicate killWhen) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-Dstdout.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(classPath());
        cmd.add(CarePlanSpecCommand.class.getName());
        cmd.add("import");
        cmd.add("--db");
        cmd.add(url);
        if (user != null) {
            cmd.add("--user");
            cmd.add(user);
            cmd.add("--password");
            cmd.add(password);
        }
        // the folders through an @file: a few thousand paths
        Path args = Files.createTempFile(work, "paths", ".txt");
        List<String> quoted = new ArrayList<>();
        for (Path f : folders) {
            quoted.add("\"" + f.toAbsolutePath() + "\"");
        }
        Files.write(args, quoted, StandardCharsets.UTF_8);
        cmd.add("@" + args);
        Path err = Files.createTempFile(work, "stderr", ".txt");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectError(err.toFile()).directory(work.toFile());
        return new Run(pb.start(), err, killWhen);
    }

    private static String classPath() {
        StringBuilder sb = new StringBuilder(System.getProperty("java.class.path", ""));
        String mp = System.getProperty("jdk.module.path");
        if (mp != null && !mp.isEmpty()) {
            sb.append(File.pathSeparator).append(mp);
        }
        return sb.toString();
    }
}
