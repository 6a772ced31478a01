/**
 * Encounters: a patient seen by a provider at a location on a date of service, waiting to be coded. The coding
 * workflow and the clinical note arrive with the coding worklist.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Encounters")
package org.openrcm.app.encounter;
