package org.openrcm.codes.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CodeSystem;
import org.openrcm.codes.Release;
import org.openrcm.codes.fees.AnesthesiaFile;
import org.openrcm.codes.fees.ConversionFactorFile;
import org.openrcm.codes.fees.FeeSchedule;
import org.openrcm.codes.fees.GpciFile;
import org.openrcm.codes.fees.LocalityCountyFile;
import org.openrcm.codes.fees.RvuFile;
import org.openrcm.codes.icd10cm.FlatIndexCsv;
import org.openrcm.codes.icd10cm.IndexEntry;
import org.openrcm.codes.icd10cm.IndexFile;
import org.openrcm.codes.icd10cm.OrderFile;
import org.openrcm.codes.icd10cm.TabularFile;
import org.openrcm.codes.pos.PlaceOfServiceFile;
import org.openrcm.codes.procedures.CptDescriptorFile;
import org.openrcm.codes.procedures.CptNumbersFile;
import org.openrcm.codes.procedures.HcpcsAnwebFile;
import org.openrcm.codes.procedures.HcpcsCsvFile;
import org.openrcm.codes.procedures.HcpcsRelease;
import org.openrcm.codes.procedures.Icd10pcsOrderFile;
import org.openrcm.codes.procedures.ModifierFile;
import org.openrcm.codes.remittance.AdjustmentCodeFile;
import org.openrcm.codes.taxonomy.NuccTaxonomyFile;

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
    /** Checked before the tabular and index kinds, whose roots the addenda XML share. */
    ICD10CM_XML_ADDENDA("ICD-10-CM tabular or index addenda (XML)", CodeSystem.ICD10CM) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return TabularFile.isAddenda(head) || IndexFile.isAddenda(head);
        }

        @Override
        public Optional<String> skipped() {
            return Optional.of("addenda list the changes; the full tabular list and index of the release hold them");
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
    ICD10PCS_ORDER("ICD-10-PCS order file", CodeSystem.ICD10PCS) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return Icd10pcsOrderFile.recognizes(name, head);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of(Icd10pcsOrderFile.read(in, fileName, release.id(), release.effective()));
        }
    },
    HCPCS_ANWEB("HCPCS Level II (CMS fixed-width file)", CodeSystem.HCPCS) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return HcpcsAnwebFile.recognizes(name, head);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return hcpcs(HcpcsAnwebFile.read(in, fileName, release.id(), release.effective()));
        }
    },
    HCPCS_CSV("HCPCS Level II (CSV)", CodeSystem.HCPCS) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return HcpcsCsvFile.recognizes(name, head);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return hcpcs(HcpcsCsvFile.read(in, fileName, release.id(), release.effective()));
        }
    },
    MPFS_RVU("MPFS relative value units (PPRRVU), with the CPT code numbers", CodeSystem.MPFS) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return RvuFile.recognizes(name, head);
        }

        @Override
        FeeSchedule readFees(InputStream in, String fileName, ReleaseName release) {
            return RvuFile.read(in, fileName, release.id(), release.effective());
        }

        /** The RVU file is also where CPT code numbers are published: a CPT release named by its quarter. */
        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            ReleaseName quarter = ReleaseName.quarter(release.effective());
            return List.of(CptNumbersFile.read(in, fileName, quarter.id(), quarter.effective()));
        }
    },
    CPT_NUMBERS("CPT code numbers (MPFS RVU file)", CodeSystem.CPT) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return CptNumbersFile.recognizes(name, head);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of(CptNumbersFile.read(in, fileName, release.id(), release.effective()));
        }
    },
    MODIFIERS("Modifiers (CSV)", CodeSystem.MODIFIER) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return ModifierFile.recognizes(name, head);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of(ModifierFile.read(in, fileName, release.id(), release.effective()));
        }
    },
    PLACE_OF_SERVICE("Place of service codes", CodeSystem.POS) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return PlaceOfServiceFile.recognizes(name, head);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of(PlaceOfServiceFile.read(in, fileName, release.id(), release.effective()));
        }
    },
    ADJUSTMENT_CODES("CARC, RARC and group codes", CodeSystem.CARC) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return AdjustmentCodeFile.recognizes(name, head);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.copyOf(AdjustmentCodeFile.read(in, fileName, release.id(), release.effective())
                    .values());
        }
    },
    TAXONOMY("NUCC health care provider taxonomy", CodeSystem.TAXONOMY) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return NuccTaxonomyFile.recognizes(name, head);
        }

        @Override
        public Optional<ReleaseName> releaseOf(String fileName) {
            return NuccTaxonomyFile.releaseOf(fileName);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of(NuccTaxonomyFile.read(in, fileName, release.id(), release.effective()));
        }
    },
    MPFS_GPCI("MPFS geographic practice cost indices (GPCI)", CodeSystem.MPFS) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return GpciFile.recognizes(name, head);
        }

        @Override
        FeeSchedule readFees(InputStream in, String fileName, ReleaseName release) {
            return GpciFile.read(in, fileName, release.id(), release.effective());
        }
    },
    MPFS_ANESTHESIA("MPFS anesthesia conversion factors", CodeSystem.MPFS) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return AnesthesiaFile.recognizes(name, head);
        }

        @Override
        FeeSchedule readFees(InputStream in, String fileName, ReleaseName release) {
            return AnesthesiaFile.read(in, fileName, release.id(), release.effective());
        }
    },
    MPFS_LOCALITIES("MPFS localities and counties", CodeSystem.MPFS) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return LocalityCountyFile.recognizes(name, head);
        }

        @Override
        FeeSchedule readFees(InputStream in, String fileName, ReleaseName release) {
            return LocalityCountyFile.read(in, fileName, release.id(), release.effective());
        }
    },
    MPFS_CONVERSION_FACTORS("MPFS conversion factors", CodeSystem.MPFS) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return ConversionFactorFile.recognizes(name, head);
        }

        @Override
        FeeSchedule readFees(InputStream in, String fileName, ReleaseName release) {
            return ConversionFactorFile.read(in, fileName, release.id(), release.effective());
        }
    },
    /** Checked last of the CSV kinds: it recognises any file with a code and a descriptor column. */
    CPT_DESCRIPTORS("CPT descriptors (licensed file)", CodeSystem.CPT) {
        @Override
        boolean recognizes(String name, byte[] head) {
            return CptDescriptorFile.recognizes(name, head);
        }

        @Override
        List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of(CptDescriptorFile.read(in, fileName, release.id(), release.effective()));
        }
    },
    ICD10CM_ADDENDA("ICD-10-CM or ICD-10-PCS order addenda", CodeSystem.ICD10CM) {
        @Override
        boolean recognizes(String name, byte[] head) {
            String first = headText(head).lines().findFirst().orElse("");
            return first.matches("(Add|Delete|Revise from|Revise to):\\s+\\S.*")
                    || name.toLowerCase(Locale.ROOT).contains("addenda")
                            && name.toLowerCase(Locale.ROOT).endsWith(".txt");
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

    /**
     * Whether a release has one file of this kind (an order file, a tabular list, an RVU file): another file of the
     * kind for the same release replaces it. Index files are several per release (index, drugs, neoplasms…).
     */
    public boolean onePerRelease() {
        return this != ICD10CM_INDEX && this != CPT_DESCRIPTORS;
    }

    /** The systems a file of this kind brings releases of (an RVU file: the fee schedule and CPT numbers). */
    public java.util.Set<CodeSystem> systems() {
        return switch (this) {
            case MPFS_RVU -> java.util.EnumSet.of(CodeSystem.MPFS, CodeSystem.CPT);
            case HCPCS_ANWEB, HCPCS_CSV -> java.util.EnumSet.of(CodeSystem.HCPCS, CodeSystem.MODIFIER);
            case ADJUSTMENT_CODES -> java.util.EnumSet.of(CodeSystem.CARC, CodeSystem.RARC, CodeSystem.GROUP);
            default -> java.util.EnumSet.of(system);
        };
    }

    /** Why a file of this kind is not imported, for kinds that are only recognised. */
    public Optional<String> skipped() {
        return Optional.empty();
    }

    /** The release a file belongs to, from its name (and its zip's), when the name tells. */
    public Optional<ReleaseName> releaseOf(String fileName) {
        return switch (system) {
            case ICD10CM, ICD10PCS -> ReleaseName.fiscalYear(fileName);
            case MPFS -> FeeSchedule.releaseOf(fileName);
            default -> ReleaseName.quarter(fileName).or(() -> ReleaseName.yearMonth(fileName));
        };
    }

    /** The release effective on a date the user gave. */
    public ReleaseName releaseOn(java.time.LocalDate effective) {
        return switch (system) {
            case ICD10CM, ICD10PCS -> ReleaseName.fiscalYear(effective);
            case MPFS ->
                effective.getDayOfMonth() == 1 && (effective.getMonthValue() - 1) % 3 == 0
                        ? new ReleaseName(
                                String.format(
                                        "RVU%02d%c",
                                        effective.getYear() % 100, (char) ('A' + (effective.getMonthValue() - 1) / 3)),
                                effective)
                        : ReleaseName.dated(effective);
            default -> ReleaseName.quarter(effective);
        };
    }

    abstract boolean recognizes(String name, byte[] head);

    /** The code releases a file holds (one file of adjustment codes holds CARC, RARC and group codes). */
    List<Release> read(InputStream in, String fileName, ReleaseName release) throws IOException {
        return List.of();
    }

    /** The fee schedule part a file holds, for the MPFS kinds. */
    @Nullable
    FeeSchedule readFees(InputStream in, String fileName, ReleaseName release) {
        return null;
    }

    /** The kind of a file, or empty when OpenRCM does not know it. */
    public static Optional<FileKind> of(String name, byte[] head) {
        for (FileKind k : values()) {
            if (k.recognizes(name, head)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    private static List<Release> hcpcs(HcpcsRelease release) {
        return release.modifiers().isPresent()
                ? List.of(release.codes(), release.modifiers().get())
                : List.of(release.codes());
    }

    private static Release index(ReleaseName release, List<IndexEntry> entries) {
        return new Release(CodeSystem.ICD10CM, release.id(), release.effective(), Map.of(), null, entries);
    }

    static String headText(byte[] head) {
        return new String(head, StandardCharsets.ISO_8859_1);
    }
}
