package org.openrcm.edits.ncci;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeImportException;

/**
 * One quarter's NCCI tables: PTP edits, the MUE tables and the add-on code edits, with the date the release takes
 * effect (from the PTP file's name, {@code eff_2024-07-01}) and its quarter ({@code 2024Q3}), which findings cite. A
 * quarter imported in parts may lack a table ({@code ptp} or {@code addOns} null, an MUE table absent): the edits of
 * that table are then not checked, and the scrubber says so.
 */
public record NcciRelease(
        LocalDate effective,
        String quarter,
        @Nullable PtpTable ptp,
        Map<MueService, MueTable> mues,
        @Nullable AddOnTable addOns) {

    public NcciRelease {
        mues = Map.copyOf(mues);
    }

    /**
     * A quarter's tables as imported, any of them possibly missing; {@code effective} is the first day of the quarter
     * (or the date its files name).
     */
    public static NcciRelease quarter(
            LocalDate effective, @Nullable PtpTable ptp, List<MueTable> mues, @Nullable AddOnTable addOns) {
        return new NcciRelease(effective, NcciFiles.quarter(effective), ptp, byService(mues), addOns);
    }

    /** A release of these tables, effective as the PTP file's name says. */
    public static NcciRelease of(PtpTable ptp, List<MueTable> mues, AddOnTable addOns) {
        LocalDate effective = ptp.effective()
                .orElseThrow(() -> new CodeImportException(
                        ptp.source(), 0, "the file name carries no effective date (eff_YYYY-MM-DD)"));
        return new NcciRelease(effective, NcciFiles.quarter(effective), ptp, byService(mues), addOns);
    }

    private static Map<MueService, MueTable> byService(List<MueTable> mues) {
        Map<MueService, MueTable> byService = new EnumMap<>(MueService.class);
        for (MueTable m : mues) {
            if (byService.put(m.service(), m) != null) {
                throw new CodeImportException(
                        m.source(), 0, "a second " + m.service().label() + " MUE table");
            }
        }
        return byService;
    }

    /** The MUE table for one kind of provider, if the release has it. */
    public Optional<MueTable> mue(MueService service) {
        return Optional.ofNullable(mues.get(service));
    }

    /**
     * Reads the release in a folder laid out as {@code ../shared/data/codes/ncci}: one {@code ptp_practitioner_*}
     * file (plain or {@code .gz}; {@code _sample} files are passed over), the {@code mue_*} files, one {@code aoc_*}
     * file.
     */
    public static NcciRelease read(Path folder) {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path ptpFile = only(folder, files, "ptp_");
        Path aocFile = only(folder, files, "aoc_");
        PtpTable ptp = read(ptpFile, PtpTable::read);
        List<MueTable> mues = new ArrayList<>();
        for (Path f : files) {
            if (name(f).startsWith("mue_") && !name(f).contains("_sample")) {
                mues.add(read(f, MueTable::read));
            }
        }
        return of(ptp, mues, read(aocFile, AddOnTable::read));
    }

    private static String name(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT);
    }

    private static Path only(Path folder, List<Path> files, String prefix) {
        List<Path> found = files.stream()
                .filter(f -> name(f).startsWith(prefix) && !name(f).contains("_sample"))
                .toList();
        if (found.size() != 1) {
            throw new CodeImportException(
                    folder.toString(),
                    0,
                    (found.isEmpty() ? "no " : "more than one ") + prefix
                            + "* file: an NCCI release folder has exactly one" + (found.isEmpty() ? "" : " " + found));
        }
        return found.getFirst();
    }

    private interface Reader<T> {
        T read(InputStream in, String fileName);
    }

    private static <T> T read(Path file, Reader<T> reader) {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in, file.getFileName().toString());
        } catch (IOException e) {
            throw new CodeImportException(file.getFileName().toString(), 0, "cannot be read: " + e.getMessage());
        }
    }
}
