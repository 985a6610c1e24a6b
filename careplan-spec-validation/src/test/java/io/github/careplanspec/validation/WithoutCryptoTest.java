package io.github.careplanspec.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Crypto stays optional (issue 14): a vendor who only reads, writes and validates CSV does not need BouncyCastle.
 * careplan-spec-csv declares it optional ({@code requires static}, Maven {@code <optional>}), so it does not reach this
 * module's module path; a child JVM gets that module path (without any bcprov, bcpkix or bcutil jar) and runs
 * {@link WithoutCryptoMain} as a module: it writes a file, reads it back, validates it and receives a unit from a ZIP.
 */
class WithoutCryptoTest {
    @Test
    void readingWritingAndValidatingNeedNoBouncyCastleOnTheModulePath() throws Exception {
        String modulePath = System.getProperty("jdk.module.path");
        assertTrue(modulePath != null && !modulePath.isEmpty(), "tests run on the module path");
        List<String> all = Arrays.asList(modulePath.split(File.pathSeparator));
        // csv declares BouncyCastle optional, so this module's own run should not see it either; filter anyway
        assertTrue(all.stream().noneMatch(WithoutCryptoTest::isBouncyCastle), "optional, not inherited: " + all);
        String without = all.stream().filter(e -> !isBouncyCastle(e)).collect(Collectors.joining(File.pathSeparator));
        String testClasses = Path.of(WithoutCryptoMain.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "--module-path", without,
                "--patch-module", "io.github.careplanspec.validation=" + testClasses,
                "-m", "io.github.careplanspec.validation/" + WithoutCryptoMain.class.getName()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "child finished");
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("without BouncyCastle: written, read, validated, received"), out);
        assertFalse(out.contains("org.bouncycastle"), out);
    }

    private static boolean isBouncyCastle(String entry) {
        String name = Path.of(entry).getFileName().toString();
        return name.startsWith("bcprov-") || name.startsWith("bcpkix-") || name.startsWith("bcutil-");
    }
}
