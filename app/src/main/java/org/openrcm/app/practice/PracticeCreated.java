package org.openrcm.app.practice;

import org.openrcm.app.kernel.PracticeId;

/**
 * A billing company took on a practice. Published inside the creating transaction, so listeners that set up
 * per-practice rows commit or roll back with the practice itself.
 */
public record PracticeCreated(PracticeId practiceId, String code) {}
