package io.github.careplanspec.model.catalog;

import io.github.careplanspec.model.kyotaku.CarePlanTable1;
import io.github.careplanspec.model.kyotaku.CarePlanTable1Deletion;
import io.github.careplanspec.model.kyotaku.CarePlanTable2Row;
import io.github.careplanspec.model.kyotaku.CarePlanTable3Entry;
import io.github.careplanspec.model.kyotaku.UserSupplement;
import io.github.careplanspec.model.kyotaku.ServiceTicketAnnexLine;
import io.github.careplanspec.model.kyotaku.ServiceTicketLine;
import io.github.careplanspec.model.kyotaku.ServiceTicketPlanDeletion;
import io.github.careplanspec.model.kyotaku.ServiceTicketResultDeletion;
import io.github.careplanspec.model.yobo.DailyScheduleEntry;
import io.github.careplanspec.model.yobo.MedicalHistoryEntry;
import io.github.careplanspec.model.yobo.PreventionPlan;
import io.github.careplanspec.model.yobo.PreventionPlanDeletion;
import io.github.careplanspec.model.yobo.PreventionPlanSupportRow;
import io.github.careplanspec.model.yobo.UserBasicInfo;
import io.github.careplanspec.model.yobo.UserBasicInfoDeletion;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spec as data: for every CSV {@link FileKind}, its {@link RecordLayout} and items. Everything that needs
 * a column's No., 日本語名称, 項目長 or 必須 flag (readers, writers, validation, documentation) asks here.
 */
public final class Catalog {
    private static final Map<FileKind, Class<? extends Record>> TYPES;

    static {
        Map<FileKind, Class<? extends Record>> m = new EnumMap<>(FileKind.class);
        m.put(FileKind.UP1KYO, CarePlanTable1.class);
        m.put(FileKind.DLT1KYO, CarePlanTable1Deletion.class);
        m.put(FileKind.UPHOSOKU, UserSupplement.class);
        m.put(FileKind.UP2KYO, CarePlanTable2Row.class);
        m.put(FileKind.UP3KYO, CarePlanTable3Entry.class);
        m.put(FileKind.UPPLAN, ServiceTicketLine.class);
        m.put(FileKind.UPJSK, ServiceTicketLine.class);
        m.put(FileKind.DLTPLAN, ServiceTicketPlanDeletion.class);
        m.put(FileKind.DLTJSK, ServiceTicketResultDeletion.class);
        m.put(FileKind.UPSIKYU, ServiceTicketAnnexLine.class);
        m.put(FileKind.UPKIHON, UserBasicInfo.class);
        m.put(FileKind.DLTKIHON, UserBasicInfoDeletion.class);
        m.put(FileKind.UPKIHON_SUB1, DailyScheduleEntry.class);
        m.put(FileKind.UPKIHON_SUB2, MedicalHistoryEntry.class);
        m.put(FileKind.UPYOBO, PreventionPlan.class);
        m.put(FileKind.DLTYOBO, PreventionPlanDeletion.class);
        m.put(FileKind.UPYOBO_SUB, PreventionPlanSupportRow.class);
        TYPES = Collections.unmodifiableMap(m);
    }

    private Catalog() {
    }

    /**
     * The record type of a CSV kind ({@code ServiceTicketLine} for both UPPLAN and UPJSK).
     *
     * @param kind the kind
     * @return the record type; empty for the JPEG image
     */
    public static Optional<Class<? extends Record>> recordType(FileKind kind) {
        return Optional.ofNullable(TYPES.get(kind));
    }

    /**
     * The layout of a CSV kind.
     *
     * @param kind the kind
     * @return the layout
     * @throws IllegalArgumentException for the JPEG image, which has no layout
     */
    public static RecordLayout<? extends Record> layout(FileKind kind) {
        Class<? extends Record> t = TYPES.get(kind);
        if (t == null) {
            throw new IllegalArgumentException(kind + " has no CSV layout");
        }
        return RecordLayout.of(t);
    }

    /**
     * The items of a CSV kind in No. order.
     *
     * @param kind the kind
     * @return the items
     * @throws IllegalArgumentException for the JPEG image
     */
    public static List<ColumnSpec> columns(FileKind kind) {
        return layout(kind).columns();
    }
}
