/**
 * Claim batches: clean canonical claims turned into 837P interchanges, one per payer and receiver, through the
 * {@code x12} module's writer, with the control numbers of each file. Exposed as the {@code batch} interface of the
 * {@code claim} module (the command line uses it).
 */
@org.springframework.modulith.NamedInterface("batch")
package org.openrcm.app.claim.batch;
