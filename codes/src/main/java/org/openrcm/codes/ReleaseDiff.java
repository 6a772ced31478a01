package org.openrcm.codes;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed from one release to the next, counted the way CMS announces it: billable codes added and deleted (a
 * code that became a header with new children counts as deleted), and codes whose long title changed.
 */
public record ReleaseDiff(Release from, Release to, List<Code> added, List<Code> deleted, List<Retitled> retitled) {

    /** A code present in both releases under another long title. */
    public record Retitled(Code before, Code after) {}

    public ReleaseDiff {
        added = List.copyOf(added);
        deleted = List.copyOf(deleted);
        retitled = List.copyOf(retitled);
    }

    public static ReleaseDiff between(Release from, Release to) {
        List<Code> added = new ArrayList<>();
        List<Code> deleted = new ArrayList<>();
        List<Retitled> retitled = new ArrayList<>();
        for (Code c : to.codes()) {
            Code before = from.code(c.value()).orElse(null);
            if (c.billable() && (before == null || !before.billable())) {
                added.add(c);
            }
            if (before != null && !before.longTitle().equals(c.longTitle())) {
                retitled.add(new Retitled(before, c));
            }
        }
        for (Code c : from.codes()) {
            Code after = to.code(c.value()).orElse(null);
            if (c.billable() && (after == null || !after.billable())) {
                deleted.add(c);
            }
        }
        return new ReleaseDiff(from, to, added, deleted, retitled);
    }
}
