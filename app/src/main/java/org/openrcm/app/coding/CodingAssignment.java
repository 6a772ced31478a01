package org.openrcm.app.coding;

import java.time.Instant;
import org.openrcm.app.kernel.EncounterId;
import org.openrcm.app.kernel.UserId;

/** The coder who works an encounter on the worklist, and since when. */
public record CodingAssignment(EncounterId encounter, UserId coder, Instant assignedAt) {}
