/**
 * Users, roles, sign-in and the access scope. A user belongs to one billing company and is assigned to some of its
 * client practices (the tenants); {@link org.openrcm.app.identity.CurrentActor} turns the signed-in user into the
 * {@link org.openrcm.app.identity.AccessScope} that every tenant-owned query takes as a required argument, so a
 * query cannot be written without one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.openrcm.app.identity;
