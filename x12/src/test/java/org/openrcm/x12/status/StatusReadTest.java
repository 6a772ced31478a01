package org.openrcm.x12.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openrcm.x12.X12Exception;
import org.openrcm.x12.X12Reader;
import org.openrcm.x12.testing.SharedData;

/** Reading real 277CA, 276 and 277 files gives the values a biller needs. */
class StatusReadTest {

    static List<Object> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<Object> out = new ArrayList<>();
            new X12Reader().read(in, (java.util.function.Consumer<Object>) out::add);
            return out;
        }
    }

    static List<Object> read(byte[] bytes) {
        List<Object> out = new ArrayList<>();
        new X12Reader().read(new ByteArrayInputStream(bytes), (java.util.function.Consumer<Object>) out::add);
        return out;
    }

    static <T> List<T> only(List<Object> records, Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void acceptedAcknowledgment() throws IOException {
        List<Object> records = read(SharedData.x12("imsweb/277_5010/x12_277CA_accepted.txt"));
        assertThat(records).hasSize(3);
        ReceiverStatus batch = (ReceiverStatus) records.get(0);
        assertThat(batch.source().lastOrOrganizationName()).isEqualTo("NYSDOH");
        assertThat(batch.sourceTrace()).isEqualTo("000014420");
        assertThat(batch.receiptDate()).isEqualTo(LocalDate.of(2011, 3, 11));
        assertThat(batch.receiver().id()).isEqualTo("ETIN");
        assertThat(batch.trace()).isEqualTo("000000674");
        assertThat(batch.statuses().getFirst().status()).isEqualTo(StatusCode.of("A1", "20"));
        assertThat(batch.acceptedQuantity()).isEqualByComparingTo("1");
        assertThat(batch.acceptedAmount()).isEqualByComparingTo("125");
        assertThat(batch.rejected()).isFalse();

        ProviderStatus provider = (ProviderStatus) records.get(1);
        assertThat(provider.trace()).isEqualTo("1107000000000135FF");
        assertThat(provider.statuses()).isEmpty();

        ClaimAcknowledgment claim = (ClaimAcknowledgment) records.get(2);
        assertThat(claim.patientControlNumber()).isEqualTo("5781");
        assertThat(claim.payerClaimControlNumber()).isEqualTo("1107000000014420");
        assertThat(claim.provider().idQualifier()).isEqualTo("XX");
        assertThat(claim.provider().id()).isEqualTo("1234567890");
        assertThat(claim.patient().displayName()).isEqualTo("TPATIENT, THEBE S");
        assertThat(claim.patient().id()).isEqualTo("LL99999X");
        assertThat(claim.totalCharge()).isEqualByComparingTo("125");
        assertThat(claim.statuses().getFirst().actionCode()).isEqualTo("WQ");
        assertThat(claim.accepted()).isTrue();
        assertThat(claim.rejected()).isFalse();
        assertThat(claim.rejections()).isEmpty();
        assertThat(claim.serviceFrom()).isEqualTo(LocalDate.of(1001, 1, 1));
    }

    @Test
    void rejectedAcknowledgmentSaysWhy() throws IOException {
        List<ClaimAcknowledgment> claims =
                only(read(SharedData.x12("imsweb/277_5010/x12_277CA_rejected.txt")), ClaimAcknowledgment.class);
        assertThat(claims).hasSize(1);
        ClaimAcknowledgment claim = claims.getFirst();
        assertThat(claim.rejected()).isTrue();
        assertThat(claim.accepted()).isFalse();
        // A7 rejected for invalid information, 562 the entity's NPI, 85 billing provider
        assertThat(claim.rejections()).containsExactly(new StatusCode("A7", "562", "85", null));
        assertThat(claim.patientControlNumber()).isEqualTo("3920394930203");
        assertThat(claim.billType()).isEqualTo("731");
        assertThat(claim.totalCharge()).isEqualByComparingTo("199.14");
        assertThat(claim.provider().id()).isEqualTo("123456789");
    }

    @Test
    void requestsOfSubscribersAndDependents() throws IOException {
        List<ClaimStatusRequest> claims = only(
                read(SharedData.x12("linuxforhealth/276_005010X212/claim-level-status.276")), ClaimStatusRequest.class);
        assertThat(claims).extracting(ClaimStatusRequest::traceNumber).containsExactly("ABCXYZ1", "ABCXYZ2", "ABCXYZ3");
        ClaimStatusRequest first = claims.getFirst();
        assertThat(first.payer().id()).isEqualTo("12345");
        assertThat(first.receiver().id()).isEqualTo("X67E");
        assertThat(first.provider().id()).isEqualTo("1666666661");
        assertThat(first.subscriber().id()).isEqualTo("123456789A");
        assertThat(first.subscriberDemographics()).isEqualTo(new Demographics(LocalDate.of(1930, 12, 10), "M"));
        assertThat(first.dependent()).isNull();
        assertThat(first.billType()).isEqualTo("111");
        assertThat(first.patientControlNumber()).isEqualTo("SM123456");
        assertThat(first.totalCharge()).isEqualByComparingTo("8513.88");
        assertThat(first.serviceFrom()).isEqualTo(LocalDate.of(2005, 8, 31));
        assertThat(first.serviceTo()).isEqualTo(LocalDate.of(2005, 9, 6));

        ClaimStatusRequest third = claims.get(2);
        assertThat(third.provider().lastOrOrganizationName()).isEqualTo("HOME HOSPITAL PHYSICANS");
        assertThat(third.subscriber().lastOrOrganizationName()).isEqualTo("MANN");
        assertThat(third.patient().firstName()).isEqualTo("JOSEPH");
        assertThat(third.dependentDemographics()).isEqualTo(new Demographics(LocalDate.of(1995, 11, 1), "M"));
        assertThat(third.lines()).hasSize(1);
        ServiceLine line = third.lines().getFirst();
        assertThat(line.procedureCode()).isEqualTo("99203");
        assertThat(line.charge()).isEqualByComparingTo("150");
        assertThat(line.units()).isEqualByComparingTo("1");
        assertThat(line.serviceFrom()).isEqualTo(LocalDate.of(2005, 5, 1));
        assertThat(line.serviceTo()).isNull();
    }

    @Test
    void responsesWithStatusesAmountsAndLines() throws IOException {
        List<ClaimStatusResponse> claims = only(
                read(SharedData.x12("linuxforhealth/277_005010X212/claim-level-status.277")),
                ClaimStatusResponse.class);
        assertThat(claims).hasSize(3);
        ClaimStatusResponse pending = claims.get(0);
        assertThat(pending.traceNumber()).isEqualTo("ABCXYZ1");
        assertThat(pending.statuses().getFirst().status()).isEqualTo(StatusCode.of("P3", "317"));
        assertThat(pending.totalCharge()).isEqualByComparingTo("8513.88");
        assertThat(pending.payerClaimControlNumber()).isEqualTo("05347006051");

        ClaimStatusResponse paid = claims.get(1);
        assertThat(paid.statuses().getFirst().status().category()).isEqualTo("F0");
        assertThat(paid.paidAmount()).isEqualByComparingTo("7599.00");

        ClaimStatusResponse denied = claims.get(2);
        assertThat(denied.dependent().firstName()).isEqualTo("JOSEPH");
        assertThat(denied.statuses().getFirst().status()).isEqualTo(new StatusCode("F2", "88", "QC", null));
        assertThat(denied.paidAmount()).isEqualByComparingTo("0");
        assertThat(denied.lines()).singleElement().satisfies(l -> {
            assertThat(l.payment()).isEqualByComparingTo("0");
            assertThat(l.statuses())
                    .singleElement()
                    .satisfies(s -> assertThat(s.status().code()).isEqualTo("88"));
        });
    }

    @Test
    void ncpdpRejectCodesKeepTheirCodeList() throws IOException {
        ClaimStatusResponse claim = only(
                        read(SharedData.x12("linuxforhealth/277_005010X212/claim-level-status-ncpdp.277")),
                        ClaimStatusResponse.class)
                .getFirst();
        assertThat(claim.statuses().getFirst().status()).isEqualTo(new StatusCode("F2", "80", null, "RX"));
        assertThat(claim.prescriptionNumber()).isEqualTo("7654321");
    }

    @Test
    void receiverAndProviderLevelStatuses() throws IOException {
        List<Object> receiver =
                read(SharedData.x12("linuxforhealth/277_005010X212/information-receiver-level-status.277"));
        assertThat(receiver).singleElement().isInstanceOfSatisfying(ReceiverStatus.class, r -> {
            assertThat(r.trace()).isEqualTo("ABC276XXX");
            assertThat(r.statuses().getFirst().status()).isEqualTo(StatusCode.of("E0", "0"));
        });

        List<Object> provider = read(SharedData.x12("linuxforhealth/277_005010X212/provider-level-status.277"));
        assertThat(provider).hasSize(2);
        assertThat(provider.get(1)).isInstanceOfSatisfying(ProviderStatus.class, p -> {
            assertThat(p.provider().id()).isEqualTo("6166666666");
            assertThat(p.statuses().getFirst().status()).isEqualTo(new StatusCode("E0", "24", "85", null));
        });
    }

    @Test
    void aCorruptAmountStopsReadingWithTheSegmentNamed() {
        String file =
                "ISA*00*          *00*          *ZZ*A              *ZZ*B              *110311*1008*^*00501*000000001*0*P*:~"
                        + "GS*HN*A*B*20110311*1008*1*X*005010X212~ST*277*0001*005010X212~BHT*0010*08*1*20110311*1008*DG~"
                        + "HL*1**20*1~NM1*PR*2*P*****PI*1~HL*2*1*21*1~NM1*41*2*R*****46*1~HL*3*2*19*1~NM1*1P*2*D*****XX*1~"
                        + "HL*4*3*22*0~NM1*IL*1*L*F****MI*1~TRN*2*T~STC*F1:1*20110311**12X~SE*14*0001~GE*1*1~IEA*1*000000001~";
        assertThatThrownBy(() -> read(file.getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(X12Exception.class)
                .hasMessageContaining("STC04 '12X'")
                .hasMessageContaining("segment 14");
    }
}
