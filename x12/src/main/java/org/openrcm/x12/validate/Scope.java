package org.openrcm.x12.validate;

/** Where a finding is reported in an acknowledgment: TA1, AK9, IK5, IK3 or IK4. */
public enum Scope {
    INTERCHANGE,
    GROUP,
    TRANSACTION,
    SEGMENT,
    ELEMENT
}
