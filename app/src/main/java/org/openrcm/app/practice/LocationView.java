package org.openrcm.app.practice;

import org.openrcm.app.kernel.LocationId;
import org.openrcm.app.kernel.PracticeId;

/** A service location of a practice with its default place-of-service code. */
public record LocationView(LocationId id, PracticeId practiceId, String name, String placeOfService, Address address) {}
