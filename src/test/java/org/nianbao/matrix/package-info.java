/**
 * The rendering matrix: reports whose every cell is known (the seed, the real 洪泽区 report, generated ones) are
 * rendered by real producers — Chromium's print-to-PDF, LibreOffice to PDF in several page layouts and fonts and to
 * docx, doc and odt — each rendering is read back through the real readers and recognizer and compared with its
 * truth cell for cell, section by section and rule by rule. {@code RenderingMatrixTest} holds every column to
 * 100% except the pairs listed in {@code known-gaps.txt}; {@code MatrixMain} prints the accuracy table
 * (bench/accuracy.sh).
 */
package org.nianbao.matrix;
