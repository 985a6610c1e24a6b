package io.github.careplanspec.examples.db;

import io.github.careplanspec.csv.receive.Party;
import io.github.careplanspec.model.catalog.FileKind;
import java.util.Comparator;
import java.util.Objects;
import java.util.Set;

/**
 * A partner pair: a planning office (居宅介護支援事業所 / 地域包括支援センター等) and a service office, whichever of them
 * sent. A plan sent by the planning office and the 実績 the service office sent back belong to one pair; {@code export}
 * writes each pair's records as its own units. Spec reading: the sender does not join the key (the spec keys a family
 * by user and date or month, R26, R27, R36), so a second sender's registration of a key replaces the first's rows.
 *
 * @param planner the planning office
 * @param provider the service office
 */
public record PartnerPair(Party planner, Party provider) implements Comparable<PartnerPair> {
    /** サービス種類 of a planning office: 43 居宅介護支援, 46 介護予防支援, AF 介護予防ケアマネジメント. */
    private static final Set<String> PLANNING = Set.of("43", "46", "AF");
    private static final Comparator<PartnerPair> ORDER = Comparator.comparing(PartnerPair::planner)
            .thenComparing(PartnerPair::provider);

    /**
     * Checks.
     *
     * @param planner the planning office
     * @param provider the service office
     */
    public PartnerPair {
        Objects.requireNonNull(planner, "planner");
        Objects.requireNonNull(provider, "provider");
    }

    /**
     * The pair of a unit that sent a record of a kind: the side whose サービス種類 is a planning type is the planning
     * office; when both or neither are, the kind's sender role decides (UPJSK: the service office sends).
     *
     * @param sender the unit's 送信元
     * @param receiver the unit's 送信先
     * @param kind the kind of the record
     * @return the pair
     */
    public static PartnerPair of(Party sender, Party receiver, FileKind kind) {
        boolean s = PLANNING.contains(sender.serviceType().text());
        boolean r = PLANNING.contains(receiver.serviceType().text());
        if (s != r) {
            return s ? new PartnerPair(sender, receiver) : new PartnerPair(receiver, sender);
        }
        return kind.sender() == FileKind.SenderRole.SERVICE_OFFICE ? new PartnerPair(receiver, sender)
                : new PartnerPair(sender, receiver);
    }

    /** @return {@code 0300000100_43_0300000005_11}: planning office, then service office, as a file name names them */
    public String folderName() {
        return planner + "_" + provider;
    }

    @Override
    public int compareTo(PartnerPair o) {
        return ORDER.compare(this, o);
    }

    @Override
    public String toString() {
        return planner + "⇄" + provider;
    }
}
