package org.openrcm.codes.imports;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.Release;
import org.openrcm.codes.fees.FeeSchedule;

/**
 * Turns what a user points at (files, folders, the zips CMS and CDC publish) into release parts: every file is
 * expanded, recognised, named and read completely before anything is returned, so a bad file stops the whole import
 * with its name and line, and nothing of it is taken.
 */
public final class CodeImport {

    /** Largest file taken, inside a zip or not: the biggest official file is a few tens of megabytes. */
    public static final long MAX_FILE_BYTES = 512L * 1024 * 1024;

    /** Largest import taken at once, all files together (a fiscal year's zips unpacked hold about 100 MB). */
    public static final long MAX_IMPORT_BYTES = 2L * 1024 * 1024 * 1024;

    private CodeImport() {}

    /** Told as a file is read: its size first, then how many bytes have been read so far. */
    public interface Progress {
        void start(String fileName, long size);

        void advanced(long bytesRead);

        void done();

        Progress NONE = new Progress() {
            @Override
            public void start(String fileName, long size) {}

            @Override
            public void advanced(long bytesRead) {}

            @Override
            public void done() {}
        };
    }

    /** A file to import: its kind and the release it belongs to; or a file skipped, with the reason. */
    public record Planned(
            ReleaseFile file,
            @Nullable FileKind kind,
            @Nullable ReleaseName release,
            String skipReason) {
        public boolean skipped() {
            return kind == null || release == null;
        }
    }

    /** A file read: its kind, release, the release parts it holds and, for MPFS files, the fee schedule part. */
    public record Part(
            ReleaseFile file,
            FileKind kind,
            ReleaseName release,
            List<Release> releases,
            @Nullable FeeSchedule fees) {
        public Part {
            releases = List.copyOf(releases);
        }
    }

    /** Every file under the paths: folders walked, zips (and zips in zips) opened. */
    public static List<ReleaseFile> expand(List<Path> paths) {
        List<ReleaseFile> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                        // named from the folder down, so "April-1-2026-…/icd10cm_order_2026.txt" keeps its April
                        String name = folderName(path) + "/"
                                + path.relativize(p).toString().replace('\\', '/');
                        addFile(p, name, files, true);
                    }
                } catch (IOException e) {
                    throw new CodeImportException(
                            path.toString(), 0, "the folder could not be read: " + e.getMessage());
                }
            } else {
                addFile(path, path.getFileName().toString(), files, false);
            }
        }
        return files;
    }

    private static String folderName(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? "" : name.toString();
    }

    private static void addFile(Path path, String name, List<ReleaseFile> files, boolean contained) {
        try {
            if (!Files.isReadable(path)) {
                throw new CodeImportException(path.toString(), 0, "there is no readable file here");
            }
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new CodeImportException(name, 0, "the file is larger than any official code-set file");
            }
            add(new ReleaseFile(name, Files.readAllBytes(path), contained), files);
        } catch (IOException e) {
            throw new CodeImportException(name, 0, "the file could not be read: " + e.getMessage());
        }
    }

    private static void add(ReleaseFile file, List<ReleaseFile> files) {
        if (!isZip(file)) {
            long total = file.size();
            for (ReleaseFile f : files) {
                total += f.size();
            }
            if (total > MAX_IMPORT_BYTES) {
                throw new CodeImportException(
                        file.name(),
                        0,
                        "the import holds more than " + (MAX_IMPORT_BYTES >> 30)
                                + " GB of files; import the releases one at a time");
            }
            files.add(file);
            return;
        }
        try (ZipInputStream zip = new ZipInputStream(file.open())) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                add(
                        new ReleaseFile(file.name() + "!" + entry.getName(), readBounded(zip, entry.getName()), true),
                        files);
            }
        } catch (IOException e) {
            throw new CodeImportException(
                    file.name(), 0, "the zip is damaged or cut short (" + e.getMessage() + "); download it again");
        }
    }

    private static boolean isZip(ReleaseFile f) {
        byte[] h = f.head();
        return h.length >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
    }

    private static byte[] readBounded(InputStream in, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_FILE_BYTES) {
                throw new CodeImportException(name, 0, "the zip entry is larger than any official code-set file");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /**
     * The kind and release of each file. A file named directly that OpenRCM does not know is an error; inside a zip or a
     * folder it is skipped (CMS zips hold PDFs, schemas and read-me files). {@code effective}, when given, names the release of every
     * file.
     */
    public static List<Planned> plan(List<ReleaseFile> files, @Nullable LocalDate effective) {
        List<Planned> planned = new ArrayList<>();
        for (ReleaseFile f : files) {
            Optional<FileKind> kind = FileKind.of(f.simpleName(), f.head());
            if (kind.isEmpty()) {
                if (!f.contained()) {
                    throw new CodeImportException(
                            f.name(),
                            0,
                            "this is not a code-set file OpenRCM knows (ICD-10-CM/PCS order, tabular or index files,"
                                    + " HCPCS, CPT numbers or descriptors, modifiers, place of service, CARC/RARC,"
                                    + " NUCC taxonomy, MPFS RVU/GPCI, NCCI PTP, MUE and add-on code edits), nor a zip"
                                    + " of them");
                }
                planned.add(new Planned(f, null, null, "not a code-set file"));
                continue;
            }
            FileKind k = kind.get();
            if (k.skipped().isPresent()) {
                planned.add(new Planned(f, null, null, k.skipped().get()));
                continue;
            }
            Optional<ReleaseName> release =
                    effective != null ? Optional.of(k.releaseOn(effective)) : k.releaseOf(f.name());
            if (release.isEmpty() && !f.contained()) {
                throw new CodeImportException(
                        f.name(),
                        0,
                        "its name does not tell which " + k.system().label()
                                + " release it belongs to; give the date it takes effect with --effective YYYY-MM-DD");
            }
            planned.add(new Planned(f, k, release.orElse(null), ""));
        }
        return withSiblingReleases(planned);
    }

    /**
     * A file in a zip or folder whose name does not tell its release takes the release of the files of its system
     * beside it (a conversion-factor table among the RVU files of RVU24C); without one such release it is skipped.
     */
    private static List<Planned> withSiblingReleases(List<Planned> planned) {
        List<Planned> out = new ArrayList<>();
        for (Planned p : planned) {
            if (p.kind() == null || p.release() != null) {
                out.add(p);
                continue;
            }
            String container = container(p.file().name());
            List<ReleaseName> siblings = planned.stream()
                    .filter(o -> o.kind() != null && o.release() != null)
                    .filter(o -> o.kind().system() == p.kind().system())
                    .filter(o -> container(o.file().name()).equals(container))
                    .map(Planned::release)
                    .distinct()
                    .toList();
            out.add(
                    siblings.size() == 1
                            ? new Planned(p.file(), p.kind(), siblings.getFirst(), "")
                            : new Planned(
                                    p.file(),
                                    null,
                                    null,
                                    "its name does not tell its release; import it alone with --effective"));
        }
        return out;
    }

    private static String container(String name) {
        return name.substring(0, Math.max(0, Math.max(name.lastIndexOf('/'), name.lastIndexOf('!'))));
    }

    /** Reads one planned file completely. */
    public static Part read(Planned p, Progress progress) {
        if (p.skipped()) {
            throw new IllegalArgumentException(p.file() + " is skipped: " + p.skipReason());
        }
        progress.start(p.file().name(), p.file().size());
        try (InputStream in = new Counting(p.file().open(), progress)) {
            List<Release> releases = p.kind().read(in, p.file().name(), p.release());
            FeeSchedule fees = p.kind().readFees(p.file().open(), p.file().name(), p.release());
            return new Part(p.file(), p.kind(), p.release(), releases, fees);
        } catch (IOException e) {
            throw new CodeImportException(p.file().name(), 0, "the file could not be read: " + e.getMessage());
        } finally {
            progress.done();
        }
    }

    /** Reads files (already planned) in order; the first bad one stops everything. */
    public static List<Part> readAll(List<Planned> planned, Progress progress) {
        List<Part> parts = new ArrayList<>();
        for (Planned p : planned) {
            if (!p.skipped()) {
                parts.add(read(p, progress));
            }
        }
        return parts;
    }

    private static final class Counting extends FilterInputStream {
        private final Progress progress;
        private long read;
        private long reported;

        Counting(InputStream in, Progress progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(long n) {
            read += n;
            if (read - reported >= 1 << 18) {
                reported = read;
                progress.advanced(read);
            }
        }
    }
}
