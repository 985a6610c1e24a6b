package io.github.careplanspec.csv.receive;

import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.ColumnSpec;
import io.github.careplanspec.model.catalog.FieldFormat;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.name.FileSequence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds minimal records of any catalog kind from their key items and a payload text. */
final class Fixtures {
    static final String INSURER = "131045";
    static final Party PLANNER = Party.parse("0300000100_43");
    static final Party PROVIDER = Party.parse("0300000005_11");

    private Fixtures() {
    }

    /** The first free-text item of a kind that is not a key item: where a test writes its payload. */
    static int payloadNo(FileKind kind) {
        for (ColumnSpec c : Catalog.columns(kind)) {
            if (c.format() == FieldFormat.FREE_TEXT && c.no() > 4 && c.no() != 62 && c.no() != 63) {
                return c.no();
            }
        }
        throw new IllegalStateException("no free-text item in " + kind);
    }

    /** A record of a kind with the given item texts (No. → text), every other item empty. */
    static Record record(FileKind kind, Map<Integer, String> items) {
        int n = Catalog.columns(kind).size();
        String[] t = new String[n];
        Arrays.fill(t, "");
        items.forEach((no, v) -> t[no - 1] = v);
        Parsed<? extends Record> p = Catalog.layout(kind).parse(List.of(t));
        if (!p.isOk()) {
            throw new IllegalStateException(kind + " " + p.problems() + " " + p.recordProblem());
        }
        return p.value();
    }

    static String insured(int user) {
        return String.format("%010d", user);
    }

    static Record plan1(int user, String date, String payload) {
        return record(FileKind.UP1KYO, items(2, INSURER, 3, insured(user), 14, date, payloadNo(FileKind.UP1KYO),
                payload));
    }

    static Record plan2(int user, String date, String payload) {
        return record(FileKind.UP2KYO, items(2, INSURER, 3, insured(user), 5, date, payloadNo(FileKind.UP2KYO),
                payload));
    }

    static Record plan3(int user, String date, String payload) {
        return record(FileKind.UP3KYO, items(2, INSURER, 3, insured(user), 5, date, payloadNo(FileKind.UP3KYO),
                payload));
    }

    static Record supplement(int user, String planDate, String month, String payload) {
        return record(FileKind.UPHOSOKU, items(2, INSURER, 3, insured(user), 4, planDate, 63, month, 6, payload));
    }

    static Record ticket(FileKind kind, int user, String month, String office, String serviceCode, String payload) {
        return record(kind, items(2, INSURER, 3, insured(user), 5, month, 15, serviceCode, 20, office,
                payloadNo(kind), payload));
    }

    static Record annex(int user, String month, String payload) {
        return record(FileKind.UPSIKYU, items(2, INSURER, 3, insured(user), 5, month, payloadNo(FileKind.UPSIKYU),
                payload));
    }

    static Record delete(FileKind kind, int user, String... rest) {
        Map<Integer, String> m = items(2, INSURER, 3, insured(user));
        for (int i = 0; i < rest.length; i++) {
            m.put(4 + i, rest[i]);
        }
        return record(kind, m);
    }

    static Map<Integer, String> items(Object... noAndText) {
        Map<Integer, String> m = new LinkedHashMap<>();
        for (int i = 0; i < noAndText.length; i += 2) {
            m.put((Integer) noAndText[i], (String) noAndText[i + 1]);
        }
        return m;
    }

    static ReceivedUnit unit(String seq, Party sender, Map<FileKind, List<Record>> records) {
        return ReceivedUnit.of(FileSequence.parse(seq), sender, sender == PLANNER ? PROVIDER : PLANNER, records,
                List.of());
    }

    static Map<FileKind, List<Record>> kinds(Object... kindAndRecords) {
        Map<FileKind, List<Record>> m = new LinkedHashMap<>();
        for (int i = 0; i < kindAndRecords.length; i += 2) {
            FileKind k = (FileKind) kindAndRecords[i];
            m.computeIfAbsent(k, x -> new ArrayList<>()).add((Record) kindAndRecords[i + 1]);
        }
        return m;
    }
}
