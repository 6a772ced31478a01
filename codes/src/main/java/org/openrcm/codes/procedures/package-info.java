/**
 * Readers of the procedure code sets into {@link org.openrcm.codes.Release}s: ICD-10-PCS ({@link
 * org.openrcm.codes.procedures.Icd10pcsOrderFile}), HCPCS Level II and its modifiers ({@link
 * org.openrcm.codes.procedures.HcpcsAnwebFile} fixed width, {@link org.openrcm.codes.procedures.HcpcsCsvFile}), CPT
 * code numbers from the fee schedule ({@link org.openrcm.codes.procedures.CptNumbersFile}) and descriptors from a
 * licensed file ({@link org.openrcm.codes.procedures.CptDescriptorFile}), and modifier lists ({@link
 * org.openrcm.codes.procedures.ModifierFile}). Each reads a whole file before returning anything, throws a {@link
 * org.openrcm.codes.CodeImportException} naming the line that is wrong, and tells from a file's head whether the file
 * is its kind ({@code recognizes}). {@link org.openrcm.codes.imports.ReleaseName} guesses a release's id and date
 * from a file name; {@link org.openrcm.codes.procedures.Details} names the further columns codes keep.
 */
package org.openrcm.codes.procedures;
