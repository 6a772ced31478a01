package org.openrcm.x12.ig;

import java.util.List;
import java.util.Optional;
import org.openrcm.x12.ack.Guide997;
import org.openrcm.x12.ack.Guide999;
import org.openrcm.x12.claim.Guide837I;
import org.openrcm.x12.claim.Guide837P;
import org.openrcm.x12.eligibility.Guide270;
import org.openrcm.x12.eligibility.Guide271;
import org.openrcm.x12.remit.Guide835;
import org.openrcm.x12.status.Guide276;
import org.openrcm.x12.status.Guide277;
import org.openrcm.x12.status.Guide277CA;

/** The implementation guides OpenRCM knows, and how a transaction set finds its own. */
public final class Guides {

    /** Every guide, in the order they are tried. */
    public static List<Guide> all() {
        return List.of(
                Guide837P.GUIDE,
                Guide837I.GUIDE,
                Guide835.GUIDE,
                Guide999.GUIDE,
                Guide997.GUIDE,
                Guide277CA.GUIDE,
                Guide276.GUIDE,
                Guide277.GUIDE,
                Guide270.GUIDE,
                Guide271.GUIDE);
    }

    /** Transaction sets this module has a 5010 guide for. */
    public static boolean supports(String transactionSet) {
        return all().stream().anyMatch(g -> g.transactionSet().equals(transactionSet));
    }

    /**
     * The guide for a transaction set (ST01) written under a version (ST03, or GS08 when ST03 is absent). The guide's
     * identifier must match up to its errata suffix ({@code 005010X222A1} also takes {@code 005010X222} and later
     * errata); a bare {@code 005010} takes the first guide of that transaction set.
     */
    public static Optional<Guide> find(String transactionSet, String version) {
        if (version == null || !version.startsWith("00501")) {
            return Optional.empty();
        }
        String family = version.length() >= 10 ? version.substring(0, 10) : version;
        for (Guide g : all()) {
            if (g.transactionSet().equals(transactionSet) && g.version().startsWith(family) && family.length() == 10) {
                return Optional.of(g);
            }
        }
        if (version.equals("005010")) {
            return all().stream()
                    .filter(g -> g.transactionSet().equals(transactionSet))
                    .findFirst();
        }
        return Optional.empty();
    }

    private Guides() {}
}
