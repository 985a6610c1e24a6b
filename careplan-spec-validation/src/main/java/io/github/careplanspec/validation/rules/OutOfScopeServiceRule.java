package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.model.kyotaku.ServiceTicketResultDeletion;
import io.github.careplanspec.model.service.ServiceTypeInfo;
import io.github.careplanspec.model.service.ServiceTypes;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * R25 (R23, Q18): records of サービス種類 outside the linkage scope (連携対象外: 33, 36, 32, 41, 42, 51–54, 59, 81;
 * 予防 35, 37, 44, 45) are not output. Checked on the サービス種類 of 第6表 No.15 and 第7表 No.9 サービスコード (the
 * 全合計 code {@code 999999} names no type) and on DLTJSK No.6 サービス種類コード. An error. Types the registry
 * ({@link ServiceTypes}) does not list are left to the format rules: the registry may lag behind new types.
 *
 * @param <R> the record type
 */
public final class OutOfScopeServiceRule<R extends Record> implements RecordRule<R> {
    private final Class<R> type;
    private final Function<R, ServiceTypeCode> serviceType;
    private final int no;

    private OutOfScopeServiceRule(Class<R> type, Function<R, ServiceTypeCode> serviceType, int no) {
        this.type = type;
        this.serviceType = serviceType;
        this.no = no;
    }

    /** @return the rule on 第6表 No.15 */
    public static OutOfScopeServiceRule<ServiceTicketLine> forServiceTicket() {
        return new OutOfScopeServiceRule<>(ServiceTicketLine.class, l -> typeOf(l.serviceCode()), 15);
    }

    /** @return the rule on 第7表 No.9 */
    public static OutOfScopeServiceRule<ServiceTicketAnnexLine> forAnnex() {
        return new OutOfScopeServiceRule<>(ServiceTicketAnnexLine.class,
                l -> ServiceCode.TOTAL.equals(l.serviceCode()) ? null : typeOf(l.serviceCode()), 9);
    }

    /** @return the rule on DLTJSK No.6 */
    public static OutOfScopeServiceRule<ServiceTicketResultDeletion> forResultDeletion() {
        return new OutOfScopeServiceRule<>(ServiceTicketResultDeletion.class, ServiceTicketResultDeletion::serviceType,
                6);
    }

    private static ServiceTypeCode typeOf(ServiceCode c) {
        return c == null ? null : c.serviceType();
    }

    /**
     * The registry entry of a service type that is listed and outside the linkage scope (planning offices 43, 46,
     * AF are not services and are not out of scope).
     *
     * @param code the サービス種類コード, or {@code null}
     * @return the entry, if the type is a listed service outside the scope
     */
    public static Optional<ServiceTypeInfo> outOfScope(ServiceTypeCode code) {
        if (code == null) {
            return Optional.empty();
        }
        return ServiceTypes.lookup(code).filter(i -> !i.linkageTarget() && !i.isPlanningOffice());
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R25);
    }

    @Override
    public Class<R> recordType() {
        return type;
    }

    @Override
    public void check(RecordContext<R> record, IssueSink sink) {
        outOfScope(serviceType.apply(record.value())).ifPresent(i -> sink.report(record.issue(Rules.R25, no,
                Map.of("type", i.code().text(), "typeName", i.nameJa()))));
    }
}
