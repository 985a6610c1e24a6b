package io.github.careplanspec.csv.unit;

import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.name.FileSequence;
import io.github.careplanspec.model.name.InterfaceFileName;
import java.util.Comparator;
import java.util.Objects;

/**
 * What the files of one transmission unit share (R21): the ファイル連番 and the sending and receiving office with
 * their service types — the name tail {@code 送信元_種類_送信先_種類_連番}. Ordered by processing order (R22):
 * ascending ファイル連番; equal 連番 of different senders or receivers (an order the spec leaves open) by sender, then
 * receiver, so the order is always the same.
 *
 * @param sequence            ファイル連番
 * @param senderOffice        送信元の事業所番号
 * @param senderServiceType   送信元のサービス種類コード
 * @param receiverOffice      送信先の事業所番号
 * @param receiverServiceType 送信先のサービス種類コード
 */
public record UnitKey(FileSequence sequence, OfficeNumber senderOffice, ServiceTypeCode senderServiceType,
        OfficeNumber receiverOffice, ServiceTypeCode receiverServiceType) implements Comparable<UnitKey> {
    private static final Comparator<UnitKey> ORDER = Comparator.comparing(UnitKey::sequence)
            .thenComparing(UnitKey::senderOffice).thenComparing(UnitKey::senderServiceType)
            .thenComparing(UnitKey::receiverOffice).thenComparing(UnitKey::receiverServiceType);

    /**
     * Checks that no part is null.
     *
     * @param sequence            ファイル連番
     * @param senderOffice        送信元の事業所番号
     * @param senderServiceType   送信元のサービス種類コード
     * @param receiverOffice      送信先の事業所番号
     * @param receiverServiceType 送信先のサービス種類コード
     */
    public UnitKey {
        Objects.requireNonNull(sequence, "sequence");
        Objects.requireNonNull(senderOffice, "senderOffice");
        Objects.requireNonNull(senderServiceType, "senderServiceType");
        Objects.requireNonNull(receiverOffice, "receiverOffice");
        Objects.requireNonNull(receiverServiceType, "receiverServiceType");
    }

    /**
     * The key of a file name.
     *
     * @param name an interface file name
     * @return the unit it belongs to
     */
    public static UnitKey of(InterfaceFileName name) {
        return new UnitKey(name.sequence(), name.senderOffice(), name.senderServiceType(), name.receiverOffice(),
                name.receiverServiceType());
    }

    /** @return whether the sender and receiver are the same as another key's (the sequence may differ) */
    boolean samePartners(UnitKey o) {
        return senderOffice.equals(o.senderOffice) && senderServiceType.equals(o.senderServiceType)
                && receiverOffice.equals(o.receiverOffice) && receiverServiceType.equals(o.receiverServiceType);
    }

    @Override
    public int compareTo(UnitKey o) {
        return ORDER.compare(this, o);
    }

    /** @return the name tail, {@code 送信元_種類_送信先_種類_連番} */
    @Override
    public String toString() {
        return senderOffice.text() + '_' + senderServiceType.text() + '_' + receiverOffice.text() + '_'
                + receiverServiceType.text() + '_' + sequence.text();
    }
}
