package org.openrcm.bench.x12;

/** The claim segment and amount element a pass sums: CLP04 of an 835, CLM02 of an 837. */
public enum Target {
    CLP04("CLP", 4),
    CLM02("CLM", 2);

    final String segment;
    final int element;

    Target(String segment, int element) {
        this.segment = segment;
        this.element = element;
    }
}
