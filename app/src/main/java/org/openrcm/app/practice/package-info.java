/**
 * The billing company and its client practices (the tenants), with their providers, locations and the payers the
 * company bills. Later: contracts and fee schedules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Practices")
package org.openrcm.app.practice;
