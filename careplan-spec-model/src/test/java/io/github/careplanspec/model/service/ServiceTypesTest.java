package io.github.careplanspec.model.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.model.ServiceTypeCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Holds the サービス種類 registry against the spec's codes.tsv (§1.3, §1.4, file-name codes; R25). */
class ServiceTypesTest {
    private static final Map<String, ServiceCategory> TABLES = Map.of(
            "サービス種類(1.3 介護給付)", ServiceCategory.CARE_BENEFIT,
            "サービス種類(1.4 予防給付)", ServiceCategory.PREVENTIVE_BENEFIT,
            "サービス種類(1.4 総合事業)", ServiceCategory.COMPREHENSIVE_PROGRAM,
            "事業所側サービス種類(ファイル名)", ServiceCategory.PLANNING_OFFICE);

    static List<String[]> codesTsv() throws IOException {
        List<String[]> out = new ArrayList<>();
        try (InputStream in = ServiceTypesTest.class.getResourceAsStream("/spec/v4.1/codes.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource codes.tsv");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                String[] c = line.split("\t", -1);
                if (TABLES.containsKey(c[0])) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    @Test
    void everyRowOfTheSpecTablesIsEncodedExactly() throws IOException {
        List<String[]> rows = codesTsv();
        assertEquals(34 + 20 + 8 + 3, rows.size(), "codes.tsv: 34 介護給付, 20 予防給付, 8 総合事業, 3 file-name codes");
        Set<String> specOrder = new LinkedHashSet<>();
        for (String[] c : rows) {
            String where = String.join(" | ", c);
            ServiceTypeInfo info = ServiceTypes.lookup(ServiceTypeCode.parse(c[1])).orElseThrow(() ->
                    new AssertionError("not in the registry: " + where));
            assertEquals(c[2], info.nameJa(), where);
            assertTrue(info.categories().contains(TABLES.get(c[0])), where);
            // R25: 連携対象 as codes.tsv records it (marks read by order, Q18)
            assertEquals(c[3].contains("連携対象=Y"), info.linkageTarget(), where);
            assertEquals(c[3].contains("(inferred"), info.inferred(), where);
            specOrder.add(c[1]);
        }
        // nothing more than the spec, in the spec's order
        assertEquals(new ArrayList<>(specOrder),
                ServiceTypes.all().stream().map(i -> i.code().text()).toList());
        int categoryMarks = ServiceTypes.all().stream().mapToInt(i -> i.categories().size()).sum();
        assertEquals(rows.size(), categoryMarks, "each codes.tsv row is one category of one entry");
    }

    @Test
    void codesInBothBenefitTablesAreOneEntry() {
        // 59 特定介護サービス等 and 81 市町村特別給付 are printed in §1.3 and §1.4
        ServiceTypeInfo i = ServiceTypes.lookup(ServiceTypeCode.parse("81")).orElseThrow();
        assertEquals(Set.of(ServiceCategory.CARE_BENEFIT, ServiceCategory.PREVENTIVE_BENEFIT), i.categories());
        assertFalse(i.linkageTarget());
    }

    @Test
    void displaysAsTheClientApp() {
        assertEquals("43: 居宅介護支援", ServiceTypes.display(ServiceTypeCode.parse("43")));
        assertEquals("2A: 短期入所療養介護（介護医療院）", ServiceTypes.display(ServiceTypeCode.parse("2A")));
        assertEquals("XX: 不明", ServiceTypes.display(ServiceTypeCode.parse("XX")));
        assertEquals("99: 不明", ServiceTypes.display(ServiceTypeCode.parse("99")));
        assertTrue(ServiceTypes.lookup(ServiceTypeCode.parse("99")).isEmpty());
    }

    @Test
    void linkageTargetFollowsR25() {
        assertTrue(ServiceTypes.isLinkageTarget(ServiceTypeCode.parse("11")));
        assertTrue(ServiceTypes.isLinkageTarget(ServiceTypeCode.parse("A1")));
        assertFalse(ServiceTypes.isLinkageTarget(ServiceTypeCode.parse("33")), "特定施設入居者生活介護 対象外");
        assertFalse(ServiceTypes.isLinkageTarget(ServiceTypeCode.parse("43")), "a planning office's own code");
        assertFalse(ServiceTypes.isLinkageTarget(ServiceTypeCode.parse("ZZ")), "unknown");
        ServiceTypeInfo af = ServiceTypes.lookup(ServiceTypeCode.parse("AF")).orElseThrow();
        assertTrue(af.isPlanningOffice() && af.inferred());
    }
}
