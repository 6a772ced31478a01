package org.openrcm.codes.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.icd10cm.FlatIndexCsv;
import org.openrcm.codes.icd10cm.IndexEntry;
import org.openrcm.codes.icd10cm.IndexFile;
import org.openrcm.codes.icd10cm.OrderFile;
import org.openrcm.codes.icd10cm.TabularFile;

/**
 * The kinds of official files OpenRCM imports: how each is recognised (from its content first, its name second), which
 * release it belongs to, and how it is read. A kind that is recognised but carries nothing to import (the CMS
 * addenda, which the release diff recomputes) is {@linkplain #skipped() skipped} with a reason.
 */
public enum FileKind {
    ICD10CM_ORDER("ICD-10-CM order file", CodeSystem.ICD10CM) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return OrderFile.recognizes(name, head);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of(OrderFile.read(in, fileName, release.id(), release.effective()));
        }
    },
    ICD10CM_TABULAR("ICD-10-CM tabular list (XML)", CodeSystem.ICD10CM) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return TabularFile.recognizes(name, head);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of(TabularFile.release(TabularFile.read(in, fileName), release.id(), release.effective()));
        }
    },
    ICD10CM_INDEX("ICD-10-CM index or table (XML: alphabetic, external cause, drugs, neoplasms)", CodeSystem.ICD10CM) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return IndexFile.recognizes(name, head);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of(index(release, IndexFile.read(in, fileName)));
        }
    },
    ICD10CM_INDEX_CSV("ICD-10-CM alphabetic index (flattened CSV)", CodeSystem.ICD10CM) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return FlatIndexCsv.recognizes(name, head);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of(index(release, FlatIndexCsv.read(in, fileName)));
        }
    },
    ICD10CM_ADDENDA("ICD-10-CM or ICD-10-PCS order addenda", CodeSystem.ICD10CM) {
        @Override
        boolean recognizes(String name, byte[] head) {
            String n = name.toLowerCase(Locale.ROOT);
            return n.contains("addenda") && n.endsWith(".txt");
        }

        @Override
        public Optional<String> skipped() {
            return Optional.of("addenda list the changes; OpenRCM computes them from the releases (codes diff)");
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of();
        }
    };

    private final String label;
    private final CodeSystem system;

    FileKind(String label, CodeSystem system) {
        this.label = label;
        this.system = system;
    }

    public String label() {
        return label;
    }

    public CodeSystem system() {
        return system;
    }

    /** Why a file of this kind is not imported, for kinds that are only recognised. */
    public Optional<String> skipped() {
        return Optional.empty();
    }

    /** The release a file belongs to, from its name (and its zip's), when the name tells. */
    public Optional<ReleaseName> releaseOf(String fileName) {
        return switch (system) {
            case ICD10CM, ICD10PCS -> ReleaseName.fiscalYear(fileName);
            default -> ReleaseName.quarter(fileName);
        };
    }

    /** The release effective on a date the user gave. */
    public ReleaseName releaseOn(java.time.LocalDate effective) {
        return switch (system) {
            case ICD10CM, ICD10PCS -> ReleaseName.fiscalYear(effective);
            default -> ReleaseName.quarter(effective);
        };
    }

    abstract boolean recognizes(String name, byte[] head);

    abstract List<Release> read(InputStream in, String fileName, ReleaseName release) throws IOException;

    /** The kind of a file, or empty when OpenRCM does not know it. */
    public static Optional<FileKind> of(String name, byte[] head) {
        for (FileKind k : values()) {
            if (k.recognizes(name, head)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static Release index(ReleaseName release, List<IndexEntry> entries) {
        return new Release(CodeSystem.ICD10CM, release.id(), release.effective(), Map.of(), null, entries);
    }

    static String headText(byte[] head) {
        return new String(head, StandardCharsets.ISO_8859_1);
    }
}
