package org.nianbao.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Inputs are never written: an output file that is one of the inputs (by any name: a link, {@code ./}, another
 * spelling), or that lies inside a folder being read, would destroy a report before it is checked, or be read as one.
 */
public final class InputsUntouched {
    private InputsUntouched() {
    }

    /**
     * The first output that would touch an input, with why; empty when none does.
     *
     * @param inputs the paths given to read (files and folders)
     * @param files  the files found under them
     */
    public static Optional<String> clash(List<Path> outputs, List<Path> inputs, List<Path> files) throws IOException {
        for (Path out : outputs) {
            Path real = real(out);
            for (Path in : inputs) {
                if (!Files.exists(in)) {
                    continue;
                }
                Path folder = in.toRealPath();
                if (Files.isDirectory(folder) && real.startsWith(folder)) {
                    return Optional.of(out + "：在要检查的文件夹 " + in + " 里 / is inside " + in + ", a folder being checked");
                }
            }
            for (Path in : concat(inputs, files)) {
                if (Files.isRegularFile(in) && (real.equals(in.toRealPath())
                        || Files.exists(out) && Files.isSameFile(out, in))) {
                    return Optional.of(out + "：就是要检查的文件 " + in + " / is " + in + ", a file being checked");
                }
            }
        }
        return Optional.empty();
    }

    /** The output's real path, also when it does not exist yet (its nearest existing folder resolved). */
    private static Path real(Path out) throws IOException {
        Path abs = out.toAbsolutePath().normalize();
        Path existing = abs;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        return existing == null ? abs : existing.toRealPath().resolve(existing.relativize(abs));
    }

    private static List<Path> concat(List<Path> a, List<Path> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
