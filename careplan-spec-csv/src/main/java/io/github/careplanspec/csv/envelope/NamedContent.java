package io.github.careplanspec.csv.envelope;

import io.github.careplanspec.model.catalog.InvalidValueException;
import io.github.careplanspec.model.issue.IssueId;
import java.util.Arrays;
import java.util.Objects;

/**
 * One named file of a transmission unit (送信単位の 1 ファイル): a file name and its bytes. The bytes are copied in
 * and out, so an instance is immutable.
 *
 * <p>Names are checked loosely here (the interface-file-name grammar lives in the model): 1 to 255 UTF-8 bytes, no
 * path separator ({@code /}, {@code \}), no {@code :}, no control character, no leading {@code .} and no
 * {@code ..}.
 *
 * @param fileName the file name, e.g. {@code UP1KYO_1234567890_9876543210_20240401120000.CSV}
 * @param content the file's bytes
 */
public record NamedContent(String fileName, byte[] content) {

    /** Longest file name in UTF-8 bytes. */
    public static final int MAX_NAME_BYTES = 255;

    /**
     * Validates the name and copies the bytes.
     *
     * @param fileName the file name
     * @param content the bytes
     * @throws IllegalArgumentException if the name is not a plain file name
     */
    public NamedContent {
        InvalidValueException problem = nameProblem(fileName);
        if (problem != null) {
            throw problem;
        }
        content = Objects.requireNonNull(content, "content").clone();
    }

    /**
     * A copy of the bytes.
     *
     * @return the file's bytes
     */
    @Override
    public byte[] content() {
        return content.clone();
    }

    /**
     * The size of the content in bytes.
     *
     * @return the length
     */
    public int size() {
        return content.length;
    }

    static InvalidValueException nameProblem(String name) {
        if (name == null || name.isEmpty()) {
            return new InvalidValueException(IssueId.of("envelope.name.empty"));
        }
        if (name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
            return new InvalidValueException(IssueId.of("envelope.name.tooLong"), MAX_NAME_BYTES);
        }
        if (name.startsWith(".") || name.contains("..")) {
            return new InvalidValueException(IssueId.of("envelope.name.dots"), name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7f) {
                return new InvalidValueException(IssueId.of("envelope.name.chars"));
            }
        }
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamedContent other && fileName.equals(other.fileName)
                && Arrays.equals(content, other.content);
    }

    @Override
    public int hashCode() {
        return 31 * fileName.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "NamedContent[" + fileName + ", " + content.length + " bytes]";
    }
}
