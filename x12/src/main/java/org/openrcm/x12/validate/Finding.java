package org.openrcm.x12.validate;

/**
 * One thing wrong (or worth knowing) in a file, placed precisely and said plainly.
 *
 * @param code a stable identifier, e.g. {@code X12-SNIP2-REQUIRED-SEGMENT-MISSING}
 * @param ackCode the X12 code that reports it in an acknowledgment at {@code scope}: a TA1 note code, an AK9/IK5
 *     reason, an IK304 segment error or an IK403 element error
 * @param segmentNumber 1-based segment number in the file (0 when not at a segment)
 * @param line 1-based line in the file (0 when unknown)
 * @param positionInSet the segment's position counted from ST = 1 (0 outside a transaction set)
 * @param loop the loop id from the implementation guide, e.g. {@code 2010AA}, or {@code ""}
 * @param element 1-based element position, 0 when the finding is about the whole segment
 * @param component 1-based component position, 0 when not about a component
 * @param value the element's (or component's) value as read, for an element finding ({@code ""} otherwise); a 999
 *     copies it into IK404
 */
public record Finding(
        Snip snip,
        Severity severity,
        String code,
        Scope scope,
        String ackCode,
        long segmentNumber,
        long line,
        String segmentId,
        int positionInSet,
        String loop,
        int element,
        int component,
        String interchangeControl,
        String groupControl,
        String transactionControl,
        String transactionSet,
        String message,
        String value) {

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code CLM02}, {@code SV101-2} or just {@code CLM} when no element is concerned. */
    public String where() {
        if (segmentId == null || segmentId.isEmpty()) {
            return "";
        }
        if (element == 0) {
            return segmentId;
        }
        String p = segmentId + (element < 10 ? "0" : "") + element;
        return component == 0 ? p : p + "-" + component;
    }

    /** One line for a terminal: {@code segment 12 (line 12) NM1 in loop 2010AA, NM103: message}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(severity.name().toLowerCase(java.util.Locale.ROOT))
                .append(' ')
                .append(snip)
                .append(' ');
        b.append(code);
        if (segmentNumber > 0) {
            b.append(" at segment ").append(segmentNumber);
            if (line > 0) {
                b.append(" (line ").append(line).append(')');
            }
        }
        if (!where().isEmpty()) {
            b.append(' ').append(where());
        }
        if (loop != null && !loop.isEmpty()) {
            b.append(" in loop ").append(loop);
        }
        return b.append(": ").append(message).toString();
    }
}
