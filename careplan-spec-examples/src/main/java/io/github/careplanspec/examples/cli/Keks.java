package io.github.careplanspec.examples.cli;

import io.github.careplanspec.csv.envelope.KeyEncryptionKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;

/** Reads {@code --kek NAME=FILE}: FILE holds the 32-byte AES-256 key raw, or as 64 hex digits. */
final class Keks {
    private Keks() {
    }

    static KeyEncryptionKey read(String spec) throws IOException {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new CarePlanSpecCommand.UsageException("cli.usage.kekSpec", spec);
        }
        String name = spec.substring(0, eq);
        byte[] raw = Files.readAllBytes(Path.of(spec.substring(eq + 1)));
        byte[] key = raw;
        if (raw.length != 32) {
            String text = new String(raw, StandardCharsets.US_ASCII).trim();
            try {
                key = HexFormat.of().parseHex(text);
            } catch (IllegalArgumentException e) {
                throw new CarePlanSpecCommand.UsageException("cli.usage.kekLength", name);
            }
        }
        try {
            return KeyEncryptionKey.aes256(name, key);
        } catch (IllegalArgumentException e) {
            throw new CarePlanSpecCommand.UsageException("cli.usage.kek", name, e.getMessage());
        }
    }
}
