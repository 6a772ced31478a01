/**
 * Benchmarks of the engines and of end-to-end runs, with generated inputs; figures go to docs/benchmarks.md.
 *
 * <p>The module exists in the build so that every later capability has its place (see DESIGN.md, module map); its
 * content arrives with the issue that builds it.
 */
package org.openrcm.bench;
