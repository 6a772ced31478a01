/**
 * Computer-assisted coding: from a clinical note to ranked ICD-10-CM suggestions with evidence spans, assertion status and confidence. Plain Java, no Spring.
 *
 * <p>The module exists in the build so that every later capability has its place (see DESIGN.md, module map); its
 * content arrives with the issue that builds it.
 */
package org.openrcm.cac;
