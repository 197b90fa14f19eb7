/** The POI XWPF .docx reader as it was before issue 16: the oracle the streaming reader is compared with. */
package org.nianbao.parse.docx.xwpf;
