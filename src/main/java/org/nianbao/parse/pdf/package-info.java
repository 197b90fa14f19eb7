/**
 * Reading PDF: {@link org.nianbao.parse.pdf.PdfParser} turns a PDF with a text layer into a
 * {@link org.nianbao.parse.RawDocument}. The only package that imports PDFBox and tabula.
 *
 * <p>Flow: {@code PdfLoader} opens the bytes; {@code ContentScanner} makes one pass over each page's content
 * stream, placing its glyphs (PDFBox's text stripper) and recording the lines it draws ({@code PathOperator} into
 * {@code LineArt}: visible paint only, cut to the clip, Type 3 glyph outlines never drawn). {@code RulingLines}
 * snaps and joins the lines and closes rows a page break left open; {@code RulingGrid} finds the ruled boxes (tabula
 * geometry only); every glyph goes into the cell holding its centre or stays on its text line ({@code RawLine}).
 * {@code PageFlow} tells tables from framed paragraphs across page breaks, so the narrative is every glyph outside
 * a table; {@code PageFurniture} takes out page numbers, {@code ParagraphBuilder} rebuilds paragraphs, and
 * {@code DocumentOrder} puts both in reading order, with {@code TableStitcher} joining a table's page fragments
 * ({@code ColumnAlignment} when a page lays the columns out again). {@code GarbleDetector} rejects text that was
 * not decoded.
 */
package org.nianbao.parse.pdf;
