package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.envelope.Envelope;
import io.github.careplanspec.csv.envelope.EnvelopeException;
import io.github.careplanspec.csv.envelope.NamedContent;
import io.github.careplanspec.csv.envelope.PemKeys;
import io.github.careplanspec.csv.envelope.Recipient;
import io.github.careplanspec.csv.envelope.Sealer;
import io.github.careplanspec.model.issue.Keyed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code careplan-spec seal}: encrypts files into CMS AuthEnvelopedData (DER) that {@code openssl cms} opens. */
@Command(name = "seal", mixinStandardHelpOptions = true,
        description = {"ファイルをCMS（AES-256-GCM）で暗号化します。openssl cms -decrypt -inform DER で復号できます。",
            "Seals files into CMS AuthEnvelopedData (AES-256-GCM, DER) that openssl cms -decrypt -inform DER opens.",
            "One INPUT: sealed to --out (default INPUT.p7m). Several INPUTs with --out: one sealed transmission unit;",
            "without --out: each INPUT to INPUT.p7m."},
        footer = {"", "Exit codes: 0 sealed, 1 sealing refused, 2 usage or I/O.", "", "Example:",
            "  careplan-spec seal --recipient partner.pem --out unit.p7m UP1KYO_0899999991_43_0899999992_11_20250415120000.CSV",
            "  openssl cms -decrypt -inform DER -in unit.p7m -recip partner.pem -inkey partner.key -out UP1KYO.CSV"})
final class SealCommand implements Callable<Integer> {
    @Option(names = "--recipient", paramLabel = "CERT.pem", description = "a recipient's X.509 certificate (PEM)")
    List<Path> recipients = new ArrayList<>();

    @Option(names = "--kek", paramLabel = "NAME=FILE", description = "a named AES-256 key-encryption key")
    List<String> keks = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "the envelope to write (must not exist)")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", description = "ja | en: messages (default: ja)")
    Lang lang = Lang.ja;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "the files to seal")
    List<Path> inputs;

    SealCommand() {
    }

    @Override
    public Integer call() throws IOException {
        if (recipients.isEmpty() && keks.isEmpty()) {
            throw new CarePlanSpecCommand.UsageException("cli.usage.sealRecipient");
        }
        Inputs.check(inputs);
        Sealer.Builder b = Envelope.sealer();
        for (Path r : recipients) {
            try {
                b = b.recipient(Recipient.certificate(PemKeys.certificate(r)));
            } catch (IllegalArgumentException e) {
                CarePlanSpecCommand.Streams.err().println("careplan-spec: " + r + ": "
                        + (e instanceof Keyed k ? k.message(lang.locale()) : e.getMessage()));
                return CarePlanSpecCommand.ERRORS;
            }
        }
        for (String k : keks) {
            b = b.recipient(Recipient.kek(Keks.read(k)));
        }
        try {
            Sealer sealer = b.build();
            if (out != null && inputs.size() > 1) {
                List<NamedContent> files = new ArrayList<>();
                for (Path p : inputs) {
                    files.add(new NamedContent(String.valueOf(p.getFileName()), Files.readAllBytes(p)));
                }
                sealer.sealUnit(files, out);
                CarePlanSpecCommand.Streams.err().println(lang.text("cli.seal.sealedUnit", files.size(), out));
            } else {
                for (Path p : inputs) {
                    Path target = out != null ? out : p.resolveSibling(p.getFileName() + ".p7m");
                    sealer.seal(p, target);
                    CarePlanSpecCommand.Streams.err().println(lang.text("cli.seal.sealed", p, target));
                }
            }
            return CarePlanSpecCommand.OK;
        } catch (EnvelopeException e) {
            // one language, the command's (the envelope's reasons are csv's: EnvelopeException)
            CarePlanSpecCommand.Streams.err().println("careplan-spec: " + e.message(lang.locale()));
            return CarePlanSpecCommand.ERRORS;
        }
    }
}
