package org.openrcm.codes;

/** The code systems OpenRCM loads from official releases. */
public enum CodeSystem {
    /** ICD-10-CM diagnoses (CDC/CMS), released each October 1 with April updates. */
    ICD10CM
}
