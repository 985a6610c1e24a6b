package io.github.careplanspec.validation;

import io.github.careplanspec.csv.CsvItem;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.ValidationIssue;
import io.github.careplanspec.validation.rules.AnnexArithmeticRule;
import io.github.careplanspec.validation.rules.AnnexTotalsRule;
import io.github.careplanspec.validation.rules.CsvVersionRule;
import io.github.careplanspec.validation.rules.DetailNumberRule;
import io.github.careplanspec.validation.rules.FieldRules;
import io.github.careplanspec.validation.rules.FileContext;
import io.github.careplanspec.validation.rules.FileNameAgreementRule;
import io.github.careplanspec.validation.rules.FileRule;
import io.github.careplanspec.validation.rules.LimitSlotOrderRule;
import io.github.careplanspec.validation.rules.LivingSupportReasonRule;
import io.github.careplanspec.validation.rules.OutOfScopeNameRule;
import io.github.careplanspec.validation.rules.OutOfScopeServiceRule;
import io.github.careplanspec.validation.rules.ProratedDaysRule;
import io.github.careplanspec.validation.rules.RecordContext;
import io.github.careplanspec.validation.rules.RecordLocation;
import io.github.careplanspec.validation.rules.RecordRule;
import io.github.careplanspec.validation.rules.RentalDetailSequenceRule;
import io.github.careplanspec.validation.rules.SameOfficeRule;
import io.github.careplanspec.validation.rules.ServiceDateMonthRule;
import io.github.careplanspec.validation.rules.ServiceTimePairRule;
import io.github.careplanspec.validation.rules.SingleMonthRule;
import io.github.careplanspec.validation.rules.SummaryRowRule;
import io.github.careplanspec.validation.rules.SupplementLinkRule;
import io.github.careplanspec.validation.rules.SupportPlanContinuationRule;
import io.github.careplanspec.validation.rules.Table2OrderRule;
import io.github.careplanspec.validation.rules.UserBasicInfoConditionsRule;
import io.github.careplanspec.validation.rules.WelfareEquipmentRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The entry point of validation: field rules compiled from the catalog, record rules and file rules. Immutable,
 * thread-safe and reusable: build one per process and validate many records and files in parallel.
 *
 * <p>Records in memory: {@link #validate(Record)}. Files: {@link #startFile(FileContext, RecordLayout, IssueSink)}
 * and feed it each item as the reader yields it ({@link FileValidation#accept(CsvItem)}).
 */
public final class CarePlanValidator {
    private static final CarePlanValidator STANDARD = new CarePlanValidator(
            List.of(new LivingSupportReasonRule(), new SupplementLinkRule(), new LimitSlotOrderRule(),
                    new ServiceTimePairRule(), new ProratedDaysRule(), WelfareEquipmentRule.forServiceTicket(),
                    WelfareEquipmentRule.forAnnex(), new DetailNumberRule(), new SummaryRowRule(),
                    OutOfScopeServiceRule.forServiceTicket(), OutOfScopeServiceRule.forAnnex(),
                    OutOfScopeServiceRule.forResultDeletion(), new UserBasicInfoConditionsRule(),
                    new ServiceDateMonthRule(), new AnnexArithmeticRule()),
            List.of(new CsvVersionRule(), new SameOfficeRule(), new OutOfScopeNameRule(), new FileNameAgreementRule(),
                    new SingleMonthRule(), new AnnexTotalsRule(), new Table2OrderRule(),
                    new SupportPlanContinuationRule(), new RentalDetailSequenceRule()));

    private final List<RecordRule<?>> recordRules;
    private final List<FileRule> fileRules;
    private final ClassValue<List<RecordRule<?>>> rulesByType = new ClassValue<>() {
        @Override
        protected List<RecordRule<?>> computeValue(Class<?> type) {
            List<RecordRule<?>> l = new ArrayList<>();
            for (RecordRule<?> r : recordRules) {
                if (r.recordType() == type) {
                    l.add(r);
                }
            }
            return Collections.unmodifiableList(l);
        }
    };

    private CarePlanValidator(List<RecordRule<?>> recordRules, List<FileRule> fileRules) {
        this.recordRules = List.copyOf(recordRules);
        this.fileRules = List.copyOf(fileRules);
    }

    /** @return the validator with every rule of this library */
    public static CarePlanValidator standard() {
        return STANDARD;
    }

    /**
     * A validator with one more record rule (a vendor's own check).
     *
     * @param rule the rule
     * @return a new validator
     */
    public CarePlanValidator withRecordRule(RecordRule<?> rule) {
        List<RecordRule<?>> l = new ArrayList<>(recordRules);
        l.add(Objects.requireNonNull(rule, "rule"));
        return new CarePlanValidator(l, fileRules);
    }

    /**
     * A validator with one more file rule.
     *
     * @param rule the rule
     * @return a new validator
     */
    public CarePlanValidator withFileRule(FileRule rule) {
        List<FileRule> l = new ArrayList<>(fileRules);
        l.add(Objects.requireNonNull(rule, "rule"));
        return new CarePlanValidator(recordRules, l);
    }

    /** @return every rule this validator may report (field rules included), without duplicates */
    public Set<Rule> rules() {
        Set<Rule> s = new LinkedHashSet<>();
        for (RecordRule<?> r : recordRules) {
            s.addAll(r.rules());
        }
        for (FileRule r : fileRules) {
            s.addAll(r.rules());
        }
        return s;
    }

    /**
     * Validates a typed record before it is written: its item texts (as {@link RecordLayout#format} writes them)
     * through the field rules, then the record rules.
     *
     * @param record the record, of a type with a layout
     * @return the issues, field rules first
     */
    public List<ValidationIssue> validate(Record record) {
        List<ValidationIssue> out = new ArrayList<>(0);
        validate(record, RecordLocation.IN_MEMORY, out::add);
        return out;
    }

    /**
     * Validates a typed record.
     *
     * @param record the record
     * @param at where it is
     * @param sink receives the issues
     * @param <R> the record type
     */
    @SuppressWarnings("unchecked")
    public <R extends Record> void validate(R record, RecordLocation at, IssueSink sink) {
        RecordLayout<R> layout = RecordLayout.of((Class<R>) record.getClass());
        String[] texts = layout.format(record);
        FieldRules.of(layout.type()).check(texts, at, sink);
        runRecordRules(new RecordContext<>(at, layout, texts, record), sink);
    }

    /**
     * Validates one record given as item texts (what a reader yields); converts it to the typed record for the
     * record rules when every item converts.
     *
     * @param layout the layout
     * @param texts the item texts
     * @param at where it is
     * @param sink receives the issues
     * @param <R> the record type
     * @return the record's context, or {@code null} if the item count is wrong (R7)
     */
    public <R extends Record> RecordContext<R> validate(RecordLayout<R> layout, String[] texts, RecordLocation at,
            IssueSink sink) {
        FieldRules rules = FieldRules.of(layout.type());
        if (texts.length != layout.size()) {
            rules.check(texts, at, sink);
            return null;
        }
        // converted once: the field rules take the items that did not convert from the layout's own parse
        Parsed<R> parsed = layout.parse(Arrays.asList(texts));
        rules.check(texts, parsed.problems(), at, sink);
        RecordContext<R> ctx = new RecordContext<>(at, layout, texts, parsed.value());
        runRecordRules(ctx, sink);
        return ctx;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void runRecordRules(RecordContext<?> ctx, IssueSink sink) {
        if (ctx.value() == null) {
            return;
        }
        List<RecordRule<?>> rules = rulesByType.get(ctx.layout().type());
        for (int i = 0, n = rules.size(); i < n; i++) { // indexed: no iterator per record
            ((RecordRule) rules.get(i)).check(ctx, sink);
        }
    }

    /**
     * Starts validating a file of a kind with a layout.
     *
     * @param file the file
     * @param sink receives the issues
     * @return the file validation
     * @throws IllegalArgumentException if the file's kind is unknown or has no layout
     */
    public FileValidation startFile(FileContext file, IssueSink sink) {
        FileKind kind = file.kind();
        if (kind == null) {
            throw new IllegalArgumentException(file.file() + ": unknown kind");
        }
        return startFile(file, Catalog.layout(kind), sink);
    }

    /**
     * Starts validating a file whose records have a given layout.
     *
     * @param file the file
     * @param layout the layout of its records
     * @param sink receives the issues
     * @return the file validation, to be fed every record in order
     */
    public FileValidation startFile(FileContext file, RecordLayout<?> layout, IssueSink sink) {
        return startFile(file, layout, sink, null);
    }

    /** As above, and hands every record context, once its rules have run, to {@code records} (unit rules). */
    FileValidation startFile(FileContext file, RecordLayout<?> layout, IssueSink sink,
            Consumer<RecordContext<?>> records) {
        List<FileRule.Check> checks = new ArrayList<>(fileRules.size());
        for (FileRule r : fileRules) {
            checks.add(r.start(file, sink));
        }
        return new FileValidation(this, file, layout, checks, sink, records);
    }

    /**
     * The validation of one file in progress; used by one thread. Fed either the reader's items
     * ({@link #accept(CsvItem)}: one pass, nothing read, converted or counted again) or item texts from elsewhere
     * ({@link #accept(long, String[])}).
     */
    public static final class FileValidation {
        private final CarePlanValidator validator;
        private final FileContext file;
        private final RecordLayout<?> layout;
        private final FieldRules fieldRules;
        private final List<FileRule.Check> checks;
        private final IssueSink sink;
        private final Consumer<RecordContext<?>> recordSink;
        private long records;

        private FileValidation(CarePlanValidator validator, FileContext file, RecordLayout<?> layout,
                List<FileRule.Check> checks, IssueSink sink, Consumer<RecordContext<?>> recordSink) {
            this.validator = validator;
            this.file = file;
            this.layout = layout;
            this.fieldRules = FieldRules.of(layout.type());
            this.checks = checks;
            this.sink = sink;
            this.recordSink = recordSink;
        }

        /**
         * Validates the next record given as item texts (numbered by this validation, converted here).
         *
         * @param line the physical line where the record starts (1-based)
         * @param texts the record's item texts as read
         */
        public void accept(long line, String[] texts) {
            records++;
            RecordLocation at = new RecordLocation(file.file(), line, records);
            RecordContext<?> ctx = validator.validate(layout, texts, at, sink);
            if (ctx != null) {
                fileRules(ctx);
            }
        }

        /**
         * Validates the next item of a {@link io.github.careplanspec.csv.CsvReader} of this file's layout, as the
         * reader yielded it: its problems become issues (conversion and repertoire findings through the field
         * rules, once), the field rules check what conversion cannot say, the record and file rules see the
         * reader's converted record ({@link CsvItem#converted()}) at the reader's line and record index. Nothing is
         * read, converted or counted a second time. File-level items (a BOM, a UTF-8 file, a skipped header row)
         * only report.
         *
         * @param item the reader's item
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public void accept(CsvItem<? extends Record> item) {
            boolean feed = ReadIssues.report(item, file.file(), sink);
            if (!feed) {
                return;
            }
            records++;
            List<String> texts = item.texts();
            int size = layout.size();
            // the item's own texts, not copied (the reader's lists are unmodifiable)
            List<String> arr = texts.size() > size && ReadIssues.trailingEmptyDropped(item)
                    ? texts.subList(0, size) : texts;
            RecordLocation at = new RecordLocation(file.file(), item.line(), item.recordIndex());
            fieldRules.check(item, arr, at, sink);
            if (arr.size() != size) {
                return;
            }
            RecordContext<?> ctx = new RecordContext(at, layout, arr, item.converted());
            validator.runRecordRules(ctx, sink);
            fileRules(ctx);
        }

        private void fileRules(RecordContext<?> ctx) {
            for (int i = 0, n = checks.size(); i < n; i++) { // indexed: no iterator per record
                checks.get(i).accept(ctx, sink);
            }
            if (recordSink != null) {
                recordSink.accept(ctx);
            }
        }

        /**
         * Ends the file: file rules report what they could only know at the end.
         *
         * @return the number of records seen
         */
        public long finish() {
            for (FileRule.Check c : checks) {
                c.finish(sink);
            }
            return records;
        }
    }
}
