package io.github.careplanspec.validation.report;

import io.github.careplanspec.model.issue.Severity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule profiles: built-in strict and receiver, profile files, their errors by line, the report naming the profile. */
class RuleProfileTest {
    @TempDir
    Path dir;

    private static ValidationIssue issue(Rule rule) {
        return new ValidationIssue(rule, "F.CSV", 3, 3, 12, "サービス開始時刻", "0930", Map.of("start", "0930"));
    }

    @Test
    void strictIsTheCatalogAndReceiverLowersTheListedErrors() {
        for (Rule r : Rules.all()) {
            assertEquals(Optional.of(r.severity()), RuleProfile.strict().severityOf(r), r.id());
        }
        assertEquals(Optional.of(Severity.WARNING), RuleProfile.receiver().severityOf(Rules.R42_PAIR));
        assertEquals(Optional.of(Severity.WARNING), RuleProfile.receiver().severityOf(Rules.R51_SUBTOTAL));
        assertEquals(Optional.of(Severity.ERROR), RuleProfile.receiver().severityOf(Rules.R16_MONTH));
        assertEquals(Optional.of(Severity.ERROR), RuleProfile.receiver().severityOf(Rules.R2_CHARSET));
        for (String id : RuleProfile.receiver().levels().keySet()) {
            assertTrue(!RuleProfile.isGuard(id), id);
        }
        assertEquals("receiver", RuleProfile.receiver().name());
    }

    @Test
    void theBuilderReportsWithTheProfilesSeverityAndDropsWhatItTurnsOff() throws Exception {
        RuleProfile p = RuleProfile.parse("mine.rules", new StringReader(
                "# vendor\nprofile = vendor-2026\nbase = receiver\nR42.pair = off\nR12.202504 = error\n"));
        assertEquals("vendor-2026", p.name());
        ValidationReport.Builder b = ValidationReport.builder().profile(p);
        b.report(issue(Rules.R42_PAIR));
        b.report(issue(Rules.R12_202504));
        b.report(issue(Rules.R46)); // receiver: warning
        ValidationReport r = b.build();
        assertEquals(2, r.issues().size());
        assertEquals(1, r.errors());
        assertEquals(1, r.warnings());
        assertEquals("R12.202504", r.issues().get(0).rule().id());
        assertEquals(Severity.ERROR, r.issues().get(0).severity());
        assertSame(p, r.profile());
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        r.writeJson(json, Locale.ENGLISH);
        assertTrue(json.toString(StandardCharsets.UTF_8).contains("\"profile\":\"vendor-2026\""));
        ByteArrayOutputStream sarif = new ByteArrayOutputStream();
        r.writeSarif(sarif, Locale.ENGLISH);
        String s = sarif.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("\"profile\":\"vendor-2026\""), s);
        assertTrue(s.contains("\"id\":\"R42.pair\"") && s.contains("\"level\":\"none\""), "off in the rule list");
        ByteArrayOutputStream junit = new ByteArrayOutputStream();
        r.writeJUnitXml(junit, Locale.ENGLISH);
        assertTrue(junit.toString(StandardCharsets.UTF_8).contains("<property name=\"profile\" value=\"vendor-2026\""));
        assertTrue(r.toText(Locale.JAPANESE).contains("規則プロファイル vendor-2026"));
        assertTrue(ValidationReport.builder().build().toText(Locale.ENGLISH).contains("rule profile strict"));
    }

    private static RuleProfileException bad(String text) {
        return assertThrows(RuleProfileException.class, () -> RuleProfile.parse("p.rules", new StringReader(text)));
    }

    @Test
    void aBadProfileNamesItsLine() {
        assertEquals(3, bad("# x\n\nR42.pair warning\n").line());
        RuleProfileException u = bad("R42.pair = warning\nR99.nothing = off\n");
        assertEquals(2, u.line());
        assertTrue(u.getMessage().startsWith("p.rules:2: unknown rule id"), u.getMessage());
        assertTrue(u.message(Locale.JAPANESE).contains("規則ID「R99.nothing」はありません"), u.message(Locale.JAPANESE));
        assertEquals(RuleProfileException.Reason.UNKNOWN_RULE, u.reason());
        assertEquals(List.of("R99.nothing"), u.params());
        assertEquals(1, bad("R42.pair = maybe\n").line());
        assertEquals(2, bad("R42.pair = off\nR42.pair = error\n").line());
        assertEquals(2, bad("R42.pair = off\nbase = strict\n").line());
        assertEquals(1, bad("base = lenient\n").line());
        assertEquals(1, bad("profile = has space\n").line());
    }

    @Test
    void aProfileCannotLowerAHostileInputGuard() {
        RuleProfileException e = bad("R21.UNIT016 = warning\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("guard"), e.getMessage());
        assertEquals(1, bad("R21.archive = off\n").line());
        assertEquals(1, bad("R7.tooLong = off\n").line());
    }

    @Test
    void formerIdsAreAcceptedAndResolveToTheCurrentRule() throws Exception {
        RuleProfile p = RuleProfile.parse("p", new StringReader("R15.UNIT002 = warning\n"));
        assertEquals(Optional.of(Severity.WARNING), p.severityOf(Rules.P6_JPEG));
    }

    @Test
    void aBuiltInNameAndAPathAreToldApart() throws Exception {
        assertSame(RuleProfile.receiver(), RuleProfile.resolve("receiver"));
        Path f = dir.resolve("receiver");
        Files.writeString(f, "R46 = off\n");
        RuleProfile file = RuleProfile.resolve(f.toString());
        assertEquals("receiver", file.name(), "named after the file, but not the built-in one");
        assertEquals(Optional.empty(), file.severityOf(Rules.R46));
        RuleProfileException missing = assertThrows(RuleProfileException.class,
                () -> RuleProfile.resolve(dir.resolve("nope.rules").toString()));
        assertEquals(0, missing.line());
        assertTrue(missing.getMessage().contains("strict, receiver"), missing.getMessage());
        Files.write(dir.resolve("latin1.rules"), new byte[] {'R', '4', '6', '=', (byte) 0xE9});
        assertThrows(RuleProfileException.class, () -> RuleProfile.load(dir.resolve("latin1.rules")));
    }
}
