package io.github.careplanspec.validation.rules;

import static io.github.careplanspec.model.catalog.Family.BASIC_INFO;
import static io.github.careplanspec.model.catalog.FileKind.UPKIHON_IMAGE;

import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import io.github.careplanspec.validation.report.ValidationIssue;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * 利用者基本情報 ↔ 別表1 / 別表2 / 家族構成画像 inside one unit (P3–P6, R36a). Key: 保険者番号 + 被保険者番号 + 相談日
 * (No.2–4 of UPKIHON and its 別表, the kind table's key items).
 * <ul>
 * <li>{@link Rules#P4_ORPHAN} (error): a 別表1/別表2 row whose key has no UPKIHON row — once per key and file;</li>
 * <li>{@link Rules#P6_MISSING_IMAGE} (warning: P5 says 原則 and a receiver should tolerate it, U12): UPKIHON No.62
 * names an image that is not in the unit; names compare ignoring case (U9);</li>
 * <li>{@link Rules#P6_UNNAMED_IMAGE} (warning): an image of the unit that no UPKIHON No.62 names.</li>
 * </ul>
 */
public final class BasicInfoFamilyRule implements UnitRule {
    private static final FileKind UPKIHON = BASIC_INFO.parent();
    private static final int[] KEY = UnitRecords.keyNos(UPKIHON, BASIC_INFO);
    private static final int IMAGE_NAME = 62;

    /** Creates the rule. */
    public BasicInfoFamilyRule() {
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.P4_ORPHAN, Rules.P6_MISSING_IMAGE, Rules.P6_UNNAMED_IMAGE);
    }

    @Override
    public void check(UnitContext unit, IssueSink sink) {
        Map<String, RecordContext<?>> parents = UnitRecords.byKey(UnitRecords.records(unit, UPKIHON), KEY);
        for (FileKind k : UnitRecords.ownDependents(BASIC_INFO)) {
            for (Map.Entry<String, RecordContext<?>> e : UnitRecords.byKey(UnitRecords.records(unit, k),
                    UnitRecords.keyNos(k, BASIC_INFO)).entrySet()) {
                if (!parents.containsKey(e.getKey())) {
                    sink.report(e.getValue().issue(Rules.P4_ORPHAN, UnitRecords.lastKeyNo(k, BASIC_INFO),
                            Map.of("key", e.getKey(), "parent", UnitRecords.parentLabel(BASIC_INFO),
                                    "dateName", Catalog.layout(UPKIHON).columns().get(3).name())));
                }
            }
        }
        Map<String, String> images = new LinkedHashMap<>();
        for (UnitContext.UnitFile f : unit.files()) {
            if (f.file().kind() == UPKIHON_IMAGE) {
                images.put(baseName(f.file().file()).toUpperCase(Locale.ROOT), f.file().file());
            }
        }
        Set<String> named = new HashSet<>();
        for (RecordContext<?> r : UnitRecords.records(unit, UPKIHON)) {
            String name = r.text(IMAGE_NAME);
            if (name.isEmpty()) {
                continue;
            }
            String upper = name.toUpperCase(Locale.ROOT);
            named.add(upper);
            if (!images.containsKey(upper)) {
                sink.report(r.issue(Rules.P6_MISSING_IMAGE, IMAGE_NAME, Map.of()));
            }
        }
        for (Map.Entry<String, String> e : images.entrySet()) {
            if (!named.contains(e.getKey())) {
                sink.report(ValidationIssue.ofFile(Rules.P6_UNNAMED_IMAGE, e.getValue(), Map.of()));
            }
        }
    }

    /** The file name after the last {@code /} (a ZIP entry is reported as {@code archive.zip!/NAME}). */
    static String baseName(String reported) {
        int i = Math.max(reported.lastIndexOf('/'), reported.lastIndexOf('\\'));
        return i < 0 ? reported : reported.substring(i + 1);
    }
}
