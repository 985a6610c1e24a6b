package io.github.careplanspec.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.careplanspec.csv.ReadOptions;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.report.ValidationReport;
import io.github.careplanspec.validation.rules.FileContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Read-ahead: the same items, in order, once each; failures and early closes behave as on one thread. */
class ReadAheadTest {
    /** Counts 0, 1, 2, … up to a limit, remembering which threads asked; may fail at one index. */
    static final class Counter implements Iterator<Integer> {
        final int limit;
        final int failAt;
        final AtomicLong calls = new AtomicLong();
        final Set<String> threads = ConcurrentHashMap.newKeySet();
        int next;

        Counter(int limit, int failAt) {
            this.limit = limit;
            this.failAt = failAt;
        }

        @Override
        public boolean hasNext() {
            threads.add(Thread.currentThread().getName());
            if (next == failAt) {
                throw new UncheckedIOException(new IOException("disk gone at " + next));
            }
            return next < limit;
        }

        @Override
        public Integer next() {
            calls.incrementAndGet();
            return next++;
        }
    }

    @Test
    void everyItemOnceInOrderAndTheReadingMovesToAnotherThread() {
        Counter c = new Counter(100_000, -1);
        List<Integer> got = new ArrayList<>();
        try (ReadAhead<Integer> r = new ReadAhead<>(c, true)) {
            while (r.hasNext()) {
                got.add(r.next());
            }
            assertFalse(r.hasNext());
        }
        assertEquals(100_000, got.size());
        for (int i = 0; i < got.size(); i++) {
            assertEquals(i, got.get(i));
        }
        assertEquals(100_000, c.calls.get(), "each item read once");
        assertTrue(c.threads.stream().anyMatch(t -> t.startsWith("careplan-spec-read-ahead-")), c.threads.toString());
    }

    @Test
    void aSmallSourceStaysOnTheCallersThread() {
        Counter c = new Counter(ReadAhead.IN_LINE, -1);
        int n = 0;
        try (ReadAhead<Integer> r = new ReadAhead<>(c, true)) {
            while (r.hasNext()) {
                assertEquals(n++, r.next());
            }
        }
        assertEquals(ReadAhead.IN_LINE, n);
        assertEquals(Set.of(Thread.currentThread().getName()), c.threads);
    }

    @Test
    void disabledNeverLeavesTheCallersThread() {
        Counter c = new Counter(50_000, -1);
        try (ReadAhead<Integer> r = new ReadAhead<>(c, false)) {
            while (r.hasNext()) {
                r.next();
            }
        }
        assertEquals(Set.of(Thread.currentThread().getName()), c.threads);
    }

    @Test
    void aFailureOnTheReadingThreadIsThrownToTheCallerAfterTheItemsBeforeIt() {
        Counter c = new Counter(100_000, 20_000);
        List<Integer> got = new ArrayList<>();
        UncheckedIOException e;
        try (ReadAhead<Integer> r = new ReadAhead<>(c, true)) {
            e = assertThrows(UncheckedIOException.class, () -> {
                while (r.hasNext()) {
                    got.add(r.next());
                }
            });
        }
        assertEquals("disk gone at 20000", e.getCause().getMessage());
        assertEquals(20_000, got.size(), "every item before the failure is delivered");
    }

    @Test
    void closeStopsTheReadingThreadBeforeItReturns() throws InterruptedException {
        Counter c = new Counter(Integer.MAX_VALUE, -1);
        try (ReadAhead<Integer> r = new ReadAhead<>(c, true)) {
            for (int i = 0; i < ReadAhead.IN_LINE + 10_000; i++) {
                assertEquals(i, r.next());
            }
        }
        long atClose = c.calls.get();
        Thread.sleep(50);
        assertEquals(atClose, c.calls.get(), "the source is not touched after close()");
        long bound = ReadAhead.IN_LINE + 10_000 + (ReadAhead.DEPTH + 2L) * ReadAhead.BATCH;
        assertTrue(atClose <= bound, "read at most the queue's bound ahead: " + atClose + " > " + bound);
    }

    @Test
    void fileValidatorGivesTheSameReportWithAndWithoutReadAhead() throws IOException {
        int records = 30_000;
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= records; i++) {
            // every 997th insurer does not convert, every 1,009th date is no date: issues all through the file
            String insurer = i % 997 == 0 ? "13101X" : String.format(Locale.ROOT, "%06d", 130000 + i % 1000);
            String date = i % 1009 == 0 ? "20250231" : "20250401";
            sb.append("202407,").append(insurer).append(',').append(date).append(",\"メモ").append(i).append("\"\r\n");
        }
        byte[] bytes = sb.toString().getBytes(Charset.forName("windows-31j"));
        List<String> one = report(FileValidator.standard().readAhead(false), bytes);
        List<String> ahead = report(FileValidator.standard(), bytes);
        assertNotEquals(0, one.size());
        assertEquals(records / 997 + records / 1009, one.size() - 1, one.subList(0, 3).toString());
        assertEquals(one, ahead);
    }

    private static List<String> report(FileValidator v, byte[] bytes) throws IOException {
        ValidationReport.Builder b = ValidationReport.builder();
        long n = v.validate(new ByteArrayInputStream(bytes), FileContext.of("COUNTED.CSV", (FileKind) null),
                RecordLayout.of(OnePassTest.Counted.class), b);
        ValidationReport report = b.build();
        List<String> out = new ArrayList<>();
        out.add("records " + n);
        for (ValidationIssue i : report.issues()) {
            out.add(i.toText(Locale.ENGLISH));
        }
        assertEquals(report.issues().size(), out.size() - 1);
        return out;
    }
}
