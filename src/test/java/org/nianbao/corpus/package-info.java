/**
 * Test-scope corpus generator: synthetic annual reports with balanced tables and optional seeded defects, written
 * as JSON, HTML, docx and PDF with a manifest of the violations each file must trigger. Used by CorpusTest and by
 * the batch benchmark (bench/batch.sh).
 */
package org.nianbao.corpus;
