/**
 * The CMS-1500 (02/12) paper claim of a professional claim, as a PDF: the data on the form's 10-pitch, 6-lines-per-inch
 * print grid, with or without the red form drawn under it. Exposed to the command line and the claim pages as the
 * {@code form} interface of the claim module.
 */
@org.springframework.modulith.NamedInterface("form")
package org.openrcm.app.claim.form;
