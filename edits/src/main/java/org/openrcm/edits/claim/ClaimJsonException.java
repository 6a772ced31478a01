package org.openrcm.edits.claim;

/**
 * Claim JSON that cannot be read: not JSON at all, or a value of the wrong kind (text where an object must be, a date
 * or an amount that is not one). The message starts with the JSON path of the problem ({@code $[2].lines[0].charge})
 * so the sender can find it. A missing field is not such a problem: the scrubber reports it as a finding.
 */
public final class ClaimJsonException extends RuntimeException {

    private final String path;

    public ClaimJsonException(String path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    /** Where the problem is, as a JSON path: {@code $} for the document, {@code $[2].lines[0].charge} for a value. */
    public String path() {
        return path;
    }
}
