package org.openrcm.x12.ack;

import org.openrcm.x12.Segment;

/**
 * A TA1 interchange acknowledgment: the control number, date and time of the interchange it answers, whether it was
 * accepted (A), accepted with errors (E) or rejected (R), and the note code that says why.
 */
public record InterchangeAck(String controlNumber, String date, String time, String status, String noteCode) {

    public static InterchangeAck from(Segment ta1) {
        return new InterchangeAck(ta1.element(1), ta1.element(2), ta1.element(3), ta1.element(4), ta1.element(5));
    }

    public boolean accepted() {
        return !"R".equals(status);
    }
}
