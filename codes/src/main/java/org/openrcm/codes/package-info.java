/**
 * Code systems and their official releases, effective-dated: which code is valid on which date of service, what it
 * means, and what changed between releases. Plain Java, no Spring.
 *
 * <p>Today: the ICD-10-CM order file ({@link org.openrcm.codes.icd10cm.OrderFile}) into a {@link
 * org.openrcm.codes.Release}, lookups by date in a {@link org.openrcm.codes.Catalog}, and {@link
 * org.openrcm.codes.ReleaseDiff}. The other importers, persistence, search and the command line follow (issue 4).
 */
package org.openrcm.codes;
