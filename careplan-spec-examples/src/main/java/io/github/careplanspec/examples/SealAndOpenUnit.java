package io.github.careplanspec.examples;

import io.github.careplanspec.csv.envelope.Envelope;
import io.github.careplanspec.csv.envelope.NamedContent;
import io.github.careplanspec.csv.envelope.Opener;
import io.github.careplanspec.csv.envelope.PemKeys;
import io.github.careplanspec.csv.envelope.Recipient;
import io.github.careplanspec.csv.envelope.Sealer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: seal a transmission unit (all its files in one CMS envelope) for a partner's certificate, then open it
 * with the partner's key. Run: {@code java -cp careplan-spec.jar io.github.careplanspec.examples.SealAndOpenUnit
 * partner.pem partner.key UP1KYO_….CSV UP2KYO_….CSV}.
 */
public final class SealAndOpenUnit {
    private SealAndOpenUnit() {
    }

    /**
     * Seals and opens.
     *
     * @param args certificate, private key, then the unit's files
     * @throws Exception on failure or refusal
     */
    public static void main(String[] args) throws Exception {
        X509Certificate cert = PemKeys.certificate(Path.of(args[0]));
        PrivateKey key = PemKeys.privateKey(Path.of(args[1]), null);
        List<NamedContent> unit = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            Path p = Path.of(args[i]);
            unit.add(new NamedContent(p.getFileName().toString(), Files.readAllBytes(p)));
        }
        Sealer sealer = Envelope.sealer().recipient(Recipient.certificate(cert)).build();
        byte[] envelope = sealer.sealUnit(unit);
        System.out.println("sealed " + unit.size() + " files into " + envelope.length + " bytes");

        Opener opener = Envelope.opener().identity(cert, key).build();
        for (NamedContent f : opener.openUnit(envelope)) { // all files or none: tampering is refused
            System.out.println("opened " + f.fileName() + " (" + f.content().length + " bytes)");
        }
    }
}
