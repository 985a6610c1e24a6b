package io.github.careplanspec.model.name;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.careplanspec.model.catalog.FileKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * Property tests (QuickTheories): generated valid names round-trip; a name with exactly one corrupted part is refused
 * and the exception names that part.
 */
class InterfaceFileNamePropertiesTest {
    private static final String TYPE_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** A name as its textual parts; a {@code null} part is absent from the name. */
    record Parts(FileKind kind, String prefix, String month, String senderOffice, String senderType,
            String receiverOffice, String receiverType, String sequence, String branch, String extension) {
        /** Joins the present segments with '_'; an absent (null) segment is left out. */
        String assemble() {
            StringBuilder b = new StringBuilder(prefix);
            for (String s : new String[] {month, senderOffice, senderType, receiverOffice, receiverType, sequence,
                    branch}) {
                if (s != null) {
                    b.append('_').append(s);
                }
            }
            return b.append(extension).toString();
        }
    }

    static String digits(Random r, int n) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        return b.toString();
    }

    static String randomCase(Random r, String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(r.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
        }
        return b.toString();
    }

    static String type(Random r) {
        return "" + TYPE_CHARS.charAt(r.nextInt(TYPE_CHARS.length())) + TYPE_CHARS.charAt(r.nextInt(TYPE_CHARS.length()));
    }

    static String month(Random r) {
        return String.format("%04d%02d", 1 + r.nextInt(9999), 1 + r.nextInt(12));
    }

    static Parts valid(FileKind kind, long seed) {
        Random r = new Random(seed);
        boolean image = kind == FileKind.UPKIHON_IMAGE;
        String month = null;
        if (kind.hasMonthSegment()) {
            month = kind == FileKind.UPHOSOKU && r.nextInt(4) == 0 ? "000000" : month(r);
        }
        return new Parts(kind, kind.prefix(), month, digits(r, 10), type(r), digits(r, 10), type(r), digits(r, 14),
                image ? digits(r, 4) : null, "." + randomCase(r, image ? "jpg" : "csv"));
    }

    @Test
    void generatedValidNamesRoundTrip() {
        qt().forAll(Generate.enumValues(FileKind.class), Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE))
                .checkAssert((kind, seed) -> {
                    Parts p = valid(kind, seed);
                    String text = p.assemble();
                    InterfaceFileName n = InterfaceFileName.parse(text);
                    assertEquals(text, n.format());
                    assertEquals(kind, n.kind());
                    assertEquals(p.sequence(), n.sequence().text());
                    assertEquals(p.senderOffice() + "_" + p.senderType() + "_" + p.receiverOffice() + "_"
                            + p.receiverType() + "_" + p.sequence(), n.tail());
                    assertEquals(p.month() != null, n.monthSegment().isPresent());
                    assertEquals("000000".equals(p.month()), n.isPlanLinked());
                    assertEquals(p.branch() != null, n.imageBranch().isPresent());
                    // rebuilt from its values, the name is equal (and so formats the same)
                    InterfaceFileName.Builder b = InterfaceFileName.builder(kind)
                            .sender(n.senderOffice(), n.senderServiceType())
                            .receiver(n.receiverOffice(), n.receiverServiceType())
                            .sequence(n.sequence()).extension(n.extension());
                    n.monthSegment().ifPresent(b::month);
                    n.imageBranch().ifPresent(b::branch);
                    assertEquals(n, b.build());
                });
    }

    /** The parts a corruption can target for a kind. */
    static List<NamePart> targets(FileKind kind) {
        List<NamePart> l = new ArrayList<>(List.of(NamePart.values()));
        if (kind != FileKind.UPKIHON_IMAGE) {
            l.remove(NamePart.BRANCH);
        }
        return l;
    }

    /** Corrupts exactly one part of a valid name; the result must be refused naming {@code part}. */
    static Parts corrupt(Parts p, NamePart part, Random r) {
        FileKind kind = p.kind();
        boolean image = kind == FileKind.UPKIHON_IMAGE;
        switch (part) {
            case PREFIX: {
                String prefix = p.prefix();
                switch (r.nextInt(3)) {
                    case 0:
                        prefix = prefix.toLowerCase(Locale.ROOT);
                        break;
                    case 1:
                        int i = r.nextInt(prefix.length());
                        prefix = prefix.substring(0, i) + 'Q' + prefix.substring(i + 1);
                        break;
                    default:
                        prefix = prefix + "X";
                }
                return with(p, prefix, p.month(), p.senderOffice(), p.senderType(), p.receiverOffice(),
                        p.receiverType(), p.sequence(), p.branch(), p.extension());
            }
            case MONTH: {
                String m;
                if (!kind.hasMonthSegment()) {
                    m = r.nextBoolean() ? "000000" : month(r); // a segment the pattern does not have (R16, Q11)
                } else {
                    int v = r.nextInt(kind == FileKind.UPHOSOKU ? 6 : 7);
                    m = switch (v) {
                        case 0 -> null; // missing
                        case 1 -> digits(r, 5);
                        case 2 -> digits(r, 7);
                        case 3 -> digits(r, 4) + "13";
                        case 4 -> digits(r, 4) + "00";
                        case 5 -> "2019A" + r.nextInt(10);
                        default -> "000000"; // R37: only UPHOSOKU
                    };
                }
                return with(p, p.prefix(), m, p.senderOffice(), p.senderType(), p.receiverOffice(), p.receiverType(),
                        p.sequence(), p.branch(), p.extension());
            }
            case SENDER_OFFICE:
                return with(p, p.prefix(), p.month(), badDigits(p.senderOffice(), r), p.senderType(),
                        p.receiverOffice(), p.receiverType(), p.sequence(), p.branch(), p.extension());
            case RECEIVER_OFFICE:
                return with(p, p.prefix(), p.month(), p.senderOffice(), p.senderType(),
                        badDigits(p.receiverOffice(), r), p.receiverType(), p.sequence(), p.branch(), p.extension());
            case SENDER_SERVICE_TYPE:
                return with(p, p.prefix(), p.month(), p.senderOffice(), badType(r), p.receiverOffice(),
                        p.receiverType(), p.sequence(), p.branch(), p.extension());
            case RECEIVER_SERVICE_TYPE:
                return with(p, p.prefix(), p.month(), p.senderOffice(), p.senderType(), p.receiverOffice(),
                        badType(r), p.sequence(), p.branch(), p.extension());
            case SEQUENCE:
                return with(p, p.prefix(), p.month(), p.senderOffice(), p.senderType(), p.receiverOffice(),
                        p.receiverType(), badDigits(p.sequence(), r), p.branch(), p.extension());
            case BRANCH:
                return with(p, p.prefix(), p.month(), p.senderOffice(), p.senderType(), p.receiverOffice(),
                        p.receiverType(), p.sequence(), r.nextInt(5) == 0 ? null : badDigits(p.branch(), r),
                        p.extension());
            case EXTENSION: {
                List<String> bad = image ? List.of(".jpeg", ".JPEG", ".CSV", ".png", ".jp", "")
                        : List.of(".TXT", ".jpg", ".CSVX", ".CS", ".tsv", "", ".c\u017Fv");
                return with(p, p.prefix(), p.month(), p.senderOffice(), p.senderType(), p.receiverOffice(),
                        p.receiverType(), p.sequence(), p.branch(), bad.get(r.nextInt(bad.size())));
            }
            case SEGMENT_COUNT:
                switch (r.nextInt(3)) {
                    case 0: // one segment too many at the end
                        return with(p, p.prefix(), p.month(), p.senderOffice(), p.senderType(), p.receiverOffice(),
                                p.receiverType(), p.sequence() + "_" + digits(r, 4), p.branch(), p.extension());
                    case 1: // a doubled separator
                        return with(p, p.prefix(), p.month(), p.senderOffice(), p.senderType(), p.receiverOffice(),
                                p.receiverType() + "_", p.sequence(), p.branch(), p.extension());
                    default: // the sender's service type left out
                        return with(p, p.prefix(), p.month(), p.senderOffice(), null, p.receiverOffice(),
                                p.receiverType(), p.sequence(), p.branch(), p.extension());
                }
            default:
                throw new AssertionError(part);
        }
    }

    private static Parts with(Parts p, String prefix, String month, String so, String st, String ro, String rt,
            String seq, String branch, String ext) {
        return new Parts(p.kind(), prefix, month, so, st, ro, rt, seq, branch, ext);
    }

    static String badDigits(String good, Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> good.substring(1); // one digit short (e.g. the 9-digit office numbers of Q11)
            case 1 -> good + r.nextInt(10); // one digit too many (e.g. the 15-digit 連番 of Q11)
            case 2 -> good.substring(0, good.length() - 1) + "A";
            case 3 -> "\uFF10" + good.substring(1); // full-width zero
            default -> "";
        };
    }

    static String badType(Random r) {
        return switch (r.nextInt(5)) {
            case 0 -> "" + TYPE_CHARS.charAt(r.nextInt(TYPE_CHARS.length()));
            case 1 -> type(r) + TYPE_CHARS.charAt(r.nextInt(10)); // V4.0's 3-digit サービスコード (R15a)
            case 2 -> "a" + r.nextInt(10);
            case 3 -> "\uFF14\uFF13"; // full-width 43
            default -> "";
        };
    }

    @Test
    void singlePartCorruptionsAreRefusedNamingThatPart() {
        qt().forAll(Generate.enumValues(FileKind.class), Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE),
                Generate.range(0, 1000)).checkAssert((kind, seed, pick) -> {
                    List<NamePart> targets = targets(kind);
                    NamePart part = targets.get(pick % targets.size());
                    Random r = new Random(seed);
                    Parts good = valid(kind, r.nextLong());
                    String text = corrupt(good, part, r).assemble();
                    InvalidFileNameException e = assertThrows(InvalidFileNameException.class,
                            () -> InterfaceFileName.parse(text), text);
                    assertEquals(part, e.part(), () -> text + " -> " + e.getMessage());
                    assertEquals(text, e.fileName());
                    assertTrue(e.message(Locale.JAPANESE).length() > 0 && e.message(Locale.ENGLISH).length() > 0);
                });
    }
}
