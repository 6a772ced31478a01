/**
 * The billing company and its client practices (the tenants), with their providers, locations and the payers the
 * company bills, and the fee schedules that price each practice's charges per payer.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practices")
package org.openrcm.app.practice;
