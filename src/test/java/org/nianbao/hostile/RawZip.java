package org.nianbao.hostile;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes zip files byte by byte, so a test can make what {@link java.util.zip.ZipOutputStream} refuses: duplicate
 * entry names, and entries whose deflated data was built elsewhere (a bomb made of one repeated, independently
 * compressed chunk: megabytes on disk, gigabytes inflated, in well under a second).
 */
final class RawZip {
    private RawZip() {
    }

    /** Compression methods of the zip format this class writes. */
    static final int STORED = 0;
    static final int DEFLATED = 8;
    static final int BZIP2 = 12;

    /** One entry, already compressed with {@code method}. */
    record Part(String name, byte[] data, long crc, long size, int method) {
    }

    static byte[] write(List<Mutator.Entry> entries) {
        List<Part> parts = new ArrayList<>();
        for (Mutator.Entry e : entries) {
            parts.add(deflate(e.name(), e.data()));
        }
        return writeParts(parts);
    }

    static Part deflate(String name, byte[] data) {
        Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        d.setInput(data);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        while (!d.finished()) {
            out.write(buffer, 0, d.deflate(buffer));
        }
        d.end();
        CRC32 crc = new CRC32();
        crc.update(data);
        return new Part(name, out.toByteArray(), crc.getValue(), data.length, DEFLATED);
    }

    /**
     * An entry that inflates to {@code times} copies of {@code chunk}: the chunk is compressed once with a full
     * flush (so each copy stands alone) and the copies are laid end to end.
     */
    static Part repeated(String name, byte[] chunk, int times) {
        Deflater d = new Deflater(Deflater.BEST_COMPRESSION, true);
        d.setInput(chunk);
        ByteArrayOutputStream one = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        int n;
        while ((n = d.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH)) > 0) {
            one.write(buffer, 0, n);
        }
        d.end();
        byte[] block = one.toByteArray();
        ByteArrayOutputStream all = new ByteArrayOutputStream(block.length * times + 2);
        CRC32 crc = new CRC32();
        for (int i = 0; i < times; i++) {
            all.write(block, 0, block.length);
            crc.update(chunk);
        }
        all.write(3); // a final, empty fixed-Huffman block
        all.write(0);
        return new Part(name, all.toByteArray(), crc.getValue(), (long) chunk.length * times, DEFLATED);
    }

    static byte[] writeParts(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream central = new ByteArrayOutputStream();
        for (Part p : parts) {
            byte[] name = p.name().getBytes(StandardCharsets.UTF_8);
            long offset = out.size();
            int32(out, 0x04034b50);
            header(out, p, name);
            out.write(name, 0, name.length);
            out.write(p.data(), 0, p.data().length);
            int32(central, 0x02014b50);
            int16(central, 20);
            header(central, p, name);
            int16(central, 0); // comment length
            int16(central, 0); // disk
            int16(central, 0); // internal attributes
            int32(central, 0); // external attributes
            int32(central, offset);
            central.write(name, 0, name.length);
        }
        long start = out.size();
        byte[] dir = central.toByteArray();
        out.write(dir, 0, dir.length);
        int32(out, 0x06054b50);
        int16(out, 0);
        int16(out, 0);
        int16(out, parts.size());
        int16(out, parts.size());
        int32(out, dir.length);
        int32(out, start);
        int16(out, 0);
        return out.toByteArray();
    }

    private static void header(ByteArrayOutputStream out, Part p, byte[] name) {
        int16(out, p.method() == BZIP2 ? 46 : 20); // version needed
        int16(out, 0x0800); // flags: UTF-8 names
        int16(out, p.method());
        int16(out, 0); // time
        int16(out, 0x21); // date: 1980-01-01
        int32(out, p.crc());
        int32(out, p.data().length);
        int32(out, p.size());
        int16(out, name.length);
        int16(out, 0); // extra length
    }

    private static void int16(ByteArrayOutputStream out, int v) {
        out.write(v & 0xFF);
        out.write((v >>> 8) & 0xFF);
    }

    private static void int32(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 4; i++) {
            out.write((int) (v >>> (8 * i)) & 0xFF);
        }
    }
}
