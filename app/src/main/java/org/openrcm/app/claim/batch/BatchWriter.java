package org.openrcm.app.claim.batch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.Refused;
import org.openrcm.edits.claim.Claim;
import org.openrcm.x12.claim.ClaimKind;
import org.openrcm.x12.claim.ClaimSubmission;
import org.openrcm.x12.claim.ClaimWriter;

/**
 * Writes clean professional claims as 837P files: one interchange per payer (sent to that payer, or to the one
 * clearinghouse given as receiver), each with the next control numbers of a {@link ControlNumbers} source, in the
 * order the payers first appear. Every claim is turned into its 837P form before any number is taken, so a claim
 * that cannot be written refuses the whole batch and wastes no control number.
 *
 * <p>The output depends only on the claims, the clock and the control numbers: the same input writes the same bytes.
 */
public final class BatchWriter {

    /** The refusal of a batch holding claims that cannot be written. */
    public static final String NOT_BATCHABLE = ProfessionalClaimMapper.NOT_BATCHABLE;

    private static final int REFUSALS_SHOWN = 10;

    /**
     * Who sends the files (1000A, ISA06, GS02): the submitter id the receiver assigned, a name, and the EDI contact
     * receivers call about a file.
     */
    public record Submitter(String id, String name, String contactName, String contactPhone) {
        public Submitter {
            id = required(id, "submitter id");
            if (id.length() > 15) {
                throw new IllegalArgumentException("a submitter id has at most 15 characters (ISA06)");
            }
            name = required(name, "submitter name");
            contactName = Objects.requireNonNullElse(contactName, "").strip();
            contactPhone = required(contactPhone, "submitter contact phone").replaceAll("[^0-9]", "");
            if (contactPhone.length() < 10) {
                throw new IllegalArgumentException("a submitter contact phone has at least 10 digits (1000A PER04)");
            }
        }
    }

    /** Who receives the files (1000B, ISA08, GS03): a clearinghouse, or {@code null} for each payer itself. */
    public record Receiver(String id, String name) {
        public Receiver {
            id = required(id, "receiver id");
            if (id.length() > 15) {
                throw new IllegalArgumentException("a receiver id has at most 15 characters (ISA08)");
            }
            name = required(name, "receiver name");
        }
    }

    /**
     * One 837P file of a batch.
     *
     * @param fileName {@code 837P-<payer id>-<ISA13>.x12}, the payer id reduced to letters, digits, '-' and '_'
     * @param interchangeControlNumber ISA13 as written (nine digits)
     * @param groupControlNumber GS06 as written
     * @param transactionSetControlNumber ST02 as written (at least four digits)
     * @param claimIds CLM01 of each claim, in file order
     * @param totalCharge the sum of the claims' CLM02
     * @param content the file; the array is shared, not copied: do not change it
     */
    public record BatchFile(
            String payerId,
            String payerName,
            String receiverId,
            String fileName,
            String interchangeControlNumber,
            String groupControlNumber,
            String transactionSetControlNumber,
            List<String> claimIds,
            BigDecimal totalCharge,
            byte[] content) {

        public BatchFile {
            claimIds = List.copyOf(claimIds);
        }

        /** Writes the file into {@code folder} under its {@link #fileName()}, refusing to replace one. */
        public Path saveIn(Path folder) {
            try {
                return Files.write(folder.resolve(fileName), content, java.nio.file.StandardOpenOption.CREATE_NEW);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                throw Refused.conflict(
                        "BATCH_FILE_EXISTS",
                        folder.resolve(fileName) + " already exists; a batch file is never overwritten.");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BatchFile f
                    && payerId.equals(f.payerId)
                    && payerName.equals(f.payerName)
                    && receiverId.equals(f.receiverId)
                    && fileName.equals(f.fileName)
                    && interchangeControlNumber.equals(f.interchangeControlNumber)
                    && groupControlNumber.equals(f.groupControlNumber)
                    && transactionSetControlNumber.equals(f.transactionSetControlNumber)
                    && claimIds.equals(f.claimIds)
                    && totalCharge.equals(f.totalCharge)
                    && java.util.Arrays.equals(content, f.content);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileName, interchangeControlNumber, java.util.Arrays.hashCode(content));
        }

        @Override
        public String toString() {
            return "BatchFile[" + fileName + ", " + claimIds.size() + " claims, " + content.length + " bytes]";
        }
    }

    private final Submitter submitter;
    private final @Nullable Receiver receiver;
    private final ControlNumbers numbers;
    private final Clock clock;
    private final boolean production;

    /**
     * @param receiver the clearinghouse all files go to, or {@code null} to address each file to its payer
     * @param production ISA15 P (production data) rather than T (test)
     */
    public BatchWriter(
            Submitter submitter, @Nullable Receiver receiver, ControlNumbers numbers, Clock clock, boolean production) {
        this.submitter = Objects.requireNonNull(submitter);
        this.receiver = receiver;
        this.numbers = Objects.requireNonNull(numbers);
        this.clock = Objects.requireNonNull(clock);
        this.production = production;
    }

    /** The 837P files of the claims, one per payer, in the order the payers first appear. */
    public List<BatchFile> write(List<Claim> claims) {
        Map<String, List<org.openrcm.x12.claim.Claim>> byPayer = new LinkedHashMap<>();
        List<String> refusals = new ArrayList<>();
        for (Claim claim : claims) {
            try {
                org.openrcm.x12.claim.Claim c = ProfessionalClaimMapper.toX12(claim);
                byPayer.computeIfAbsent(c.payer().id(), k -> new ArrayList<>()).add(c);
            } catch (Refused r) {
                refusals.add(r.getMessage());
            }
        }
        if (!refusals.isEmpty()) {
            throw Refused.invalid(NOT_BATCHABLE, refusal(refusals, claims.size()));
        }
        LocalDateTime created = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
        List<BatchFile> files = new ArrayList<>(byPayer.size());
        for (List<org.openrcm.x12.claim.Claim> group : byPayer.values()) {
            files.add(file(group, created));
        }
        return files;
    }

    private BatchFile file(List<org.openrcm.x12.claim.Claim> claims, LocalDateTime created) {
        org.openrcm.x12.claim.Claim.Party payer = claims.getFirst().payer();
        Receiver to = receiver != null ? receiver : payerAsReceiver(payer);
        ControlNumbers.Envelope envelope = numbers.next();
        long[] issued = {envelope.interchange(), envelope.group(), envelope.transactionSet()};
        int[] taken = {0};
        // the x12 writer asks for ISA13, GS06 and ST02 in that order
        org.openrcm.x12.ControlNumbers source = () -> issued[taken[0]++];
        String isa13 = String.format("%09d", envelope.interchange());
        String st02 = String.format("%04d", envelope.transactionSet());
        ClaimSubmission submission = new ClaimSubmission(
                "00",
                isa13,
                created.toLocalDate(),
                String.format("%02d%02d", created.getHour(), created.getMinute()),
                "CH",
                submitter.name(),
                submitter.id(),
                submitter.contactName(),
                submitter.contactPhone(),
                to.name(),
                to.id());
        ClaimWriter.Interchange interchange =
                new ClaimWriter.Interchange("ZZ", submitter.id(), "ZZ", to.id(), submitter.id(), to.id(), production);
        ByteArrayOutputStream out = new ByteArrayOutputStream(claims.size() * 1024);
        List<org.openrcm.x12.claim.Claim> ordered = ClaimWriter.grouped(claims);
        ClaimWriter.writeAll(out, ClaimKind.PROFESSIONAL, interchange, source, created, submission, ordered);
        BigDecimal total = BigDecimal.ZERO;
        List<String> ids = new ArrayList<>(ordered.size());
        for (org.openrcm.x12.claim.Claim c : ordered) {
            ids.add(c.claimId());
            total = total.add(c.totalCharge());
        }
        return new BatchFile(
                payer.id(),
                payer.name(),
                to.id(),
                "837P-" + payer.id().replaceAll("[^A-Za-z0-9_-]", "_") + "-" + isa13 + ".x12",
                isa13,
                Long.toString(envelope.group()),
                st02,
                ids,
                total,
                out.toByteArray());
    }

    private static Receiver payerAsReceiver(org.openrcm.x12.claim.Claim.Party payer) {
        if (payer.id().length() > 15) {
            throw Refused.invalid(
                    NOT_BATCHABLE,
                    "Payer id " + payer.id() + " is longer than an interchange receiver id (15 characters);"
                            + " send its claims through a clearinghouse (a receiver id).");
        }
        return new Receiver(payer.id(), payer.name());
    }

    private static String refusal(List<String> refusals, int claims) {
        StringBuilder b = new StringBuilder();
        b.append(refusals.size())
                .append(" of ")
                .append(claims)
                .append(claims == 1 ? " claim" : " claims")
                .append(" cannot be batched, so no file was written:");
        for (int i = 0; i < refusals.size() && i < REFUSALS_SHOWN; i++) {
            b.append('\n').append(refusals.get(i));
        }
        if (refusals.size() > REFUSALS_SHOWN) {
            b.append("\n... and ").append(refusals.size() - REFUSALS_SHOWN).append(" more.");
        }
        return b.toString();
    }

    private static String required(@Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + what + " is required");
        }
        return value.strip();
    }
}
