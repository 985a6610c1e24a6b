package io.github.careplanspec.model.kyotaku;

import io.github.careplanspec.model.ClockTime;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.PostalCode;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.code.CareLevel;
import io.github.careplanspec.model.code.CertificationStatus;
import io.github.careplanspec.model.code.Code;
import io.github.careplanspec.model.code.CodeList;
import io.github.careplanspec.model.code.Gender;
import io.github.careplanspec.model.code.InsuranceCoverage;
import io.github.careplanspec.model.code.Weekday;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid UPHOSOKU / UP2KYO / UP3KYO records, built only through the public builders.
 * Free text mixes Japanese, ASCII, commas, double quotes, CR and LF.
 */
final class UserPlanGens {
    private static final String ALPHABET = "あいう介護計画テスト山田ﾔﾏﾀﾞＡ１abcXYZ09 ,\"\r\n\t・（）～－";
    private static final Gen<Integer> PERCENT = Generate.range(0, 99);

    private UserPlanGens() {
    }

    static int pick(RandomnessSource in, int min, int max) {
        return Generate.range(min, max).generate(in);
    }

    static boolean chance(RandomnessSource in, int percent) {
        return PERCENT.generate(in) < percent;
    }

    static String digits(RandomnessSource in, int n) {
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append((char) ('0' + pick(in, 0, 9)));
        }
        return sb.toString();
    }

    /** Non-empty free text with the CSV-hostile characters. */
    static String text(RandomnessSource in) {
        int n = pick(in, 1, 24);
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(ALPHABET.charAt(pick(in, 0, ALPHABET.length() - 1)));
        }
        return sb.toString();
    }

    static String optText(RandomnessSource in) {
        return chance(in, 30) ? null : text(in);
    }

    static InsurerNumber insurer(RandomnessSource in) {
        return InsurerNumber.parse(digits(in, 6));
    }

    static InsuredNumber insured(RandomnessSource in) {
        return InsuredNumber.parse(chance(in, 20) ? "H" + digits(in, 9) : digits(in, 10));
    }

    static OfficeNumber office(RandomnessSource in) {
        return OfficeNumber.parse(digits(in, 10));
    }

    static OfficeNumber optOffice(RandomnessSource in) {
        return chance(in, 40) ? null : office(in);
    }

    static LocalDate date(RandomnessSource in) {
        return LocalDate.ofEpochDay(Generate.longRange(LocalDate.of(1900, 1, 1).toEpochDay(),
                LocalDate.of(2100, 12, 31).toEpochDay()).generate(in));
    }

    static LocalDate optDate(RandomnessSource in) {
        return chance(in, 40) ? null : date(in);
    }

    static YearMonth month(RandomnessSource in) {
        return YearMonth.of(pick(in, 1900, 2100), pick(in, 1, 12));
    }

    static Integer optInt(RandomnessSource in, int min, int max) {
        return chance(in, 30) ? null : pick(in, min, max);
    }

    static ClockTime optTime(RandomnessSource in) {
        return chance(in, 30) ? null : ClockTime.of(pick(in, 0, 23), pick(in, 0, 59));
    }

    static ServiceTypeCode serviceType(RandomnessSource in) {
        String cs = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        return ServiceTypeCode.parse("" + cs.charAt(pick(in, 0, 35)) + cs.charAt(pick(in, 0, 35)));
    }

    /** A known code, or now and then a code the list does not know (it must survive the round trip). */
    static <E extends Enum<E> & CodeList> Code<E> code(RandomnessSource in, Class<E> list, String unknown) {
        if (chance(in, 15)) {
            return Code.parse(list, unknown);
        }
        E[] all = list.getEnumConstants();
        return Code.of(all[pick(in, 0, all.length - 1)]);
    }

    static <E extends Enum<E> & CodeList> Code<E> optCode(RandomnessSource in, Class<E> list, String unknown) {
        return chance(in, 30) ? null : code(in, list, unknown);
    }

    static ServiceTypeLimitSlot slot(RandomnessSource in) {
        ServiceTypeCode code = chance(in, 20) ? null : serviceType(in);
        Integer limit = optInt(in, 0, 9_999_999);
        Integer total = optInt(in, 0, 9_999_999);
        Integer excess = optInt(in, 0, 9_999_999);
        if (code == null && limit == null && total == null && excess == null) {
            code = serviceType(in);
        }
        return new ServiceTypeLimitSlot(code, limit, total, excess);
    }

    static final Gen<UserSupplement> USER_SUPPLEMENTS = in -> {
        UserSupplement.Builder b = chance(in, 50)
                ? UserSupplement.forPlan(insurer(in), insured(in), date(in))
                : UserSupplement.forServiceMonth(insurer(in), insured(in), month(in));
        List<ServiceTypeLimitSlot> slots = new ArrayList<>();
        int n = pick(in, 0, UserSupplement.SERVICE_TYPE_SLOTS);
        for (int i = 0; i < n; i++) {
            slots.add(slot(in));
        }
        return b.userNameKana(text(in)).userName(text(in))
                .gender(code(in, Gender.class, "9"))
                .birthDate(date(in))
                .userPostalCode(chance(in, 40) ? null : PostalCode.parse(digits(in, 3) + "-" + digits(in, 4)))
                .userAddress1(optText(in)).userAddress2(optText(in))
                .userPhone(chance(in, 40) ? null : digits(in, 3) + "-" + digits(in, 4) + "-" + digits(in, 4))
                .certifiedOn(optDate(in)).limitPeriod(optDate(in), optDate(in))
                .certificationStatus(optCode(in, CertificationStatus.class, "3"))
                .careLevelChangedOn(optDate(in)).careLevel(optCode(in, CareLevel.class, "99"))
                .benefitLimitUnits(optInt(in, 0, 9_999_999)).serviceTypeLimits(slots)
                .totalExcessUnits(optInt(in, 0, 9_999_999)).daysBeforeAdmissionMonth(optInt(in, 0, 99_999))
                .cumulativeAdmissionDays(optInt(in, 0, 99_999)).previousCareLevel(optCode(in, CareLevel.class, "01"))
                .consentReceiverCode(optOffice(in)).updaterCode(optOffice(in))
                .build();
    };

    static final Gen<CarePlanTable2Row> TABLE2_ROWS = in -> CarePlanTable2Row.builder()
            .key(insurer(in), insured(in), date(in)).createdOn(date(in))
            .numbers(optInt(in, 1, 99), optInt(in, 1, 99), optInt(in, 1, 99))
            .issue(optText(in)).longTermGoal(optText(in)).shortTermGoal(optText(in))
            .longTermPeriod(optText(in)).shortTermPeriod(optText(in)).serviceContent(optText(in))
            .insuranceCoverage(optCode(in, InsuranceCoverage.class, "X")).serviceKind(optText(in))
            .serviceProviderCode(chance(in, 40) ? null : office(in).text()).serviceOfficeName(optText(in))
            .frequency(optText(in)).period(optText(in)).updaterCode(optOffice(in))
            .build();

    static final Gen<CarePlanTable3Entry> TABLE3_ENTRIES = in -> CarePlanTable3Entry.builder()
            .key(insurer(in), insured(in), date(in)).createdOn(date(in))
            .careServiceContent(optText(in)).weekday(optCode(in, Weekday.class, "8"))
            .serviceStart(optTime(in)).serviceEnd(optTime(in))
            .dailyActivity(optText(in)).activityStart(optTime(in)).activityEnd(optTime(in))
            .nonWeeklyService(optText(in))
            .build();
}
