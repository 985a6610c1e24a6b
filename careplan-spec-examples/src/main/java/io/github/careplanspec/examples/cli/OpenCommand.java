package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.envelope.Envelope;
import io.github.careplanspec.csv.envelope.EnvelopeException;
import io.github.careplanspec.csv.envelope.Opener;
import io.github.careplanspec.csv.envelope.PemKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code careplan-spec open}: decrypts an envelope (DER or PEM, ours or {@code openssl cms -encrypt}'s). */
@Command(name = "open", mixinStandardHelpOptions = true,
        description = {"暗号化されたファイル（DERまたはPEM）を復号します。改ざん・宛先違い・弱い暗号は拒否し、何も残しません。",
            "Opens an envelope (DER or PEM). Refuses tampered, wrongly addressed or weak envelopes and leaves nothing "
                + "behind."},
        footer = {"", "Exit codes: 0 opened, 1 envelope refused (no output file left), 2 usage or I/O.", "",
            "Example:", "  openssl cms -encrypt -aes-256-gcm -in plan.CSV -out plan.p7m -outform PEM me.pem",
            "  careplan-spec open --key me.key --cert me.pem --out plan.CSV plan.p7m"})
final class OpenCommand implements Callable<Integer> {
    @Option(names = "--key", paramLabel = "KEY.pem", description = "the private key (PEM, PKCS#8 or traditional)")
    Path key;

    @Option(names = "--cert", paramLabel = "CERT.pem", description = "the certificate of that key (PEM)")
    Path cert;

    @Option(names = "--kek", paramLabel = "NAME=FILE", description = "a named AES-256 key-encryption key")
    List<String> keks = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write (must not exist)")
    Path out;

    @Option(names = "--lang", paramLabel = "LANG", description = "ja | en: messages (default: ja)")
    Lang lang = Lang.ja;

    @Parameters(arity = "1", paramLabel = "INPUT", description = "the envelope")
    Path input;

    OpenCommand() {
    }

    @Override
    public Integer call() throws IOException {
        if ((key == null) != (cert == null)) {
            throw new CarePlanSpecCommand.UsageException("cli.usage.keyAndCert");
        }
        if (key == null && keks.isEmpty()) {
            throw new CarePlanSpecCommand.UsageException("cli.usage.openKey");
        }
        Inputs.check(List.of(input));
        if (Files.exists(out)) {
            throw new CarePlanSpecCommand.UsageException("cli.usage.exists", out);
        }
        Opener.Builder b = Envelope.opener();
        if (key != null) {
            b = b.identity(PemKeys.certificate(cert), PemKeys.privateKey(key, null));
        }
        for (String k : keks) {
            b = b.kek(Keks.read(k));
        }
        try {
            b.build().open(input, out);
            CarePlanSpecCommand.Streams.err().println(lang.text("cli.open.opened", input, out));
            return CarePlanSpecCommand.OK;
        } catch (EnvelopeException e) {
            Files.deleteIfExists(out);
            // one language, the command's (the envelope's reasons are csv's: EnvelopeException)
            CarePlanSpecCommand.Streams.err().println("careplan-spec: " + e.message(lang.locale()));
            return CarePlanSpecCommand.ERRORS;
        }
    }
}
