/**
 * The readers' golden output: what every reader makes of the whole test corpus, held by ReaderGoldenTest so a
 * reader rewritten (for speed, issue 16) must give the same output cell for cell; bench/golden.sh rewrites it when a
 * change is meant.
 */
package org.nianbao.golden;
