package io.github.careplanspec.model.name;

import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.FileKind;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * インタフェースファイル名 — the name of an interface file (ファイル名規約, R15–R18):
 * <pre>{PREFIX}[_{YYYYMM}]_{送信元の事業所番号(10)}_{送信元のサービス種類コード(2)}_{送信先の事業所番号(10)}_{送信先のサービス種類コード(2)}_{YYYYMMDDHHMMSS(14)}.CSV</pre>
 * with the {@code YYYYMM} segment exactly for the kinds whose {@link FileKind#hasMonthSegment()} is true (R16), and
 * for the 家族構成 image {@code UPKIHON_IMAGE_…_{YYYYMMDDHHMMSS}_{枝番(4)}.jpg}.
 *
 * <p>Parsing refuses a bad name with an {@link InvalidFileNameException} that names the wrong {@link NamePart};
 * {@link #parseOrProblem(String)} returns the problem instead. The extension is matched case-insensitively
 * ({@code .CSV}/{@code .csv}, {@code .jpg}/{@code .JPG}; R15, U9) and kept as spelt, so {@link #format()} gives back
 * the parsed text exactly; new names get {@code .CSV} or {@code .jpg}.
 *
 * <p>Spec readings: the patterns govern over contradicting examples (Q11, U10): 9-digit office numbers,
 * {@code UPKIHON_000000_…} and 15-digit 連番 are refused. Only the V4.1 form is parsed; V3.x names without
 * service-type segments (R15a) are refused with a message saying so. {@code .jpeg} is refused (the spec names
 * {@code .jpg} only).
 *
 * <p>Immutable and thread-safe.
 */
public final class InterfaceFileName {
    /** The extension of new CSV names, as the spec prints it. */
    public static final String CSV_EXTENSION = ".CSV";
    /** The extension of new 家族構成 image names, as the spec prints it. */
    public static final String IMAGE_EXTENSION = ".jpg";

    private static final List<FileKind> LONGEST_PREFIX_FIRST = Arrays.stream(FileKind.values())
            .sorted(Comparator.comparingInt((FileKind k) -> k.prefix().length()).reversed())
            .toList();
    private static final Pattern MONTH_FORM = Pattern.compile("[0-9]{6}");
    private static final Pattern OFFICE_FORM = Pattern.compile("[0-9]{10}");
    private static final Pattern TYPE_FORM = Pattern.compile("[0-9A-Z]{2}");
    private static final Pattern SEQUENCE_FORM = Pattern.compile("[0-9]{14}");
    private static final Pattern BRANCH_FORM = Pattern.compile("[0-9]{4}");
    private static final Pattern CSV_EXT = Pattern.compile("\\.[Cc][Ss][Vv]");
    private static final Pattern IMAGE_EXT = Pattern.compile("\\.[Jj][Pp][Gg]");
    private static final char OCR_LOW_LINE = '\u0332';

    private final FileKind kind;
    private final MonthSegment month;
    private final OfficeNumber senderOffice;
    private final ServiceTypeCode senderServiceType;
    private final OfficeNumber receiverOffice;
    private final ServiceTypeCode receiverServiceType;
    private final FileSequence sequence;
    private final int branch;
    private final String extension;

    private InterfaceFileName(FileKind kind, MonthSegment month, OfficeNumber senderOffice,
            ServiceTypeCode senderServiceType, OfficeNumber receiverOffice, ServiceTypeCode receiverServiceType,
            FileSequence sequence, int branch, String extension) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.senderOffice = Objects.requireNonNull(senderOffice, "senderOffice");
        this.senderServiceType = Objects.requireNonNull(senderServiceType, "senderServiceType");
        this.receiverOffice = Objects.requireNonNull(receiverOffice, "receiverOffice");
        this.receiverServiceType = Objects.requireNonNull(receiverServiceType, "receiverServiceType");
        this.sequence = Objects.requireNonNull(sequence, "sequence");
        if (kind.hasMonthSegment() && month == null) {
            throw new IllegalArgumentException(kind.prefix() + " needs a YYYYMM segment (R16)");
        }
        if (!kind.hasMonthSegment() && month != null) {
            throw new IllegalArgumentException(kind.prefix() + " has no YYYYMM segment (R16)");
        }
        if (month != null && month.isPlanLinked() && kind != FileKind.UPHOSOKU) {
            throw new IllegalArgumentException("000000 is the UPHOSOKU plan link only (R37), not for " + kind.prefix());
        }
        this.month = month;
        boolean image = kind == FileKind.UPKIHON_IMAGE;
        if (image && (branch < 0 || branch > 9999)) {
            throw new IllegalArgumentException("UPKIHON_IMAGE needs a 4-digit branch number 0000-9999, got " + branch);
        }
        if (!image && branch != -1) {
            throw new IllegalArgumentException("only UPKIHON_IMAGE carries a branch number, not " + kind.prefix());
        }
        this.branch = branch;
        Objects.requireNonNull(extension, "extension");
        if (!(image ? IMAGE_EXT : CSV_EXT).matcher(extension).matches()) {
            throw new IllegalArgumentException("extension of " + kind.prefix() + " must be "
                    + defaultExtension(kind) + " (any letter case), got '" + extension + "'");
        }
        this.extension = extension;
    }

    // ------------------------------------------------------------------ factories

    /**
     * A name for a kind without a {@code YYYYMM} segment (UP1KYO, UPKIHON, UPYOBO_SUB, …), extension {@code .CSV}.
     *
     * @param kind                a CSV kind without month segment
     * @param senderOffice        送信元の事業所番号
     * @param senderServiceType   送信元のサービス種類コード
     * @param receiverOffice      送信先の事業所番号
     * @param receiverServiceType 送信先のサービス種類コード
     * @param sequence            ファイル連番
     * @return the name
     * @throws IllegalArgumentException if the kind needs a month segment or is the image
     */
    public static InterfaceFileName of(FileKind kind, OfficeNumber senderOffice, ServiceTypeCode senderServiceType,
            OfficeNumber receiverOffice, ServiceTypeCode receiverServiceType, FileSequence sequence) {
        return new InterfaceFileName(kind, null, senderOffice, senderServiceType, receiverOffice,
                receiverServiceType, sequence, -1, defaultExtension(kind));
    }

    /**
     * A name for a kind with a {@code YYYYMM} segment (UPPLAN, UPJSK, DLTPLAN, DLTJSK, UPSIKYU, UPHOSOKU linked to a
     * service month), extension {@code .CSV}.
     *
     * @param kind                a kind with month segment
     * @param month               対象年月 / 提供年月
     * @param senderOffice        送信元の事業所番号
     * @param senderServiceType   送信元のサービス種類コード
     * @param receiverOffice      送信先の事業所番号
     * @param receiverServiceType 送信先のサービス種類コード
     * @param sequence            ファイル連番
     * @return the name
     * @throws IllegalArgumentException if the kind has no month segment
     */
    public static InterfaceFileName of(FileKind kind, YearMonth month, OfficeNumber senderOffice,
            ServiceTypeCode senderServiceType, OfficeNumber receiverOffice, ServiceTypeCode receiverServiceType,
            FileSequence sequence) {
        return of(kind, MonthSegment.of(month), senderOffice, senderServiceType, receiverOffice, receiverServiceType,
                sequence);
    }

    /**
     * A name for a kind with a {@code YYYYMM} segment given as a segment, e.g. {@link MonthSegment#PLAN_LINKED} for
     * the UPHOSOKU of a plan unit (R37); extension {@code .CSV}.
     *
     * @param kind                a kind with month segment
     * @param month               the segment
     * @param senderOffice        送信元の事業所番号
     * @param senderServiceType   送信元のサービス種類コード
     * @param receiverOffice      送信先の事業所番号
     * @param receiverServiceType 送信先のサービス種類コード
     * @param sequence            ファイル連番
     * @return the name
     * @throws IllegalArgumentException if the kind has no month segment, or {@code 000000} is given for a kind other
     *                                  than UPHOSOKU
     */
    public static InterfaceFileName of(FileKind kind, MonthSegment month, OfficeNumber senderOffice,
            ServiceTypeCode senderServiceType, OfficeNumber receiverOffice, ServiceTypeCode receiverServiceType,
            FileSequence sequence) {
        Objects.requireNonNull(month, "month");
        return new InterfaceFileName(kind, month, senderOffice, senderServiceType, receiverOffice,
                receiverServiceType, sequence, -1, defaultExtension(kind));
    }

    /**
     * A 家族構成 image name ({@code UPKIHON_IMAGE_…_{枝番}.jpg}).
     *
     * @param senderOffice        送信元の事業所番号
     * @param senderServiceType   送信元のサービス種類コード
     * @param receiverOffice      送信先の事業所番号
     * @param receiverServiceType 送信先のサービス種類コード
     * @param sequence            ファイル連番 (that of the linked UPKIHON file)
     * @param branch              枝番, 0–9999 (written with 4 digits)
     * @return the name
     * @throws IllegalArgumentException if the branch is outside 0–9999
     */
    public static InterfaceFileName image(OfficeNumber senderOffice, ServiceTypeCode senderServiceType,
            OfficeNumber receiverOffice, ServiceTypeCode receiverServiceType, FileSequence sequence, int branch) {
        return new InterfaceFileName(FileKind.UPKIHON_IMAGE, null, senderOffice, senderServiceType, receiverOffice,
                receiverServiceType, sequence, branch, IMAGE_EXTENSION);
    }

    /**
     * Starts a builder.
     *
     * @param kind the file kind
     * @return a builder for a name of that kind
     */
    public static Builder builder(FileKind kind) {
        return new Builder(kind);
    }

    // ------------------------------------------------------------------ unit mates

    /**
     * The name of another file of the same transmission unit (送信単位, R21): same sender, receiver and ファイル連番
     * (the tail the files of one unit share). The month segment follows the target kind: kept when both kinds carry
     * one; {@code 000000} when the target is UPHOSOKU and this kind has none (plan unit, R37); dropped when the target
     * has none. Between CSV kinds the extension spelling is kept; otherwise the target's default is used.
     * Whether the two kinds may form one unit (R21) is not checked here; that is the transmission unit's concern.
     *
     * @param target the kind of the other file (not UPKIHON_IMAGE: use {@link #imageMate(int)})
     * @return the other file's name
     * @throws IllegalArgumentException if the target needs a service month this name does not have, or is the image
     */
    public InterfaceFileName unitMate(FileKind target) {
        Objects.requireNonNull(target, "target");
        if (target == FileKind.UPKIHON_IMAGE) {
            throw new IllegalArgumentException("an image name needs a branch number: use imageMate(branch)");
        }
        MonthSegment m = null;
        if (target.hasMonthSegment()) {
            if (month != null && (!month.isPlanLinked() || target == FileKind.UPHOSOKU)) {
                m = month;
            } else if (month == null && target == FileKind.UPHOSOKU) {
                m = MonthSegment.PLAN_LINKED;
            } else {
                throw new IllegalArgumentException(target.prefix() + " needs a service month (R16); "
                        + format() + " has none");
            }
        }
        String ext = kind.isCsv() ? extension : defaultExtension(target);
        return new InterfaceFileName(target, m, senderOffice, senderServiceType, receiverOffice, receiverServiceType,
                sequence, -1, ext);
    }

    /**
     * The name of a 家族構成 image that belongs with this file (normally a UPKIHON): same tail plus a 枝番.
     *
     * @param branch 枝番, 0–9999
     * @return the image name, extension {@code .jpg}
     * @throws IllegalArgumentException if the branch is outside 0–9999
     */
    public InterfaceFileName imageMate(int branch) {
        return image(senderOffice, senderServiceType, receiverOffice, receiverServiceType, sequence, branch);
    }

    /**
     * Whether another name has the same tail (送信元・送信先・ファイル連番), i.e. belongs to the same transmission unit.
     *
     * @param other the other name
     * @return whether sender, receiver and sequence are equal
     */
    public boolean sharesTailWith(InterfaceFileName other) {
        return tail().equals(other.tail());
    }

    /**
     * This name with another extension spelling (for example {@code .csv}).
     *
     * @param newExtension the extension with its dot; {@code .CSV} in any case for CSV kinds, {@code .jpg} for the image
     * @return the name with that extension
     * @throws IllegalArgumentException if the extension does not fit the kind
     */
    public InterfaceFileName withExtension(String newExtension) {
        return new InterfaceFileName(kind, month, senderOffice, senderServiceType, receiverOffice, receiverServiceType,
                sequence, branch, newExtension);
    }

    // ------------------------------------------------------------------ accessors

    /** @return the file kind (ファイル種別) */
    public FileKind kind() {
        return kind;
    }

    /** @return the {@code YYYYMM} segment, present exactly when {@link FileKind#hasMonthSegment()} (R16) */
    public Optional<MonthSegment> monthSegment() {
        return Optional.ofNullable(month);
    }

    /** @return the 対象年月 / 提供年月; empty without a month segment and for UPHOSOKU {@code 000000} (R37) */
    public Optional<YearMonth> month() {
        return month == null ? Optional.empty() : month.month();
    }

    /** @return whether this is a UPHOSOKU linked to 第1表・第2表 (month segment {@code 000000}, R37) */
    public boolean isPlanLinked() {
        return month != null && month.isPlanLinked();
    }

    /** @return 送信元の事業所番号 */
    public OfficeNumber senderOffice() {
        return senderOffice;
    }

    /** @return 送信元のサービス種類コード */
    public ServiceTypeCode senderServiceType() {
        return senderServiceType;
    }

    /** @return 送信先の事業所番号 */
    public OfficeNumber receiverOffice() {
        return receiverOffice;
    }

    /** @return 送信先のサービス種類コード */
    public ServiceTypeCode receiverServiceType() {
        return receiverServiceType;
    }

    /** @return ファイル連番 (R17) */
    public FileSequence sequence() {
        return sequence;
    }

    /** @return the 枝番 of a 家族構成 image; empty for every other kind */
    public OptionalInt imageBranch() {
        return branch < 0 ? OptionalInt.empty() : OptionalInt.of(branch);
    }

    /** @return the extension with its dot, spelt as parsed or given ({@code .CSV}, {@code .csv}, {@code .JPG}, …) */
    public String extension() {
        return extension;
    }

    /**
     * The part shared by the files of one transmission unit:
     * {@code 送信元の事業所番号_サービス種類_送信先の事業所番号_サービス種類_ファイル連番}.
     *
     * @return the tail, without prefix, month, branch or extension
     */
    public String tail() {
        return senderOffice.text() + '_' + senderServiceType.text() + '_' + receiverOffice.text() + '_'
                + receiverServiceType.text() + '_' + sequence.text();
    }

    /** @return the file name, e.g. {@code UPJSK_201912_0300000005_11_0300000100_43_20191025200201.CSV} */
    public String format() {
        StringBuilder b = new StringBuilder(64).append(kind.prefix()).append('_');
        if (month != null) {
            b.append(month.text()).append('_');
        }
        b.append(tail());
        if (branch >= 0) {
            b.append('_').append(String.format("%04d", branch));
        }
        return b.append(extension).toString();
    }

    @Override
    public String toString() {
        return format();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InterfaceFileName n && kind == n.kind && Objects.equals(month, n.month)
                && senderOffice.equals(n.senderOffice) && senderServiceType.equals(n.senderServiceType)
                && receiverOffice.equals(n.receiverOffice) && receiverServiceType.equals(n.receiverServiceType)
                && sequence.equals(n.sequence) && branch == n.branch && extension.equals(n.extension);
    }

    @Override
    public int hashCode() {
        return format().hashCode();
    }

    private static String defaultExtension(FileKind kind) {
        return kind.isCsv() ? CSV_EXTENSION : IMAGE_EXTENSION;
    }

    // ------------------------------------------------------------------ parsing

    /**
     * Parses a file name (the name only, without directories).
     *
     * @param fileName e.g. {@code UPPLAN_201912_0300000100_43_0300000005_11_20191025200201.CSV}
     * @return the name
     * @throws InvalidFileNameException if the text is not a V4.1 interface file name; its {@code part()} names the
     *                                  wrong part
     */
    public static InterfaceFileName parse(String fileName) {
        return parseOrProblem(fileName).orElseThrow();
    }

    /**
     * Parses a file name without throwing for a bad name.
     *
     * @param fileName the name only, without directories
     * @return the parsed name, or the problem naming the wrong part
     */
    public static FileNameResult parseOrProblem(String fileName) {
        Objects.requireNonNull(fileName, "fileName");
        return new Parser(fileName).run();
    }

    /** One parse; collects the first problem in reading order. */
    private static final class Parser {
        private final String text;

        Parser(String text) {
            this.text = text;
        }

        FileNameResult run() {
            int lowLine = text.indexOf(OCR_LOW_LINE);
            if (lowLine >= 0) {
                return fail(NamePart.SEGMENT_COUNT, FileNameCode.LOW_LINE_SEPARATOR);
            }
            FileKind kind = null;
            for (FileKind k : LONGEST_PREFIX_FIRST) {
                if (text.startsWith(k.prefix())
                        && (text.length() == k.prefix().length() || "_.".indexOf(text.charAt(k.prefix().length())) >= 0)) {
                    kind = k;
                    break;
                }
            }
            if (kind == null) {
                String shown = leadingLetters(text);
                return fail(NamePart.PREFIX, FileNameCode.NO_PREFIX, shown);
            }
            String rest = text.substring(kind.prefix().length());
            int dot = rest.lastIndexOf('.');
            if (dot < 0) {
                return fail(NamePart.EXTENSION, FileNameCode.NO_EXTENSION, defaultExtension(kind));
            }
            String ext = rest.substring(dot);
            String body = rest.substring(0, dot);
            if (body.isEmpty()) {
                return countProblem(kind, 0);
            }
            // body starts with '_' (guaranteed by the prefix match and dot being after it)
            String[] tokens = body.substring(1).split("_", -1);
            boolean image = kind == FileKind.UPKIHON_IMAGE;
            int expected = 5 + (kind.hasMonthSegment() ? 1 : 0) + (image ? 1 : 0);
            if (tokens.length != expected) {
                return wrongCount(kind, tokens, expected);
            }
            int i = 0;
            MonthSegment month = null;
            if (kind.hasMonthSegment()) {
                String m = tokens[i++];
                if (!MONTH_FORM.matcher(m).matches()) {
                    return fail(NamePart.MONTH, FileNameCode.MONTH_FORM, kind.prefix(), m, m.length());
                }
                try {
                    month = MonthSegment.parse(m);
                } catch (IllegalArgumentException e) {
                    return fail(NamePart.MONTH, FileNameCode.MONTH_INVALID, m);
                }
                if (month.isPlanLinked() && kind != FileKind.UPHOSOKU) {
                    return fail(NamePart.MONTH, FileNameCode.MONTH_PLAN_LINKED, kind.prefix());
                }
            }
            String so = tokens[i++];
            if (!OFFICE_FORM.matcher(so).matches()) {
                return fail(NamePart.SENDER_OFFICE, FileNameCode.SENDER_OFFICE_FORM, so, so.length());
            }
            String st = tokens[i++];
            if (!TYPE_FORM.matcher(st).matches()) {
                return fail(NamePart.SENDER_SERVICE_TYPE, FileNameCode.SENDER_SERVICE_TYPE_FORM, st, st.length());
            }
            String ro = tokens[i++];
            if (!OFFICE_FORM.matcher(ro).matches()) {
                return fail(NamePart.RECEIVER_OFFICE, FileNameCode.RECEIVER_OFFICE_FORM, ro, ro.length());
            }
            String rt = tokens[i++];
            if (!TYPE_FORM.matcher(rt).matches()) {
                return fail(NamePart.RECEIVER_SERVICE_TYPE, FileNameCode.RECEIVER_SERVICE_TYPE_FORM, rt,
                        rt.length());
            }
            String seq = tokens[i++];
            if (!SEQUENCE_FORM.matcher(seq).matches()) {
                return fail(NamePart.SEQUENCE, FileNameCode.SEQUENCE_FORM, seq, seq.length());
            }
            int branch = -1;
            if (image) {
                String br = tokens[i];
                if (!BRANCH_FORM.matcher(br).matches()) {
                    return fail(NamePart.BRANCH, FileNameCode.BRANCH_FORM, br, br.length());
                }
                branch = Integer.parseInt(br);
            }
            if (!(image ? IMAGE_EXT : CSV_EXT).matcher(ext).matches()) {
                return fail(NamePart.EXTENSION, image ? FileNameCode.IMAGE_EXTENSION : FileNameCode.CSV_EXTENSION,
                        kind.prefix(), ext);
            }
            return FileNameResult.ok(new InterfaceFileName(kind, month, new OfficeNumber(so), new ServiceTypeCode(st),
                    new OfficeNumber(ro), new ServiceTypeCode(rt), new FileSequence(seq), branch, ext));
        }

        private FileNameResult wrongCount(FileKind kind, String[] tokens, int expected) {
            int found = tokens.length;
            String first = tokens[0];
            if (found > expected && !first.isEmpty() && !Character.isDigit(first.charAt(0))) {
                String shown = kind.prefix() + "_" + first;
                return fail(NamePart.PREFIX, FileNameCode.UNKNOWN_PREFIX, shown);
            }
            if (!kind.hasMonthSegment() && found == expected + 1 && MONTH_FORM.matcher(first).matches()) {
                return fail(NamePart.MONTH, FileNameCode.MONTH_UNEXPECTED, kind.prefix(), first);
            }
            if (kind.hasMonthSegment() && found == expected - 1 && !MONTH_FORM.matcher(first).matches()) {
                return fail(NamePart.MONTH, FileNameCode.MONTH_MISSING, kind.prefix());
            }
            if (kind == FileKind.UPKIHON_IMAGE && found == expected - 1
                    && SEQUENCE_FORM.matcher(tokens[found - 1]).matches()) {
                return fail(NamePart.BRANCH, FileNameCode.BRANCH_MISSING);
            }
            if (found == expected - 2 && found >= 3 && OFFICE_FORM.matcher(tokens[found - 3]).matches()
                    && OFFICE_FORM.matcher(tokens[found - 2]).matches()) {
                return fail(NamePart.SEGMENT_COUNT, FileNameCode.V3_NAME);
            }
            return countProblem(kind, found);
        }

        private FileNameResult countProblem(FileKind kind, int found) {
            int expected = 5 + (kind.hasMonthSegment() ? 1 : 0) + (kind == FileKind.UPKIHON_IMAGE ? 1 : 0);
            return fail(NamePart.SEGMENT_COUNT, FileNameCode.SEGMENT_COUNT, kind.prefix(), expected, found);
        }

        private FileNameResult fail(NamePart part, FileNameCode id, Object... params) {
            return FileNameResult.refused(new FileNameProblem(text, part, id, List.of(params)));
        }

        private static String leadingLetters(String s) {
            int end = 0;
            while (end < s.length() && !Character.isDigit(s.charAt(end)) && s.charAt(end) != '.') {
                end++;
            }
            String shown = s.substring(0, end);
            while (shown.endsWith("_")) {
                shown = shown.substring(0, shown.length() - 1);
            }
            return shown.isEmpty() ? s : shown;
        }
    }

    // ------------------------------------------------------------------ builder

    /** Builds a name step by step; not thread-safe. */
    public static final class Builder {
        private final FileKind kind;
        private MonthSegment month;
        private OfficeNumber senderOffice;
        private ServiceTypeCode senderServiceType;
        private OfficeNumber receiverOffice;
        private ServiceTypeCode receiverServiceType;
        private FileSequence sequence;
        private int branch = -1;
        private String extension;

        private Builder(FileKind kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
        }

        /**
         * Sets the 対象年月 / 提供年月.
         *
         * @param value the month
         * @return this builder
         */
        public Builder month(YearMonth value) {
            this.month = MonthSegment.of(value);
            return this;
        }

        /**
         * Sets the month segment.
         *
         * @param value the segment, e.g. {@link MonthSegment#PLAN_LINKED}
         * @return this builder
         */
        public Builder month(MonthSegment value) {
            this.month = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the month segment to {@code 000000}: a UPHOSOKU linked to 第1表・第2表 (R37).
         *
         * @return this builder
         */
        public Builder planLinked() {
            return month(MonthSegment.PLAN_LINKED);
        }

        /**
         * Sets the sender (送信元).
         *
         * @param office      送信元の事業所番号
         * @param serviceType 送信元のサービス種類コード
         * @return this builder
         */
        public Builder sender(OfficeNumber office, ServiceTypeCode serviceType) {
            this.senderOffice = Objects.requireNonNull(office, "office");
            this.senderServiceType = Objects.requireNonNull(serviceType, "serviceType");
            return this;
        }

        /**
         * Sets the receiver (送信先).
         *
         * @param office      送信先の事業所番号
         * @param serviceType 送信先のサービス種類コード
         * @return this builder
         */
        public Builder receiver(OfficeNumber office, ServiceTypeCode serviceType) {
            this.receiverOffice = Objects.requireNonNull(office, "office");
            this.receiverServiceType = Objects.requireNonNull(serviceType, "serviceType");
            return this;
        }

        /**
         * Sets the ファイル連番.
         *
         * @param value the sequence
         * @return this builder
         */
        public Builder sequence(FileSequence value) {
            this.sequence = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the 枝番 of a 家族構成 image.
         *
         * @param value 0–9999
         * @return this builder
         */
        public Builder branch(int value) {
            this.branch = value;
            return this;
        }

        /**
         * Sets the extension spelling (default {@code .CSV}, or {@code .jpg} for the image).
         *
         * @param value the extension with its dot
         * @return this builder
         */
        public Builder extension(String value) {
            this.extension = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Builds the name.
         *
         * @return the name
         * @throws IllegalStateException    if sender, receiver or sequence is missing
         * @throws IllegalArgumentException if the month, branch or extension does not fit the kind
         */
        public InterfaceFileName build() {
            if (senderOffice == null || receiverOffice == null || sequence == null) {
                throw new IllegalStateException("sender, receiver and sequence are required for " + kind.prefix()
                        + " (R15)");
            }
            return new InterfaceFileName(kind, month, senderOffice, senderServiceType, receiverOffice,
                    receiverServiceType, sequence, branch,
                    extension != null ? extension : defaultExtension(kind));
        }
    }
}
