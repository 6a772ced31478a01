package org.openrcm.codes.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.openrcm.codes.CmsCodesFile;
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
    /** First of all: the NCCI headers are the most particular, and an MUE file has a code and a text column. */
    NCCI_PTP_HOSPITAL(
            "NCCI PTP edits (outpatient hospital)",
            CodeSystem.NCCI,
            NcciKinds::isHospitalPtp,
            skip("OpenRCM checks professional claims against the practitioner PTP edits; the hospital table is not"
                    + " used")),
    NCCI_PTP(
            "NCCI PTP edits (practitioner)",
            CodeSystem.NCCI,
            (name, head) -> NcciKinds.isPtp(head),
            storedForElsewhere()),
    NCCI_MUE_PRACTITIONER(
            "NCCI MUE (practitioner services)",
            CodeSystem.NCCI,
            (name, head) -> NcciKinds.isMueOf(name, head, NcciKinds.Service.PRACTITIONER),
            storedForElsewhere()),
    NCCI_MUE_OUTPATIENT_HOSPITAL(
            "NCCI MUE (outpatient hospital services)",
            CodeSystem.NCCI,
            (name, head) -> NcciKinds.isMueOf(name, head, NcciKinds.Service.OUTPATIENT_HOSPITAL),
            storedForElsewhere()),
    NCCI_MUE_DME_SUPPLIER(
            "NCCI MUE (DME supplier services)",
            CodeSystem.NCCI,
            (name, head) -> NcciKinds.isMueOf(name, head, NcciKinds.Service.DME_SUPPLIER),
            storedForElsewhere()),
    NCCI_MUE_UNKNOWN_SERVICE(
            "NCCI MUE (provider kind not stated)",
            CodeSystem.NCCI,
            NcciKinds::isMueOfNoService,
            skip("neither its name nor an mue_service column says whether the MUEs are for practitioners,"
                    + " outpatient hospitals or DME suppliers; name it mue_practitioner_…, mue_outpatient_hospital_…"
                    + " or mue_dme_supplier_…")),
    NCCI_ADDON(
            "NCCI add-on code edits", CodeSystem.NCCI, (name, head) -> NcciKinds.isAddOn(head), storedForElsewhere()),
    ICD10CM_ORDER("ICD-10-CM order file", CodeSystem.ICD10CM, OrderFile::recognizes, codes(OrderFile::read)),
    /** Checked before the tabular and index kinds, whose roots the addenda XML share. */
    ICD10CM_XML_ADDENDA(
            "ICD-10-CM tabular or index addenda (XML)",
            CodeSystem.ICD10CM,
            (name, head) -> TabularFile.isAddenda(head) || IndexFile.isAddenda(head),
            skip("addenda list the changes; the full tabular list and index of the release hold them")),
    ICD10CM_TABULAR(
            "ICD-10-CM tabular list (XML)",
            CodeSystem.ICD10CM,
            TabularFile::recognizes,
            (in, file, r) -> List.of(TabularFile.release(TabularFile.read(in, file), r.id(), r.effective()))),
    ICD10CM_INDEX(
            "ICD-10-CM index or table (XML: alphabetic, external cause, drugs, neoplasms)",
            CodeSystem.ICD10CM,
            IndexFile::recognizes,
            (in, file, r) -> List.of(index(r, IndexFile.read(in, file)))),
    ICD10CM_INDEX_CSV(
            "ICD-10-CM alphabetic index (flattened CSV)",
            CodeSystem.ICD10CM,
            FlatIndexCsv::recognizes,
            (in, file, r) -> List.of(index(r, FlatIndexCsv.read(in, file)))),
    ICD10CM_CODES(
            "ICD-10-CM codes file (billable codes and long titles)",
            CodeSystem.ICD10CM,
            (name, head) -> CmsCodesFile.recognizes(head, CodeSystem.ICD10CM),
            (in, file, r) -> List.of(CmsCodesFile.read(in, file, CodeSystem.ICD10CM, r.id(), r.effective()))),
    ICD10PCS_CODES(
            "ICD-10-PCS codes file (valid codes and long titles)",
            CodeSystem.ICD10PCS,
            (name, head) -> CmsCodesFile.recognizes(head, CodeSystem.ICD10PCS),
            (in, file, r) -> List.of(CmsCodesFile.read(in, file, CodeSystem.ICD10PCS, r.id(), r.effective()))),
    ICD10PCS_ORDER(
            "ICD-10-PCS order file",
            CodeSystem.ICD10PCS,
            Icd10pcsOrderFile::recognizes,
            codes(Icd10pcsOrderFile::read)),
    HCPCS_ANWEB(
            "HCPCS Level II (CMS fixed-width file)",
            CodeSystem.HCPCS,
            HcpcsAnwebFile::recognizes,
            (in, file, r) -> hcpcs(HcpcsAnwebFile.read(in, file, r.id(), r.effective()))),
    HCPCS_CSV(
            "HCPCS Level II (CSV)",
            CodeSystem.HCPCS,
            HcpcsCsvFile::recognizes,
            (in, file, r) -> hcpcs(HcpcsCsvFile.read(in, file, r.id(), r.effective()))),
    /** Before the CPT numbers: the PPRRVU file is where CPT code numbers are published, named by its quarter. */
    MPFS_RVU(
            "MPFS relative value units (PPRRVU), with the CPT code numbers",
            CodeSystem.MPFS,
            RvuFile::recognizes,
            (in, file, r) -> {
                ReleaseName quarter = ReleaseName.quarter(r.effective());
                return List.of(CptNumbersFile.read(in, file, quarter.id(), quarter.effective()));
            },
            RvuFile::read),
    CPT_NUMBERS(
            "CPT code numbers (MPFS RVU file)",
            CodeSystem.CPT,
            CptNumbersFile::recognizes,
            codes(CptNumbersFile::read)),
    MODIFIERS("Modifiers (CSV)", CodeSystem.MODIFIER, ModifierFile::recognizes, codes(ModifierFile::read)),
    PLACE_OF_SERVICE(
            "Place of service codes", CodeSystem.POS, PlaceOfServiceFile::recognizes, codes(PlaceOfServiceFile::read)),
    ADJUSTMENT_CODES(
            "CARC, RARC and group codes",
            CodeSystem.CARC,
            AdjustmentCodeFile::recognizes,
            (in, file, r) -> List.copyOf(
                    AdjustmentCodeFile.read(in, file, r.id(), r.effective()).values())),
    TAXONOMY(
            "NUCC health care provider taxonomy",
            CodeSystem.TAXONOMY,
            NuccTaxonomyFile::recognizes,
            codes(NuccTaxonomyFile::read)),
    MPFS_GPCI("MPFS geographic practice cost indices (GPCI)", CodeSystem.MPFS, GpciFile::recognizes, GpciFile::read),
    MPFS_ANESTHESIA(
            "MPFS anesthesia conversion factors", CodeSystem.MPFS, AnesthesiaFile::recognizes, AnesthesiaFile::read),
    MPFS_LOCALITIES(
            "MPFS localities and counties", CodeSystem.MPFS, LocalityCountyFile::recognizes, LocalityCountyFile::read),
    MPFS_CONVERSION_FACTORS(
            "MPFS conversion factors", CodeSystem.MPFS, ConversionFactorFile::recognizes, ConversionFactorFile::read),
    /** Checked last of the CSV kinds: it recognises any file with a code and a descriptor column. */
    CPT_DESCRIPTORS(
            "CPT descriptors (licensed file)",
            CodeSystem.CPT,
            CptDescriptorFile::recognizes,
            codes(CptDescriptorFile::read)),
    ICD10CM_ADDENDA(
            "ICD-10-CM or ICD-10-PCS order addenda",
            CodeSystem.ICD10CM,
            (name, head) -> headText(head)
                            .lines()
                            .findFirst()
                            .orElse("")
                            .matches("(Add|Delete|Revise from|Revise to):\\s+\\S.*")
                    || name.toLowerCase(Locale.ROOT).contains("addenda")
                            && name.toLowerCase(Locale.ROOT).endsWith(".txt"),
            skip("addenda list the changes; OpenRCM computes them from the releases (codes diff)"));

    /** Whether a file (by its name and first bytes) is of a kind. */
    @FunctionalInterface
    interface Recognizer {
        boolean recognizes(String name, byte[] head);
    }

    /** Reads the code releases a file holds. */
    @FunctionalInterface
    interface CodesReader {
        List<Release> read(InputStream in, String fileName, ReleaseName release) throws IOException;
    }

    /** Reads the fee schedule part a file holds. */
    @FunctionalInterface
    interface FeesReader {
        FeeSchedule read(InputStream in, String fileName, String scheduleId, LocalDate effective);
    }

    /** A reader of one release by id and date, the usual shape. */
    @FunctionalInterface
    interface ReleaseReader {
        Release read(InputStream in, String fileName, String releaseId, LocalDate effective);
    }

    private static CodesReader codes(ReleaseReader reader) {
        return (in, file, r) -> List.of(reader.read(in, file, r.id(), r.effective()));
    }

    /** A kind only recognised, not imported, and why. */
    private record Skip(String reason) implements CodesReader {
        @Override
        public List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of();
        }
    }

    private static CodesReader skip(String reason) {
        return new Skip(reason);
    }

    /** A kind recognised and stored here, holding no code release: another module reads it (the NCCI tables). */
    private record ReadElsewhere() implements CodesReader {
        @Override
        public List<Release> read(InputStream in, String fileName, ReleaseName release) {
            return List.of();
        }
    }

    private static CodesReader storedForElsewhere() {
        return new ReadElsewhere();
    }

    private final String label;
    private final CodeSystem system;
    private final Recognizer recognizer;
    private final CodesReader codesReader;
    private final @Nullable FeesReader feesReader;

    FileKind(String label, CodeSystem system, Recognizer recognizer, CodesReader codes) {
        this(label, system, recognizer, codes, null);
    }

    FileKind(String label, CodeSystem system, Recognizer recognizer, FeesReader fees) {
        this(label, system, recognizer, (in, file, r) -> List.of(), fees);
    }

    FileKind(String label, CodeSystem system, Recognizer recognizer, CodesReader codes, @Nullable FeesReader fees) {
        this.label = label;
        this.system = system;
        this.recognizer = recognizer;
        this.codesReader = codes;
        this.feesReader = fees;
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
        return codesReader instanceof Skip skip ? Optional.of(skip.reason()) : Optional.empty();
    }

    /**
     * Whether files of this kind hold no code release but tables another module reads and checks (the NCCI edits, read
     * by the edits module): recognised, named and stored by the import, checked by its caller before they are stored.
     */
    public boolean readElsewhere() {
        return codesReader instanceof ReadElsewhere;
    }

    /** The release a file belongs to, from its name (and its zip's), when the name tells. */
    public Optional<ReleaseName> releaseOf(String fileName) {
        if (this == TAXONOMY) {
            return NuccTaxonomyFile.releaseOf(fileName);
        }
        return switch (system) {
            case ICD10CM, ICD10PCS -> ReleaseName.fiscalYear(fileName);
            case MPFS -> FeeSchedule.releaseOf(fileName);
            case NCCI -> ReleaseName.ncciQuarter(fileName);
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
            case NCCI -> ReleaseName.ncciQuarter(effective);
            default -> ReleaseName.quarter(effective);
        };
    }

    boolean recognizes(String name, byte[] head) {
        return recognizer.recognizes(name, head);
    }

    /** The code releases a file holds (one file of adjustment codes holds CARC, RARC and group codes). */
    List<Release> read(InputStream in, String fileName, ReleaseName release) throws IOException {
        return codesReader.read(in, fileName, release);
    }

    /** The fee schedule part a file holds, for the MPFS kinds. */
    @Nullable
    FeeSchedule readFees(InputStream in, String fileName, ReleaseName release) {
        return feesReader == null ? null : feesReader.read(in, fileName, release.id(), release.effective());
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
