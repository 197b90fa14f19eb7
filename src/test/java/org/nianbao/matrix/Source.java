package org.nianbao.matrix;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A report of the matrix: its name, what is special about it, its page (the HTML every producer starts from) and
 * its truth (the model as JSON: every cell, the sections, the metadata).
 */
record Source(String name, String description, byte[] html, String truthJson) {

    /** A short hash of the page, so a changed page is rendered again rather than taken from the cache. */
    String hash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(html);
            sha.update(truthJson.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
