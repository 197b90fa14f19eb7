/** Reading Word 97–2003 ({@code .doc}) files with POI HWPF into a {@link org.nianbao.parse.RawDocument}. */
package org.nianbao.parse.doc;
