package org.openrcm.edits;

/** Whether a finding stops the claim: an error blocks submission, a warning is shown and lets it go. */
public enum Severity {
    ERROR,
    WARNING
}
