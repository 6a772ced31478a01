/**
 * The demo data set, generated here (no real person's data): a billing company with two client practices, four
 * providers, five payers, sixty patients with coverages and 150 encounters over the last 90 days, and one sign-in
 * per role. Written through the other modules' facades, so it is scoped and audited like any other work.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.openrcm.app.demo;
