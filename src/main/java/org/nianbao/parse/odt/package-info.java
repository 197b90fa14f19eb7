/**
 * The OpenDocument text reader ({@code .odt}, {@code .fodt}): StAX over {@code styles.xml} and {@code content.xml}
 * into the same {@link org.nianbao.parse.RawDocument} as every other reader, with the .docx reader's guards; see
 * {@link org.nianbao.parse.odt.OdtParser}.
 */
package org.nianbao.parse.odt;
