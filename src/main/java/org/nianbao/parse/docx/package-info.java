/**
 * The .docx reader (POI XWPF). The only package that imports POI's XWPF classes. It walks the body XML itself so
 * that content controls, nested tables and every merge form are seen; see {@link org.nianbao.parse.docx.DocxParser}.
 */
package org.nianbao.parse.docx;
