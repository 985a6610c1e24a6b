package io.github.careplanspec.csv.envelope;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Arbitrary content round-trips for every recipient set (QuickTheories). */
class EnvelopePropertyTest {

    private static final KeyEncryptionKey KEK = TestKeys.kek("property-kek");
    private static final char[] PASSWORD = "property パスワード".toCharArray();

    private record RecipientSet(String name, Sealer sealer, Opener opener) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static List<RecipientSet> recipientSets() {
        TestKeys.Identity rsa = TestKeys.rsa();
        TestKeys.Identity ec = TestKeys.ec256();
        TestKeys.Identity ec384 = TestKeys.ec384();
        return List.of(
                new RecipientSet("RSA", Envelope.sealer().recipient(Recipient.certificate(rsa.certificate())).build(),
                        Envelope.opener().identity(rsa.certificate(), rsa.key()).build()),
                new RecipientSet("EC-P384", Envelope.sealer().recipient(Recipient.certificate(ec384.certificate()))
                        .build(), Envelope.opener().identity(ec384.certificate(), ec384.key()).build()),
                new RecipientSet("KEK", Envelope.sealer().recipient(Recipient.kek(KEK)).build(),
                        Envelope.opener().kek(KEK).build()),
                new RecipientSet("PASSWORD", Envelope.sealer().recipient(Recipient.password(PASSWORD,
                        Recipient.MIN_PASSWORD_ITERATIONS)).build(), Envelope.opener().password(PASSWORD).build()),
                new RecipientSet("RSA+EC+KEK opened by EC", Envelope.sealer()
                        .recipient(Recipient.certificate(rsa.certificate()))
                        .recipient(Recipient.certificate(ec.certificate())).recipient(Recipient.kek(KEK)).pem(true)
                        .build(), Envelope.opener().identity(ec.certificate(), ec.key()).build()));
    }

    private static Gen<byte[]> contents() {
        // Up to a little over one 64 KiB chunk, biased towards small sizes by the integer generator's shrinking.
        return Generate.byteArrays(integers().between(0, 70_000), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE,
                (byte) 0));
    }

    @Test
    void arbitraryContentRoundTrips() {
        List<RecipientSet> sets = recipientSets();
        qt().withExamples(40).withShrinkCycles(10).forAll(Generate.pick(sets), contents()).check((set, content) -> {
            try {
                byte[] sealed = set.sealer().seal(content);
                if (!Arrays.equals(content, set.opener().open(sealed))) {
                    return false;
                }
                try (InputStream in = set.opener().openUnverifiedStream(new ByteArrayInputStream(sealed))) {
                    return Arrays.equals(content, in.readAllBytes());
                }
            } catch (Exception e) {
                throw new AssertionError(set + ": " + e, e);
            }
        });
    }

    @Test
    void arbitraryUnitsRoundTrip() {
        RecipientSet kek = recipientSets().get(2);
        Gen<String> names = strings().betweenCodePoints('A', 'Z').ofLengthBetween(1, 40).map(s -> s + ".CSV");
        Gen<List<String>> nameLists = lists().of(names).ofSizeBetween(1, 8);
        qt().withExamples(40).withShrinkCycles(10).forAll(nameLists, contents()).check((list, seed) -> {
            Set<String> seen = new HashSet<>();
            List<NamedContent> unit = new ArrayList<>();
            for (String n : list) {
                if (seen.add(n.toLowerCase(Locale.ROOT))) {
                    unit.add(new NamedContent(n, Arrays.copyOf(seed, Math.min(seed.length, n.length() * 1000))));
                }
            }
            try {
                return unit.equals(kek.opener().openUnit(kek.sealer().sealUnit(unit)));
            } catch (EnvelopeException e) {
                throw new AssertionError(e);
            }
        });
    }
}
