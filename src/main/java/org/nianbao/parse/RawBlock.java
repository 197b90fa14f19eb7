package org.nianbao.parse;

/** A paragraph or a table of a document, in document order. */
public sealed interface RawBlock permits RawParagraph, RawTable {
}
