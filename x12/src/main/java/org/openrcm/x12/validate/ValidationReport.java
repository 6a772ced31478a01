package org.openrcm.x12.validate;

import java.util.List;

/**
 * What validating one file found. {@code transactionSets} lists every ST…SE with its outcome, so that an
 * acknowledgment can be written from the report alone.
 *
 * @param omitted findings beyond the report's cap that were counted but not kept
 */
public record ValidationReport(
        String source, List<Finding> findings, long omitted, long segments, List<InterchangeResult> interchanges) {

    public ValidationReport {
        findings = List.copyOf(findings);
        interchanges = List.copyOf(interchanges);
    }

    public boolean valid() {
        return findings.stream().noneMatch(Finding::isError) && omitted == 0;
    }

    public long errorCount() {
        return findings.stream().filter(Finding::isError).count() + omitted;
    }

    /** One ISA…IEA as read. */
    public record InterchangeResult(
            String controlNumber,
            String senderQualifier,
            String senderId,
            String receiverQualifier,
            String receiverId,
            String date,
            String time,
            String version,
            boolean envelopeErrors,
            List<GroupResult> groups) {

        public InterchangeResult {
            groups = List.copyOf(groups);
        }
    }

    /** One GS…GE as read. */
    public record GroupResult(
            String functionalId,
            String controlNumber,
            String version,
            int transactionSetsIncluded,
            boolean trailerMissing,
            boolean errors,
            List<TransactionResult> transactionSets) {

        public GroupResult {
            transactionSets = List.copyOf(transactionSets);
        }
    }

    /**
     * One ST…SE as read; {@code guide} is the implementation guide applied, or {@code ""}; {@code version} the one the
     * set declared (ST03, else GS08).
     */
    public record TransactionResult(
            String transactionSet,
            String controlNumber,
            String guide,
            boolean errors,
            boolean trailerMissing,
            String version) {}
}
