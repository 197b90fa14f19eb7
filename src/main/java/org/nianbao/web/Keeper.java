package org.nianbao.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nianbao.parse.FormatSniffer;
import org.nianbao.parse.InputFormat;
import org.nianbao.parse.InputProblem;
import org.nianbao.run.FileResult;
import org.nianbao.store.Store;

/**
 * Decides what of an upload is kept. A file nianbao has no reader for, or with nothing in it, is not stored: its
 * result says why, and the batch lists it like any other. What is kept is stored once, by its content's hash, and
 * only within the data quota and the disk's free space: an upload that would pass either is refused whole, before
 * anything of it is stored.
 */
final class Keeper {
    /** Free space left on the data folder's disk, beyond what an upload brings. */
    private static final long DISK_MARGIN = 512L << 20;

    /** A file of a batch: its name, its content's hash, and why it was not kept (null when it was). */
    record Item(String name, String hash, FileResult.Unreadable refused) {
    }

    private final Store store;
    private final long maxStoredBytes;
    private final Path data;

    /**
     * @param maxStoredBytes the most all stored files may take
     * @param data           the data folder, whose disk must keep room
     */
    Keeper(Store store, long maxStoredBytes, Path data) {
        this.store = store;
        this.maxStoredBytes = maxStoredBytes;
        this.data = data;
    }

    /** Keeps what is worth keeping; the items in upload order. */
    List<Item> keep(List<BatchJobs.Incoming> files) throws Uploads.Refused, IOException, SQLException {
        List<Item> items = new ArrayList<>();
        Map<String, Path> toStore = new LinkedHashMap<>();
        long adding = 0;
        for (BatchJobs.Incoming f : files) {
            byte[] content = Files.readAllBytes(f.file()); // within the upload's per-file limit
            String hash = sha256(content);
            FileResult.Unreadable refused = refusal(content);
            items.add(new Item(f.name(), hash, refused));
            if (refused == null && !toStore.containsKey(hash) && !store.hasFile(hash)) {
                toStore.put(hash, f.file());
                adding += content.length;
            }
        }
        if (adding > 0 && store.storedBytes() + adding > maxStoredBytes) {
            throw new Uploads.Refused(507, "STORAGE_FULL", "数据已达上限（" + (maxStoredBytes >> 20)
                    + " MB），不能再保存文件；请清理数据文件夹或调高 --max-data-mb。", "The data quota ("
                    + (maxStoredBytes >> 20) + " MB) is used up; no more files can be kept (--max-data-mb).");
        }
        if (adding > 0 && Files.getFileStore(data).getUsableSpace() < 2 * adding + DISK_MARGIN) {
            throw new Uploads.Refused(507, "DISK_FULL", "服务器磁盘空间不足，不能保存文件。",
                    "The server's disk is too full to keep the files.");
        }
        for (Map.Entry<String, Path> e : toStore.entrySet()) {
            store.putFile(e.getValue(), e.getKey());
        }
        return items;
    }

    /** Why a file is not worth keeping, as reading it would say; null when it is. */
    static FileResult.Unreadable refusal(byte[] content) {
        boolean blank = true;
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != 0) {
                blank = false;
                break;
            }
        }
        if (blank) {
            return new FileResult.Unreadable(InputProblem.EMPTY, "the file is empty (not kept)", Map.of());
        }
        if (FormatSniffer.detect(content) == InputFormat.UNKNOWN) {
            return new FileResult.Unreadable(InputProblem.UNSUPPORTED,
                    "no reader for this kind of file (not kept)", Map.of());
        }
        return null;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
