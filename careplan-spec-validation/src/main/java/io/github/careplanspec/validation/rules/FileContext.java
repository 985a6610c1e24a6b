package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.name.InterfaceFileName;
import java.util.Objects;

/**
 * What a file rule knows of a file before reading it: its name and what the name says (R15–R18). Name parts that
 * are unknown (a name that does not follow the pattern) are {@code null}.
 *
 * @param file the file name as reported (an entry of a ZIP as {@code archive.zip!/NAME.CSV})
 * @param kind the kind, or {@code null}
 * @param month the name's YYYYMM segment, or {@code null} (R16)
 * @param senderOffice the sending office's 事業所番号, or {@code null}
 * @param senderServiceType the sending office's サービス種類コード, or {@code null}
 * @param receiverOffice the receiving office's 事業所番号, or {@code null}
 * @param receiverServiceType the receiving office's サービス種類コード, or {@code null}
 * @param sequence the 14-digit ファイル連番, or {@code null} (R17)
 */
public record FileContext(String file, FileKind kind, String month, String senderOffice, String senderServiceType,
        String receiverOffice, String receiverServiceType, String sequence) {
    /**
     * Checks.
     *
     * @param file the file name
     * @param kind the kind
     * @param month the month segment
     * @param senderOffice the sender office
     * @param senderServiceType the sender service type
     * @param receiverOffice the receiver office
     * @param receiverServiceType the receiver service type
     * @param sequence the sequence
     */
    public FileContext {
        Objects.requireNonNull(file, "file");
    }

    /**
     * A file known by name and kind only.
     *
     * @param file the file name
     * @param kind the kind, or {@code null}
     * @return the context
     */
    public static FileContext of(String file, FileKind kind) {
        return new FileContext(file, kind, null, null, null, null, null, null);
    }

    /**
     * A file whose name follows the spec's pattern (R15).
     *
     * @param file the file name as reported (an entry of a ZIP as {@code archive.zip!/NAME.CSV})
     * @param name the parsed name
     * @return the context
     */
    public static FileContext of(String file, InterfaceFileName name) {
        return new FileContext(file, name.kind(), name.monthSegment().map(m -> m.text()).orElse(null),
                name.senderOffice().text(), name.senderServiceType().text(), name.receiverOffice().text(),
                name.receiverServiceType().text(), name.sequence().text());
    }
}
