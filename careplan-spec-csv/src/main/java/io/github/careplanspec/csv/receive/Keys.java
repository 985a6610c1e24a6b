package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.FileKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Helpers of the key records (package-private). */
final class Keys {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM").withResolverStyle(ResolverStyle.STRICT);

    private Keys() {
    }

    static void nonNull(InsurerNumber insurer, InsuredNumber insured, Object third) {
        Objects.requireNonNull(insurer, "insurerNumber");
        Objects.requireNonNull(insured, "insuredNumber");
        Objects.requireNonNull(third, "date");
    }

    static String date(LocalDate d) {
        return d.format(DATE);
    }

    static String month(YearMonth m) {
        return m.format(MONTH);
    }

    static Map<Integer, String> items(ChangeKey k, Object... noAndText) {
        Map<Integer, String> m = new LinkedHashMap<>();
        m.put(2, k.insurerNumber().text());
        m.put(3, k.insuredNumber().text());
        for (int i = 0; i < noAndText.length; i += 2) {
            m.put((Integer) noAndText[i], (String) noAndText[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    static IllegalArgumentException notMember(ChangeKey k, FileKind kind) {
        return new IllegalArgumentException(kind + " is not a CSV member of " + k.family());
    }

    static String canonical(ChangeKey k, String rest) {
        return k.family() + "/" + k.insurerNumber().text() + "/" + k.insuredNumber().text() + "/" + rest;
    }
}
