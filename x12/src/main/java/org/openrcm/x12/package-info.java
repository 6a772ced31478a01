/**
 * Reads and writes X12 5010 interchanges (837P/837I, 835, 999, 277CA, 270/271, 276/277, TA1) as typed records, validates them at SNIP levels 1-3 with positioned findings. Plain Java, no Spring.
 *
 * <p>The module exists in the build so that every later capability has its place (see DESIGN.md, module map); its
 * content arrives with the issue that builds it.
 */
package org.openrcm.x12;
