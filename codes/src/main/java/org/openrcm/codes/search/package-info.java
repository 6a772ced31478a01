/**
 * Finding codes by words, abbreviations, misspellings and as the user types: {@link
 * org.openrcm.codes.search.CodeSearch}, an in-memory Lucene index of the titles, inclusion terms and index entries of
 * the releases in force on a date ({@link org.openrcm.codes.search.CodeSearchCache}).
 */
package org.openrcm.codes.search;
