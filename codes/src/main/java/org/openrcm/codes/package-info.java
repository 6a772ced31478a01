/**
 * Code systems and their official releases, effective-dated: which code is valid on which date of service, what it
 * means, and what changed between releases. Plain Java, no Spring.
 *
 * <ul>
 *   <li>Model: {@link org.openrcm.codes.Code}, {@link org.openrcm.codes.Release} (built from the parts its files
 *       bring), {@link org.openrcm.codes.Catalog} (releases by date; lookups with parents, inherited notes, 7th
 *       characters and billable status), {@link org.openrcm.codes.ReleaseDiff}.
 *   <li>Readers of the official files, one package per family: {@code icd10cm} (order file, tabular XML, index,
 *       Drug/Neoplasm/External-cause XML), {@code procedures} (ICD-10-PCS, HCPCS, CPT, modifiers), {@code pos},
 *       {@code remittance} (CARC, RARC, group codes), {@code taxonomy} (NUCC), {@code fees} (MPFS and pricing), on the
 *       shared {@code csv} reader.
 *   <li>{@code imports}: what a user points at (files, folders, zips) recognised, named to its release and read
 *       whole or refused whole.
 *   <li>{@code search}: Lucene search and type-ahead over titles, inclusion terms and index paths.
 * </ul>
 */
package org.openrcm.codes;
