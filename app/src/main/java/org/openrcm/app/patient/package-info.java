/**
 * Patients of a practice and their insurance coverages in order (primary, secondary, tertiary). Every read and
 * write of a patient writes an audit event.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Patients")
package org.openrcm.app.patient;
