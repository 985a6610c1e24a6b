package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.catalog.Family;
import io.github.careplanspec.model.catalog.FileKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Helpers of the key records (package-private). */
final class Keys {
    /** UPJSK No.20 サービス事業者コード: part of the 実績 key beyond files.tsv's No.2, 3, 5 (R36; DLTJSK No.5). */
    static final int RESULT_PROVIDER_NO = 20;
    /** UPJSK No.15 サービスコード: its first two characters are the サービス種類 of the 実績 key (R36; DLTJSK No.6). */
    static final int RESULT_SERVICE_CODE_NO = 15;
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

    /**
     * The key items of a record of a member kind: the key's values at the kind's key items for the family
     * ({@link FileKind#keyNos(Family)}), in the row's No. order; an item of another link of a kind of two families
     * (UPHOSOKU, R37) carries {@code unlinked}.
     */
    static Map<Integer, String> items(ChangeKey k, FileKind kind, String unlinked, String... rest) {
        if (!isCsvMember(k.family(), kind)) {
            throw notMember(k, kind);
        }
        List<Integer> link = kind.keyNos(k.family());
        List<String> values = new ArrayList<>(2 + rest.length);
        values.add(k.insurerNumber().text());
        values.add(k.insuredNumber().text());
        values.addAll(Arrays.asList(rest));
        if (values.size() != link.size()) {
            throw new IllegalStateException(kind + ": " + link.size() + " key items, " + values.size() + " values");
        }
        Map<Integer, String> m = new LinkedHashMap<>();
        for (int no : kind.keyNos()) {
            int at = link.indexOf(no);
            m.put(no, at >= 0 ? values.get(at) : unlinked);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Whether a kind is a CSV member of a family: stored with it (not the deletion, not the image). */
    static boolean isCsvMember(Family family, FileKind kind) {
        return kind.isCsv() && kind.role() != FileKind.Role.DELETION && kind.families().contains(family);
    }

    static IllegalArgumentException notMember(ChangeKey k, FileKind kind) {
        return new IllegalArgumentException(kind + " is not a CSV member of " + k.family());
    }

    static String canonical(ChangeKey k, String rest) {
        return k.family() + "/" + k.insurerNumber().text() + "/" + k.insuredNumber().text() + "/" + rest;
    }
}
