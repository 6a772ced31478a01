package org.openrcm.app.coding;

/** Whether the coder is still at work on an encounter or finished it (its claim is created). Stored by name. */
public enum CodingStatus {
    IN_PROGRESS,
    DONE
}
