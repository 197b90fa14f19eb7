package org.nianbao.web;

/**
 * How much one upload may bring: bytes per file (also per file inside a zip), files per batch (after zips are
 * opened), and bytes in all.
 */
public record UploadLimits(long maxFileBytes, int maxFiles, long maxTotalBytes) {
    public static final UploadLimits DEFAULT = new UploadLimits(50L << 20, 500, 1L << 30);
}
