package org.openrcm.edits;

import java.time.LocalDate;
import org.openrcm.codes.Catalog;

/**
 * What edits judge a claim against: the code sets (releases by date) and the day the claim is scrubbed (timely
 * filing counts from it). The NCCI tables and payer rule packs join it as their edits arrive.
 */
public record ReferenceData(Catalog catalog, LocalDate today) {}
