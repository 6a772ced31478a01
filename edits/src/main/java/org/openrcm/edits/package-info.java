/**
 * The claim scrubber: pure functions from a claim, reference data and a date to findings, each with a stable rule id, its place, the reference it rests on and a plain sentence. Plain Java, no Spring.
 *
 * <p>The module exists in the build so that every later capability has its place (see DESIGN.md, module map); its
 * content arrives with the issue that builds it.
 */
package org.openrcm.edits;
