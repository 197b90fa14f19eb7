/**
 * JMH benchmarks: each reader, the recognizer and the rule engine on the seed in every format and on a real WPS
 * PDF, the whole check of one file, and the floors to compare against (StAX over {@code word/document.xml}, PDFBox
 * text extraction). Built only by the {@code bench} Maven profile into {@code target/benchmarks.jar}; never part of
 * the normal build, its tests or {@code nianbao.jar}. {@code bench/jmh.sh} runs them and prints the table.
 */
package org.nianbao.bench;
