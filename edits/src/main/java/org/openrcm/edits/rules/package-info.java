/**
 * The scrubber's edits, one class per rule id, each checking a {@link org.openrcm.edits.claim.Claim} and saying in a
 * sentence what to fix and what the rule rests on.
 */
package org.openrcm.edits.rules;
