/**
 * A payer and clearinghouse simulator that answers 837 files with 999, 277CA and 835, 270 with 271 and 276 with 277, over SFTP.
 *
 * <p>The module exists in the build so that every later capability has its place (see DESIGN.md, module map); its
 * content arrives with the issue that builds it.
 */
package org.openrcm.sandbox;
