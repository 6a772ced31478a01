/**
 * Coding: the codes of an encounter (its diagnoses in order and the service lines pointing to them), saved while the
 * coder works, and turned into a priced, scrubbed draft claim when the coder finishes. The facade is
 * {@link org.openrcm.app.coding.Coding}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Coding")
package org.openrcm.app.coding;
