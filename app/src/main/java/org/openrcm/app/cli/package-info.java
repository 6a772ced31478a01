/**
 * The {@code openrcm} command line (picocli): {@code serve}, {@code demo}, {@code version}, {@code users add},
 * {@code audit verify}. Each command checks its inputs and the database before it starts the application, and
 * answers a refusal with one clear sentence and a non-zero exit code, never a stack trace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line")
package org.openrcm.app.cli;
