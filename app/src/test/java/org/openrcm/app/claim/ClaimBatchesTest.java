package org.openrcm.app.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openrcm.app.claim.batch.BatchWriter;
import org.openrcm.app.kernel.ClaimId;
import org.openrcm.app.kernel.CoverageId;
import org.openrcm.app.kernel.PatientId;
import org.openrcm.app.kernel.PracticeId;
import org.openrcm.app.kernel.Refused;
import org.openrcm.app.patient.NewCoverage;
import org.openrcm.app.patient.NewPatient;
import org.openrcm.app.patient.Relationship;
import org.openrcm.app.patient.Sex;
import org.openrcm.app.practice.Address;
import org.springframework.beans.factory.annotation.Autowired;

/** Batches from the database: READY claims to stored 837P files with the sender's next control numbers. */
class ClaimBatchesTest extends ClaimApplicationTest {

    @Autowired
    ClaimBatches batches;

    /** A sender of its own per test, so its control numbers start at 1 whatever other tests batched. */
    static BatchWriter.Submitter newSender() {
        String id = "T"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
        return new BatchWriter.Submitter(id, "OAK FAMILY PRACTICE", "BILLING OFFICE", "217-555-0100");
    }

    List<ClaimId> readyClaims(String practice, int count) {
        ClaimContent content = contentFor(practice);
        return asSystem(() -> IntStream.range(0, count)
                .mapToObj(i -> {
                    ClaimId id = claims.createDraft(content);
                    claims.markReady(id);
                    return id;
                })
                .toList());
    }

    PracticeId practice(String code) {
        return asSystem(() -> practices.practiceByCode(code).orElseThrow().id());
    }

    String batchOf(ClaimId id) {
        return jdbc.sql(
                        "select status || ' ' || coalesce(cast(batch_id as varchar(36)), '-') from claim where id = :id")
                .param("id", id.value())
                .query(String.class)
                .single();
    }

    @Test
    void readyClaimsBecomeStoredFilesWithConsecutiveNumbersAndReadBackAsWritten() throws Exception {
        List<ClaimId> mine = readyClaims("OAK", 3);
        BatchWriter.Submitter sender = newSender();

        BatchRun run = asSystem(() -> batches.batchReady(practice("OAK"), sender));

        assertThat(run.files()).isNotEmpty();
        assertThat(run.files())
                .extracting(StoredBatchFile::interchangeControlNumber)
                .as("one counter for the sender, from 1, one number per file")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, run.files().size())
                        .mapToObj(n -> String.format("%09d", n))
                        .toList());
        for (StoredBatchFile f : run.files()) {
            assertThat(f.groupControlNumber()).isEqualTo(Long.toString(Long.parseLong(f.interchangeControlNumber())));
            assertThat(f.senderId()).isEqualTo(sender.id());
            assertThat(f.createdBy()).isEqualTo("system:test");
            byte[] content = asSystem(() -> batches.content(f.id())).orElseThrow();
            assertThat(HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(content)))
                    .isEqualTo(f.sha256());
            assertThat(new String(content, StandardCharsets.ISO_8859_1))
                    .startsWith("ISA*00*")
                    .contains("*" + f.interchangeControlNumber() + "*0*T*:~");
            List<org.openrcm.x12.claim.Claim> read =
                    org.openrcm.x12.claim.Claims.read(new ByteArrayInputStream(content));
            assertThat(read).hasSize(f.claimCount());
            assertThat(read.stream()
                            .map(org.openrcm.x12.claim.Claim::totalCharge)
                            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))
                    .isEqualByComparingTo(f.totalCharge());
        }
        // my three claims went out together (same payer) in one file, and are BATCHED with that file's id
        StoredBatchFile mineFile = run.files().stream()
                .filter(f -> batchOf(mine.getFirst()).endsWith(f.id().toString()))
                .findFirst()
                .orElseThrow();
        assertThat(mine).allSatisfy(id -> assertThat(batchOf(id)).isEqualTo("BATCHED " + mineFile.id()));
        byte[] content = asSystem(() -> batches.content(mineFile.id())).orElseThrow();
        List<String> claimNumbers = org.openrcm.x12.claim.Claims.read(new ByteArrayInputStream(content)).stream()
                .map(org.openrcm.x12.claim.Claim::claimId)
                .toList();
        assertThat(claimNumbers)
                .containsAll(mine.stream().map(ClaimId::toString).toList());
        org.openrcm.x12.claim.Claim first =
                org.openrcm.x12.claim.Claims.read(new ByteArrayInputStream(content)).stream()
                        .filter(c -> c.claimId().equals(mine.getFirst().toString()))
                        .findFirst()
                        .orElseThrow();
        assertThat(first.totalCharge()).isEqualByComparingTo("377.34");
        assertThat(first.lines()).extracting(l -> l.procedureCode()).containsExactly("99214", "20610");

        assertThat(asSystem(() -> batches.files(practice("OAK"))))
                .extracting(StoredBatchFile::id)
                .containsAll(run.files().stream().map(StoredBatchFile::id).toList());
        assertThat(asSystem(() -> claims.inStatus(practice("OAK"), ClaimStatus.READY)))
                .extracting(ClaimSummary::id)
                .doesNotContainAnyElementsOf(mine);
    }

    @Test
    void aSecondRunTakesTheNextNumbersAndAnEmptyRunUsesNone() {
        BatchWriter.Submitter sender = newSender();
        readyClaims("OAK", 1);
        BatchRun first = asSystem(() -> batches.batchReady(practice("OAK"), sender));
        assertThat(asSystem(() -> batches.batchReady(practice("OAK"), sender)).files())
                .as("nothing READY: no file, no number")
                .isEmpty();
        readyClaims("OAK", 2);
        BatchRun second = asSystem(() -> batches.batchReady(practice("OAK"), sender));

        long last = Long.parseLong(first.files().getLast().interchangeControlNumber());
        assertThat(second.files())
                .extracting(f -> Long.parseLong(f.interchangeControlNumber()))
                .first()
                .isEqualTo(last + 1);
    }

    @Test
    void batchesRunningAtOnceNeverShareAControlNumber() throws Exception {
        BatchWriter.Submitter sender = newSender();
        readyClaims("OAK", 4);
        readyClaims("RIV", 4);
        List<Callable<Object>> work = new ArrayList<>();
        for (String code : List.of("OAK", "RIV", "OAK", "RIV")) {
            PracticeId practice = practice(code);
            work.add(() -> {
                try {
                    return asSystem(() -> batches.batchReady(practice, sender));
                } catch (Refused r) {
                    return r; // the same practice batched at once: the later one finds its claims taken
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Object>> results;
        try {
            results = pool.invokeAll(work);
        } finally {
            pool.shutdown();
        }
        List<String> numbers = new ArrayList<>();
        for (Future<Object> f : results) {
            if (f.get() instanceof BatchRun run) {
                run.files().forEach(file -> numbers.add(file.interchangeControlNumber()));
            }
        }
        List<String> stored = jdbc.sql("select isa13 from claim_batch_file where sender_id = :sender order by isa13")
                .param("sender", sender.id())
                .query(String.class)
                .list();
        assertThat(numbers).doesNotHaveDuplicates().hasSameElementsAs(stored);
        assertThat(stored)
                .as("both practices batched, numbers consecutive: a refused batch gave its numbers back")
                .hasSizeGreaterThanOrEqualTo(2)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, stored.size())
                        .mapToObj(n -> String.format("%09d", n))
                        .toList());
        assertThat(Set.copyOf(jdbc.sql("select cast(practice_id as varchar(36)) from claim_batch_file"
                                + " where sender_id = :sender")
                        .param("sender", sender.id())
                        .query(String.class)
                        .list()))
                .hasSize(2);
    }

    @Test
    void aClaimAn837PCannotCarryStaysReadyWithTheFieldsToCompleteWhileTheOthersGoOut() {
        ClaimContent good = contentFor("OAK");
        ClaimId clean = readyClaims("OAK", 1).getFirst();
        ClaimId incomplete = asSystem(() -> {
            // a patient registered without a street line: the 837P has no N301 to write
            PatientId patient = patients.register(new NewPatient(
                    good.practice(),
                    "Quill",
                    "Ada",
                    null,
                    LocalDate.of(1960, 5, 1),
                    Sex.F,
                    new Address("", null, "Springfield", "IL", "62701"),
                    null,
                    null));
            CoverageId coverage = patients.addCoverage(new NewCoverage(
                    patient,
                    good.payer(),
                    1,
                    "QA-1234",
                    null,
                    Relationship.SELF,
                    null,
                    null,
                    null,
                    LocalDate.of(2020, 1, 1),
                    null));
            ClaimId id = claims.createDraft(new ClaimContent(
                    good.practice(),
                    patient,
                    null,
                    good.payer(),
                    coverage,
                    good.renderingProvider(),
                    null,
                    good.placeOfService(),
                    good.diagnoses(),
                    good.lines()));
            claims.markReady(id);
            return id;
        });

        BatchRun run = asSystem(() -> batches.batchReady(practice("OAK"), newSender()));

        assertThat(run.skipped()).extracting(BatchRun.Skipped::claim).containsExactly(incomplete);
        assertThat(run.skipped().getFirst().reason())
                .contains("patient.address.line1 is missing")
                .doesNotContain("Quill")
                .doesNotContain("QA-1234");
        assertThat(statusInDatabase(incomplete)).isEqualTo("READY");
        assertThat(statusInDatabase(clean)).isEqualTo("BATCHED");
        assertThat(run.files()).isNotEmpty();
        // the claim is left for the next run until it is completed, and refuses no batch meanwhile
        assertThat(asSystem(() -> batches.batchReady(practice("OAK"), newSender())))
                .satisfies(again -> {
                    assertThat(again.files()).isEmpty();
                    assertThat(again.skipped())
                            .extracting(BatchRun.Skipped::claim)
                            .containsExactly(incomplete);
                });
        asSystem(() -> claims.cancel(incomplete, "test claim"));
    }

    @Test
    void aUserBatchesNoPracticeTheyDoNotSeeAndSeesNoneOfItsFiles() {
        readyClaims("RIV", 1);
        BatchWriter.Submitter sender = newSender();
        BatchRun run = asSystem(() -> batches.batchReady(practice("RIV"), sender));
        assertThatThrownBy(() -> asUser("coder", () -> batches.batchReady(practice("RIV"), sender)))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.code()).isEqualTo("NOT_FOUND"));
        assertThat(asUser("coder", () -> batches.files(practice("RIV")))).isEmpty();
        assertThat(asUser("coder", () -> batches.content(run.files().getFirst().id())))
                .isEmpty();
    }
}
