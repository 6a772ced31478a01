package org.openrcm.x12.claim;

/** Which 837 a claim travels in: professional (CMS-1500, 005010X222A1) or institutional (UB-04, 005010X223A2). */
public enum ClaimKind {
    PROFESSIONAL,
    INSTITUTIONAL;

    /** The implementation guide the claim is written under. */
    public String version() {
        return this == PROFESSIONAL ? Guide837P.VERSION : Guide837I.VERSION;
    }
}
