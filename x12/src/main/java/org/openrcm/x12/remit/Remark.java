package org.openrcm.x12.remit;

/** A remark on a service line (LQ): qualifier {@code HE} (RARC) or {@code RX} (NCPDP reject code) and the code. */
public record Remark(String qualifier, String code) {}
