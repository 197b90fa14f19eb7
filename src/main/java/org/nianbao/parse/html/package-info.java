/**
 * Reading reports published as web pages (jsoup) into a {@link org.nianbao.parse.RawDocument}: charset, page
 * chrome, the report's content, paragraphs and span-resolved table grids, and the page's publication date.
 */
package org.nianbao.parse.html;
