/**
 * The .docx reader: StAX over the package's parts (no document object model), so a body of a hundred thousand cells
 * is read in one pass within a small heap; see {@link org.nianbao.parse.docx.DocxParser}. It gives exactly what the
 * POI XWPF reader it replaced gave (ReaderGoldenTest holds it to that); POI stays for .doc and for writing xlsx.
 */
package org.nianbao.parse.docx;
