package io.github.careplanspec.model.kyotaku;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.github.careplanspec.model.CsvVersion;
import io.github.careplanspec.model.InsuredNumber;
import io.github.careplanspec.model.InsurerNumber;
import io.github.careplanspec.model.OfficeNumber;
import io.github.careplanspec.model.ServiceTypeCode;
import io.github.careplanspec.model.catalog.Catalog;
import io.github.careplanspec.model.catalog.FileKind;
import io.github.careplanspec.model.catalog.Parsed;
import io.github.careplanspec.model.catalog.RecordLayout;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** DLTPLAN (R32) and DLTJSK (R33). */
class ServiceTicketDeletionTest {
    @Test
    void planDeletionRoundTrips() {
        ServiceTicketPlanDeletion d = ServiceTicketPlanDeletion.of(InsurerNumber.parse("131016"),
                InsuredNumber.parse("H123456789"), YearMonth.of(2024, 11));
        RecordLayout<ServiceTicketPlanDeletion> layout = RecordLayout.of(ServiceTicketPlanDeletion.class);
        assertEquals(ServiceTicketPlanDeletion.class, Catalog.recordType(FileKind.DLTPLAN).orElseThrow());
        String[] t = layout.format(d);
        assertArrayEquals(new String[] {"202407", "131016", "H123456789", "202411"}, t);
        assertEquals(CsvVersion.V4_1, d.csvVersion());
        assertEquals(d, layout.parse(Arrays.asList(t)).value());
    }

    @Test
    void resultDeletionRoundTrips() {
        ServiceTicketResultDeletion d = ServiceTicketResultDeletion.of(InsurerNumber.parse("131016"),
                InsuredNumber.parse("0000012345"), YearMonth.of(2024, 11), OfficeNumber.parse("1310200002"),
                ServiceTypeCode.parse("11"));
        RecordLayout<ServiceTicketResultDeletion> layout = RecordLayout.of(ServiceTicketResultDeletion.class);
        assertEquals(ServiceTicketResultDeletion.class, Catalog.recordType(FileKind.DLTJSK).orElseThrow());
        String[] t = layout.format(d);
        assertArrayEquals(new String[] {"202407", "131016", "0000012345", "202411", "1310200002", "11"}, t);
        assertEquals(d, layout.parse(Arrays.asList(t)).value());
    }

    @Test
    void aBadMonthIsLocated() {
        Parsed<ServiceTicketResultDeletion> p = RecordLayout.of(ServiceTicketResultDeletion.class)
                .parse(List.of("202407", "131016", "0000012345", "202413", "1310200002", "1"));
        assertNull(p.value());
        assertEquals(2, p.problems().size());
        assertEquals("削除対象年月", p.problems().get(0).column().name());
        assertEquals("No.6 サービス種類コード", p.problems().get(1).column().label());
    }
}
