package io.github.careplanspec.validation.rules;

import io.github.careplanspec.model.ServiceCode;
import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.validation.report.IssueSink;
import io.github.careplanspec.validation.report.Rule;
import io.github.careplanspec.validation.report.Rules;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * R46 (Q19): a 福祉用具貸与 line — サービスコード of サービス種類 {@code 17} 福祉用具貸与 or {@code 67} 介護予防福祉用具貸与
 * (第6表 No.15, 第7表 No.9) — carries a TAISコード (第6表 No.16 / 第7表 No.10) or a 福祉用具届出コード (No.17 / No.11).
 * An error: 「いずれかを入力」. 第7表 subtotal rows ({@code 17AAAA} …) are not lines of equipment and are skipped.
 *
 * @param <R> the record type
 */
public final class WelfareEquipmentRule<R extends Record> implements RecordRule<R> {
    private final Class<R> type;
    private final Function<R, ServiceCode> code;
    private final int tais;
    private final int notification;

    private WelfareEquipmentRule(Class<R> type, Function<R, ServiceCode> code, int tais, int notification) {
        this.type = type;
        this.code = code;
        this.tais = tais;
        this.notification = notification;
    }

    /** @return the rule on 第6表 lines (UPPLAN/UPJSK) */
    public static WelfareEquipmentRule<ServiceTicketLine> forServiceTicket() {
        return new WelfareEquipmentRule<>(ServiceTicketLine.class, ServiceTicketLine::serviceCode, 16, 17);
    }

    /** @return the rule on 第7表 lines (UPSIKYU) */
    public static WelfareEquipmentRule<ServiceTicketAnnexLine> forAnnex() {
        return new WelfareEquipmentRule<>(ServiceTicketAnnexLine.class,
                l -> l.rowKind().isSummary() ? null : l.serviceCode(), 10, 11);
    }

    /**
     * Whether a サービスコード is of a 福祉用具貸与 type (17 or 67).
     *
     * @param code the code, or {@code null}
     * @return whether it is a rental
     */
    public static boolean isRental(ServiceCode code) {
        if (code == null) {
            return false;
        }
        String t = code.serviceType().text();
        return t.equals("17") || t.equals("67");
    }

    @Override
    public List<Rule> rules() {
        return List.of(Rules.R46);
    }

    @Override
    public Class<R> recordType() {
        return type;
    }

    @Override
    public void check(RecordContext<R> record, IssueSink sink) {
        ServiceCode c = code.apply(record.value());
        if (isRental(c) && record.isEmpty(tais) && record.isEmpty(notification)) {
            sink.report(record.issue(Rules.R46, tais, Map.of("code", c.text(), "type", c.serviceType().text(),
                    "other", Integer.toString(notification))));
        }
    }

    @Override
    public String toString() {
        return "R46 on " + Objects.toString(type.getSimpleName());
    }
}
