package io.github.careplanspec.model.kyotaku;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ProratedDays;
import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.ServiceTime;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.Table7RowKind;
import io.github.careplanspec.model.WelfareEquipmentCode;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.Over30DaysCategory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Arbitrary valid 第6表/第7表 records, built through the public builders and factories, survive
 * record → item texts → record unchanged, and every text fits its 項目長.
 */
class ServiceTicketPropertiesTest {
    private static final String ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    static <T> Gen<T> orNull(Gen<T> g) {
        Gen<Boolean> absent = booleans().all();
        return in -> absent.generate(in) ? null : g.generate(in);
    }

    static Gen<String> digits(int n) {
        long max = (long) Math.pow(10, n) - 1;
        return longs().between(0, max).map(v -> String.format("%0" + n + "d", v));
    }

    static Gen<String> alnum(int n) {
        Gen<Integer> idx = integers().between(0, ALNUM.length() - 1);
        return in -> {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(ALNUM.charAt(idx.generate(in)));
            }
            return sb.toString();
        };
    }

    /** Free text: Japanese, quotes, commas and line breaks included; never empty (empty is "absent"). */
    static Gen<String> freeText() {
        Gen<String> plain = strings().betweenCodePoints(0x20, 0x30FF).ofLengthBetween(1, 30);
        Gen<String> tricky = integers().between(0, 3).map(i -> new String[] {"「通所」, \"訪問\"", "一行目\r\n二行目",
                "ａｂｃ　全角", "'"}[i]);
        return plain.mix(tricky, 30);
    }

    static final Gen<InsurerNumber> INSURERS = digits(6).map(InsurerNumber::parse);
    static final Gen<InsuredNumber> INSURED = digits(10).map(InsuredNumber::parse)
            .mix(digits(9).map(s -> InsuredNumber.parse("H" + s)), 20);
    static final Gen<OfficeNumber> OFFICES = digits(10).map(OfficeNumber::parse);
    static final Gen<LocalDate> DATES = longs().between(LocalDate.of(2000, 1, 1).toEpochDay(),
            LocalDate.of(2099, 12, 31).toEpochDay()).map(LocalDate::ofEpochDay);
    static final Gen<YearMonth> MONTHS = integers().between(2000, 2099)
            .zip(integers().between(1, 12), YearMonth::of);
    static final Gen<ServiceTime> TIMES = integers().between(0, 23)
            .zip(integers().between(0, 59), ServiceTime::of).mix(in -> ServiceTime.NONE, 20);
    static final Gen<ProratedDays> DAYS = integers().between(0, Integer.MAX_VALUE).map(bits -> {
        Set<Integer> s = new HashSet<>();
        for (int d = 1; d <= 31; d++) {
            if ((bits & (1 << (d - 1))) != 0) {
                s.add(d);
            }
        }
        return ProratedDays.of(s);
    });
    static final Gen<ServiceTypeCode> TYPES = alnum(2).map(ServiceTypeCode::parse);
    static final Gen<ServiceCode> DETAIL_CODES = alnum(6).map(ServiceCode::parse)
            .assuming(c -> c.rowKind() == Table7RowKind.DETAIL);
    static final Gen<WelfareEquipmentCode> EQUIPMENT = digits(5).zip(digits(6), WelfareEquipmentCode::of)
            .mix(digits(5).zip(digits(6), (a, b) -> WelfareEquipmentCode.parse(a + "\uFF0D" + b)), 20);
    static final Gen<Code<Over30DaysCategory>> OVER30 = integers().between(0, 2).map(i -> i == 2
            ? Code.parse(Over30DaysCategory.class, "9") : Code.of(Over30DaysCategory.values()[i]));
    static final Gen<String> BRANCHES = integers().between(1, 2).zip(alnum(2), (n, s) -> s.substring(0, n));

    static Gen<Integer> upTo(int digits) {
        return integers().between(0, (int) Math.pow(10, digits) - 1);
    }

    static final Gen<ServiceTicketLine> LINES = in -> ServiceTicketLine.builder()
            .key(INSURERS.generate(in), INSURED.generate(in), MONTHS.generate(in))
            .createdOn(DATES.generate(in))
            .planOfficeNumber(OFFICES.generate(in))
            .plannerName(orNull(freeText()).generate(in))
            .units(upTo(6).generate(in))
            .shortStayDaysBeforeMonth(orNull(upTo(5)).generate(in))
            .serviceDate(DATES.generate(in))
            .proratedDays(orNull(DAYS).generate(in))
            .times(TIMES.generate(in), TIMES.generate(in))
            .serviceCount(upTo(2).generate(in))
            .serviceCode(DETAIL_CODES.generate(in))
            .taisCode(orNull(EQUIPMENT).generate(in))
            .notificationCode(orNull(EQUIPMENT).generate(in))
            .equipmentName(orNull(freeText()).generate(in))
            .detailNumber(orNull(integers().between(1, 99)).generate(in))
            .serviceProviderNumber(OFFICES.generate(in))
            .serviceOfficeName(orNull(freeText()).generate(in))
            .satelliteBranch(orNull(BRANCHES).generate(in))
            .over30Days(OVER30.generate(in))
            .updaterCode(orNull(OFFICES).generate(in))
            .build();

    static ServiceTicketAnnexLine.Builder fillAnnex(ServiceTicketAnnexLine.Builder b,
            org.quicktheories.core.RandomnessSource in) {
        return b.key(INSURERS.generate(in), INSURED.generate(in), MONTHS.generate(in))
                .createdOn(DATES.generate(in))
                .serviceOfficeName(orNull(freeText()).generate(in))
                .satelliteBranch(orNull(BRANCHES).generate(in))
                .countOrDays(upTo(3).generate(in))
                .serviceUnitAmount(orNull(upTo(5)).generate(in))
                .benefitManagementUnits(orNull(upTo(6)).generate(in))
                .overTypeLimitUnits(orNull(upTo(6)).generate(in))
                .withinTypeLimitUnits(orNull(upTo(6)).generate(in))
                .overCategoryLimitUnits(orNull(upTo(6)).generate(in))
                .withinCategoryLimitUnits(orNull(upTo(6)).generate(in))
                .unitPrice(orNull(upTo(4).map(i -> BigDecimal.valueOf(i, 2))).generate(in))
                .totalCostInsured(orNull(upTo(6)).generate(in))
                .benefitRate(orNull(upTo(3)).generate(in))
                .claimAmount(orNull(upTo(6)).generate(in))
                .fixedCopayUnitAmount(orNull(upTo(6)).generate(in))
                .userCopayInsured(orNull(upTo(6)).generate(in))
                .userCopayFull(orNull(upTo(6)).generate(in))
                .daysUsedBeforeMonth(orNull(upTo(5)).generate(in))
                .plannedDaysThisMonth(orNull(upTo(2)).generate(in))
                .cumulativeDays(orNull(upTo(5)).generate(in))
                .over30Days(OVER30.generate(in))
                .entererCode(orNull(digits(10)).generate(in))
                .updaterCode(orNull(OFFICES).generate(in));
    }

    static final Gen<ServiceTicketAnnexLine> ANNEX_DETAILS = in -> fillAnnex(ServiceTicketAnnexLine.builder(), in)
            .serviceOfficeNumber(OFFICES.generate(in))
            .serviceCode(DETAIL_CODES.generate(in))
            .taisCode(orNull(EQUIPMENT).generate(in))
            .notificationCode(orNull(EQUIPMENT).generate(in))
            .equipmentName(orNull(freeText()).generate(in))
            .units(upTo(6).generate(in))
            .discountRate(orNull(upTo(5)).generate(in))
            .discountedUnits(orNull(upTo(6)).generate(in))
            .build();

    static final Gen<ServiceTicketAnnexLine> ANNEX_SUMMARIES = in -> {
        int kind = integers().between(0, 3).generate(in);
        ServiceTicketAnnexLine.Builder b = kind == 3 ? ServiceTicketAnnexLine.total() : kind == 0
                ? ServiceTicketAnnexLine.subtotalInLimit(OFFICES.generate(in), TYPES.generate(in)) : kind == 1
                ? ServiceTicketAnnexLine.subtotalOutsideLimit(OFFICES.generate(in), TYPES.generate(in))
                : ServiceTicketAnnexLine.subtotalOver30Days(OFFICES.generate(in), TYPES.generate(in));
        return fillAnnex(b, in).build();
    };

    static <R extends Record> void assertRoundTrip(RecordLayout<R> layout, R record) {
        String[] texts = layout.format(record);
        assertEquals(layout.size(), texts.length);
        for (ColumnSpec c : layout.columns()) {
            String t = texts[c.no() - 1];
            if (!c.isFreeLength()) {
                assertTrue(t.length() <= c.length(), c + " '" + t + "' longer than " + c.length());
            }
        }
        for (ColumnSpec c : layout.columns()) {
            if (c.required()) {
                assertTrue(!texts[c.no() - 1].isEmpty(), c + " is 必須 but empty");
            }
        }
        Parsed<R> back = layout.parse(Arrays.asList(texts));
        assertTrue(back.isOk(), back.toString());
        assertEquals(record, back.value());
    }

    @Test
    void serviceTicketLinesRoundTrip() {
        qt().forAll(LINES).checkAssert(l -> assertRoundTrip(RecordLayout.of(ServiceTicketLine.class), l));
    }

    @Test
    void annexServiceLinesRoundTrip() {
        qt().forAll(ANNEX_DETAILS).checkAssert(l -> {
            assertEquals(Table7RowKind.DETAIL, l.rowKind());
            assertRoundTrip(RecordLayout.of(ServiceTicketAnnexLine.class), l);
        });
    }

    @Test
    void annexSummaryRowsRoundTripAndKeepTheFixedValues() {
        qt().forAll(ANNEX_SUMMARIES).checkAssert(l -> {
            assertTrue(l.rowKind().isSummary());
            assertEquals(0, l.units(), "R51");
            assertEquals(null, l.discountRate(), "R51");
            assertEquals(null, l.discountedUnits(), "R51");
            assertEquals(OfficeNumber.ALL_NINES, l.officeCode(), "R52");
            if (l.rowKind() == Table7RowKind.TOTAL) {
                assertEquals(OfficeNumber.ALL_NINES, l.serviceOfficeNumber(), "R51");
                assertEquals("999999", l.serviceCode().text(), "R51");
            }
            assertTrue(l.summaryRowBreaches(Locale.ENGLISH).isEmpty());
            assertRoundTrip(RecordLayout.of(ServiceTicketAnnexLine.class), l);
        });
    }

    @Test
    void deletionsRoundTrip() {
        qt().forAll(INSURERS, INSURED, MONTHS).checkAssert((a, b, m) -> assertRoundTrip(
                RecordLayout.of(ServiceTicketPlanDeletion.class), ServiceTicketPlanDeletion.of(a, b, m)));
        qt().forAll(INSURED, MONTHS, OFFICES, TYPES).checkAssert((b, m, o, t) -> assertRoundTrip(
                RecordLayout.of(ServiceTicketResultDeletion.class),
                ServiceTicketResultDeletion.of(InsurerNumber.parse("131016"), b, m, o, t)));
    }
}
