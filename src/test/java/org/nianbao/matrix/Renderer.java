package org.nianbao.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Makes every rendering the matrix needs, each once: a rendering is kept under {@code cache/} named by its source,
 * the hash of the source and the hash of the producer's recipe and tool version, so a rerun renders only what
 * changed. LibreOffice converts all files of one target format in one run (five runs at most: docx, doc, odt, the
 * flat ODF the PDFs are made from, and every PDF layout at once); Chromium prints one page per run, alongside.
 */
final class Renderer {
    /** Bump when the way a recipe is carried out changes (FlatOdt's edits, the HTML handed over). */
    private static final String RECIPE_VERSION = "1";

    private final Path cache;
    private final Path work;
    private final Map<String, String> skipped = new LinkedHashMap<>();
    private final Map<String, String> versions = new LinkedHashMap<>();
    private int made;

    Renderer(Path root) {
        this.cache = root.resolve("cache");
        this.work = root.resolve("work");
    }

    /** Producers that cannot run here, with the reason. */
    Map<String, String> skipped() {
        return skipped;
    }

    /** How many renderings this run made (the others came from the cache or are files as published). */
    int made() {
        return made;
    }

    /** The versions of the tools used, for the table's header. */
    Map<String, String> versions() {
        return versions;
    }

    List<Rendering> render(List<Source> sources, List<Producer> producers) throws IOException {
        Cleanup.deleteTree(work);
        Map<String, Path> pages = new LinkedHashMap<>();
        for (Source s : sources) {
            Path page = work.resolve("pages").resolve(s.name() + "-" + s.hash() + ".html");
            Files.createDirectories(page.getParent());
            Files.write(page, s.html());
            pages.put(s.name(), page);
        }
        StringBuilder chromiumWhy = new StringBuilder();
        Optional<Chromium> chromium = needs(producers, Producer.ChromiumPrint.class)
                ? Chromium.find(chromiumWhy) : Optional.empty();
        chromium.ifPresent(c -> versions.put("Chromium", c.version()));
        StringBuilder officeWhy = new StringBuilder();
        Optional<LibreOffice> office = needs(producers, Producer.LibreOfficePdf.class)
                || needs(producers, Producer.LibreOfficeExport.class) ? LibreOffice.find(officeWhy) : Optional.empty();
        try {
            office.ifPresent(o -> versions.put("LibreOffice", o.version()));
            for (Producer p : producers) {
                if (p instanceof Producer.CommandPrint c && CommandPrinter.unavailable(c) == null) {
                    versions.putIfAbsent(c.program(), CommandPrinter.version(c));
                }
            }
            Map<String, Rendering> done = new LinkedHashMap<>();
            List<Job> chromiumJobs = new ArrayList<>();
            List<Job> officeJobs = new ArrayList<>();
            for (Producer p : producers) {
                String unavailable = unavailable(p, chromium.isPresent() ? "" : chromiumWhy.toString(),
                        office.isPresent() ? "" : officeWhy.toString());
                if (unavailable != null) {
                    skipped.put(p.id(), unavailable);
                    continue;
                }
                for (Source s : sources) {
                    Path page = pages.get(s.name());
                    if (!p.makes(s.name())) {
                        continue;
                    }
                    if (p instanceof Producer.SourcePage) {
                        done.put(key(s, p), Rendering.made(s, p, page));
                    } else if (p instanceof Producer.Published pub) {
                        done.put(key(s, p), Rendering.made(s, p,
                                Path.of("src/test/resources", pub.resources().get(s.name()))));
                    } else {
                        Path target = cached(s, p);
                        if (Files.isRegularFile(target)) {
                            done.put(key(s, p), Rendering.made(s, p, target));
                        } else {
                            (p instanceof Producer.ChromiumPrint || p instanceof Producer.CommandPrint ? chromiumJobs
                                    : officeJobs)
                                    .add(new Job(s, p, page, target));
                        }
                    }
                }
            }
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<List<Rendering>> printed = pool.submit(() -> print(chromium.orElse(null), chromiumJobs));
                Future<List<Rendering>> converted = pool.submit(() -> convert(office.orElse(null), officeJobs));
                for (Rendering r : concat(printed.get(), converted.get())) {
                    done.put(key(r.source(), r.producer()), r);
                    made += r.failure() == null ? 1 : 0;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while rendering", e);
            } catch (ExecutionException e) {
                throw new IOException("rendering failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
            List<Rendering> out = new ArrayList<>();
            for (Producer p : producers) {
                for (Source s : sources) {
                    Rendering r = done.get(key(s, p));
                    if (r != null) {
                        out.add(r);
                    }
                }
            }
            return out;
        } finally {
            office.ifPresent(LibreOffice::close);
        }
    }

    /** A rendering still to make: from which page, into which cache file. */
    private record Job(Source source, Producer producer, Path page, Path target) {
    }

    /** Chromium's prints and the command-line printers', one after the other. */
    private List<Rendering> print(Chromium chromium, List<Job> jobs) {
        List<Rendering> out = new ArrayList<>();
        for (Job j : jobs) {
            Producer p = j.producer();
            try {
                Path partial = j.target().resolveSibling(j.target().getFileName() + ".part");
                if (p instanceof Producer.CommandPrint c) {
                    CommandPrinter.print(c, j.page(), partial, work.resolve("logs/" + c.program() + ".log"));
                } else {
                    chromium.print(j.page(), ((Producer.ChromiumPrint) p).pageCss(), partial,
                            work.resolve("logs/chromium.log"));
                }
                Files.move(partial, j.target(), StandardCopyOption.REPLACE_EXISTING);
                out.add(Rendering.made(j.source(), p, j.target()));
            } catch (IOException e) {
                out.add(Rendering.failed(j.source(), p, e.getMessage()));
            }
        }
        return out;
    }

    private List<Rendering> convert(LibreOffice office, List<Job> jobs) throws IOException {
        List<Rendering> out = new ArrayList<>();
        Map<String, List<Job>> exports = new LinkedHashMap<>();
        List<Job> pdfs = new ArrayList<>();
        for (Job j : jobs) {
            if (j.producer() instanceof Producer.LibreOfficeExport e) {
                exports.computeIfAbsent(e.extension() + ":" + e.filter(), k -> new ArrayList<>()).add(j);
            } else {
                pdfs.add(j);
            }
        }
        Path logs = work.resolve("logs");
        for (Map.Entry<String, List<Job>> batch : exports.entrySet()) {
            Path outDir = work.resolve("office").resolve(batch.getValue().get(0).producer().id());
            List<Path> pages = batch.getValue().stream().map(Job::page).distinct().toList();
            String failure = attempt(() -> office.convert(pages, batch.getKey(), LibreOffice.HTML_AS_WRITER, outDir,
                    logs.resolve("soffice-" + batch.getValue().get(0).producer().id() + ".log")));
            for (Job j : batch.getValue()) {
                out.add(collect(j, outDir.resolve(base(j.page()) + "." + j.producer().extension()), failure));
            }
        }
        if (!pdfs.isEmpty()) {
            out.addAll(pdfs(office, pdfs, logs));
        }
        return out;
    }

    /** Every PDF layout at once: each page saved as flat ODF once, given each layout and font, exported in one run. */
    private List<Rendering> pdfs(LibreOffice office, List<Job> jobs, Path logs) throws IOException {
        Path flat = work.resolve("office/fodt");
        List<Path> pages = jobs.stream().map(Job::page).distinct().toList();
        String failure = attempt(() -> office.convert(pages, "fodt", LibreOffice.HTML_AS_WRITER, flat,
                logs.resolve("soffice-fodt.log")));
        Path variants = work.resolve("office/layouts");
        Files.createDirectories(variants);
        List<Path> inputs = new ArrayList<>();
        if (failure == null) {
            for (Job j : jobs) {
                Producer.LibreOfficePdf p = (Producer.LibreOfficePdf) j.producer();
                Path fodt = flat.resolve(base(j.page()) + ".fodt");
                if (!Files.isRegularFile(fodt)) {
                    continue;
                }
                String text = Files.readString(fodt, StandardCharsets.UTF_8);
                Path variant = variants.resolve(p.id() + "__" + base(j.page()) + ".fodt");
                Files.writeString(variant, FlatOdt.withFont(FlatOdt.withLayout(text, p.layout()), p.font()),
                        StandardCharsets.UTF_8);
                inputs.add(variant);
            }
        }
        Path outDir = work.resolve("office/pdf");
        if (failure == null) {
            failure = attempt(() -> office.convert(inputs, "pdf", null, outDir, logs.resolve("soffice-pdf.log")));
        }
        List<Rendering> out = new ArrayList<>();
        for (Job j : jobs) {
            out.add(collect(j, outDir.resolve(j.producer().id() + "__" + base(j.page()) + ".pdf"), failure));
        }
        return out;
    }

    private static Rendering collect(Job j, Path made, String failure) {
        if (failure != null) {
            return Rendering.failed(j.source(), j.producer(), failure);
        }
        if (!Files.isRegularFile(made)) {
            return Rendering.failed(j.source(), j.producer(), "LibreOffice wrote no " + made.getFileName());
        }
        try {
            Files.move(made, j.target(), StandardCopyOption.REPLACE_EXISTING);
            return Rendering.made(j.source(), j.producer(), j.target());
        } catch (IOException e) {
            return Rendering.failed(j.source(), j.producer(), "cannot keep the rendering: " + e.getMessage());
        }
    }

    private interface Step {
        void run() throws IOException;
    }

    /** Runs a step; its failure, as a message, or null. */
    private static String attempt(Step step) {
        try {
            step.run();
            return null;
        } catch (IOException e) {
            return e.getMessage();
        }
    }

    private static String unavailable(Producer p, String chromiumWhy, String officeWhy) {
        if (p instanceof Producer.CommandPrint c) {
            return CommandPrinter.unavailable(c);
        }
        if (p instanceof Producer.ChromiumPrint) {
            return chromiumWhy.isEmpty() ? null : chromiumWhy;
        }
        if (p instanceof Producer.LibreOfficeExport) {
            return officeWhy.isEmpty() ? null : officeWhy;
        }
        if (p instanceof Producer.LibreOfficePdf l) {
            if (!officeWhy.isEmpty()) {
                return officeWhy;
            }
            return Tools.font(l.font()).isPresent() ? null : "the font " + l.font() + " is not installed ("
                    + (l.font().startsWith("Noto") ? "fonts-noto-cjk" : "fonts-wqy-zenhei") + ")";
        }
        return null;
    }

    private Path cached(Source s, Producer p) {
        String recipe = RECIPE_VERSION + "|" + p.recipe() + "|" + versions.getOrDefault(tool(p), "");
        Path dir = cache.resolve(p.id());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(s.name() + "-" + s.hash() + "-" + sha(recipe) + "." + p.extension());
    }

    private static String tool(Producer p) {
        if (p instanceof Producer.CommandPrint c) {
            return c.program();
        }
        return p instanceof Producer.ChromiumPrint ? "Chromium" : "LibreOffice";
    }

    private static boolean needs(List<Producer> producers, Class<? extends Producer> kind) {
        return producers.stream().anyMatch(kind::isInstance);
    }

    private static String key(Source s, Producer p) {
        return p.id() + "/" + s.name();
    }

    private static String base(Path page) {
        String name = page.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    private static String sha(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Rendering> concat(List<Rendering> a, List<Rendering> b) {
        List<Rendering> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
