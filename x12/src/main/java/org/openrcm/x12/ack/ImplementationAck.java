package org.openrcm.x12.ack;

import java.util.List;

/**
 * One 999 implementation acknowledgment: how a trading partner judged one functional group it received (AK1), each of
 * its transaction sets (AK2 … IK5, with the segment and element errors found in it) and the group as a whole (AK9).
 *
 * @param functionalId AK101, the acknowledged group's GS01 (e.g. {@code HC})
 * @param groupControl AK102, the acknowledged group's GS06
 * @param version AK103, the acknowledged group's GS08 (e.g. {@code 005010X222A1})
 * @param status AK901: A accepted, E accepted with errors, P partially accepted, R rejected (M, W, X: rejected for
 *     security reasons)
 * @param included AK902, transaction sets the group said it held
 * @param received AK903, transaction sets received
 * @param accepted AK904, transaction sets accepted
 * @param codes AK905-AK909, why the group was not accepted (e.g. {@code 5}: the count of sets does not match)
 */
public record ImplementationAck(
        String functionalId,
        String groupControl,
        String version,
        List<TransactionSetAck> transactionSets,
        String status,
        int included,
        int received,
        int accepted,
        List<String> codes) {

    public ImplementationAck {
        transactionSets = List.copyOf(transactionSets);
        codes = List.copyOf(codes);
    }

    /** Whether the group was accepted in whole or in part (its accepted sets go on to processing). */
    public boolean groupAccepted() {
        return "A".equals(status) || "E".equals(status) || "P".equals(status);
    }

    /**
     * The outcome for one acknowledged transaction set (AK2 … IK5).
     *
     * @param transactionSet AK201, e.g. {@code 837}
     * @param controlNumber AK202, the set's ST02
     * @param version AK203, the guide the set declared (may be {@code ""})
     * @param status IK501: A accepted, E accepted with errors, R rejected (M, W, X: rejected for security reasons)
     * @param codes IK502-IK506, why it was not accepted (e.g. {@code 5}: one or more segments in error)
     */
    public record TransactionSetAck(
            String transactionSet,
            String controlNumber,
            String version,
            String status,
            List<String> codes,
            List<SegmentError> segmentErrors) {

        public TransactionSetAck {
            codes = List.copyOf(codes);
            segmentErrors = List.copyOf(segmentErrors);
        }

        public boolean accepted() {
            return "A".equals(status) || "E".equals(status);
        }
    }

    /**
     * A segment in error (IK3, loop 2100).
     *
     * @param segmentId IK301, e.g. {@code NM1}
     * @param position IK302, the segment's position in its transaction set (ST = 1)
     * @param loop IK303, the loop id from the implementation guide (may be {@code ""})
     * @param code IK304: 1 unrecognized segment, 2 unexpected, 3 required segment missing, 4 loop over maximum, 5
     *     segment over maximum use, 6 not in the transaction set, 7 out of order, 8 element errors, I4 "not used"
     *     segment present, I6 implementation dependent segment missing, I7 loop under minimum, I8 segment under
     *     minimum use, I9 implementation dependent "not used" segment present
     * @param context the CTX segments: the business unit (e.g. {@code CLM01} and the claim id) and the situational
     *     triggers
     */
    public record SegmentError(
            String segmentId,
            int position,
            String loop,
            String code,
            List<Context> context,
            List<ElementError> elementErrors) {

        public SegmentError {
            context = List.copyOf(context);
            elementErrors = List.copyOf(elementErrors);
        }
    }

    /**
     * An element in error (IK4, loop 2110).
     *
     * @param position IK401-1, the element's position in its segment
     * @param component IK401-2, the component within a composite (0 when not about a component)
     * @param repetition IK401-3, the repetition (0 when not given)
     * @param elementReference IK402, the X12 data element number (may be {@code ""})
     * @param code IK403: 1 required element missing, 2 conditional element missing, 3 too many elements, 4 too short,
     *     5 too long, 6 invalid character, 7 invalid code, 8 invalid date, 9 invalid time, 10 exclusion violated, 12
     *     too many repetitions, 13 too many components, I10 "not used" element present, I11 too few repetitions, I12
     *     pattern match failure, I13 implementation dependent "not used" element present, I6 code not used in the
     *     implementation, I9 implementation dependent element missing
     * @param badValue IK404, a copy of the bad value (may be {@code ""})
     */
    public record ElementError(
            int position,
            int component,
            int repetition,
            String elementReference,
            String code,
            String badValue,
            List<Context> context) {

        public ElementError {
            context = List.copyOf(context);
        }
    }

    /**
     * A CTX segment. For a business unit identifier only {@code name} (e.g. {@code CLM01}) and {@code reference} (the
     * claim's id) are set; for a situational trigger the name is {@code SITUATIONAL TRIGGER} and the rest points at the
     * segment (and element) that triggered the rule. Only the first repetition of CTX01 is kept.
     *
     * @param segmentId CTX02
     * @param position CTX03, position in the transaction set (0 when absent)
     * @param loop CTX04
     * @param element CTX05-1 (0 when absent)
     * @param component CTX05-2 (0 when absent)
     * @param repetition CTX05-3 (0 when absent)
     * @param elementReference CTX06-1
     */
    public record Context(
            String name,
            String reference,
            String segmentId,
            int position,
            String loop,
            int element,
            int component,
            int repetition,
            String elementReference) {

        /** A business unit identifier: {@code businessUnit("CLM01", "PATIENT-ACCT-1")}. */
        public static Context businessUnit(String name, String reference) {
            return new Context(name, reference, "", 0, "", 0, 0, 0, "");
        }

        public boolean isSituationalTrigger() {
            return Guide999.SITUATIONAL_TRIGGER.equals(name);
        }
    }
}
