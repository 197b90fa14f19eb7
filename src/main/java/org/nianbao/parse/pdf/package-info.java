/**
 * Reading PDF: {@link org.nianbao.parse.pdf.PdfParser} turns a PDF with a text layer into a
 * {@link org.nianbao.parse.RawDocument}. The only package that imports PDFBox and tabula.
 *
 * <p>Flow: {@code PdfLoader} opens the bytes; per page {@code RulingGrid} finds ruled cells (tabula geometry only)
 * and fills each with the glyphs whose centre it contains ({@code CellText}); {@code NarrativeStripper} collects
 * the remaining text lines and {@code ParagraphBuilder} rebuilds paragraphs; {@code DocumentOrder} puts both in
 * reading order and has {@code TableStitcher} join a table's page fragments. {@code GarbleDetector} rejects text
 * that was not decoded.
 */
package org.nianbao.parse.pdf;
