/**
 * A small streaming CSV reader (RFC 4180) shared by the importers of CSV release files: {@link
 * org.openrcm.codes.csv.CsvReader} gives {@link org.openrcm.codes.csv.CsvRecord}s with the line each starts on, and
 * {@link org.openrcm.codes.csv.CsvHeader} finds columns by name, ignoring case and punctuation. Errors are {@link
 * org.openrcm.codes.CodeImportException}s naming the file and line.
 */
package org.openrcm.codes.csv;
