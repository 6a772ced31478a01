package org.openrcm.app.practice;

import org.openrcm.app.kernel.CompanyId;

/** A billing company: owns client practices, bills payers, employs users. */
public record Company(CompanyId id, String name) {}
