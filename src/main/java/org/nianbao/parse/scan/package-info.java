/**
 * Scanned reports: pages without a usable text layer and images of pages, read by Tesseract (the Debian command
 * line) into the same {@link org.nianbao.parse.RawDocument} as every other reader. Tables are read cell by cell from
 * the ruling lines found on the image, each numeric cell with its confidence and alternatives; the narrative by
 * page. Imports only what {@code parse} shares and {@code model}.
 */
package org.nianbao.parse.scan;
