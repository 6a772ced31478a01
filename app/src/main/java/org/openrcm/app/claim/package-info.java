/**
 * Claims: the claim aggregate (what is billed to which payer for which patient), its lifecycle from draft to closed
 * as an explicit state machine ({@link org.openrcm.app.claim.ClaimAction}), every transition recorded with who and
 * when, and corrected (frequency 7) and void (frequency 8) claims that reference the claim they replace. The facade
 * is {@link org.openrcm.app.claim.Claims}; {@link org.openrcm.app.claim.ClaimScrubGate} scrubs drafts and moves clean
 * ones to READY, routing each finding to the coder or the biller.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Claims")
package org.openrcm.app.claim;
