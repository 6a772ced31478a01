package org.openrcm.edits.ncci;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * An add-on code and the primary codes it is paid with.
 *
 * @param primaries the primaries CMS lists (none for type 2), in code order
 * @param anyPrimary whether CMS lists {@code CCCCC}: any code the payer takes as a primary (all type 2 add-ons, some
 *     type 3)
 */
public record AddOnEdit(String addOn, AocType type, Set<String> primaries, boolean anyPrimary) {

    public AddOnEdit {
        primaries = Collections.unmodifiableSortedSet(new TreeSet<>(primaries));
    }

    /** Whether CMS lists {@code code} as a primary of this add-on. */
    public boolean listsPrimary(String code) {
        return primaries.contains(code);
    }
}
