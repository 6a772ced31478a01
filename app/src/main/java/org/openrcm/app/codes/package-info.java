/**
 * Code sets in the application: the official files imported into the database, the catalog of dated releases built
 * from them, lookups, search and release diffs for the UI, REST and CLI. The engine is the plain-Java {@code codes}
 * module; this package stores and serves it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Code sets")
package org.openrcm.app.codes;
