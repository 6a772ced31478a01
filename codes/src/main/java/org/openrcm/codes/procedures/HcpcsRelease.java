package org.openrcm.codes.procedures;

import java.util.Optional;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;

/**
 * What one HCPCS Level II file holds: its procedure codes ({@link CodeSystem#HCPCS}) and, when the file lists them
 * (the CMS alpha-numeric file does), the Level II modifiers ({@link CodeSystem#MODIFIER}) as a release of the same id
 * and date.
 */
public record HcpcsRelease(Release codes, Optional<Release> modifiers) {

    public HcpcsRelease {
        if (codes.system() != CodeSystem.HCPCS) {
            throw new IllegalArgumentException(codes + " is not a HCPCS release");
        }
        modifiers.ifPresent(m -> {
            if (m.system() != CodeSystem.MODIFIER) {
                throw new IllegalArgumentException(m + " is not a modifier release");
            }
        });
    }
}
