/**
 * Code systems (ICD-10-CM, ICD-10-PCS, HCPCS, CPT numbers, modifiers, POS, CARC/RARC, taxonomy, MPFS) as effective-dated releases imported from the official files, with lookup, search and release diffs. Plain Java, no Spring.
 *
 * <p>The module exists in the build so that every later capability has its place (see DESIGN.md, module map); its
 * content arrives with the issue that builds it.
 */
package org.openrcm.codes;
