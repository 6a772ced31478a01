package org.openrcm.codes.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.CodeImportException;
import org.openrcm.codes.imports.ReleaseName;
import org.openrcm.codes.testing.SharedData;

/** The five MPFS files of RVU24C (July 2024) read into the parts of one fee schedule, and their errors. */
class FeeScheduleFilesTest {

    static final String PPRRVU = "fees/PPRRVU2024_JUL_rvu24c.csv";
    static final String GPCI = "fees/GPCI2024_rvu24c.csv";
    static final String ANES = "fees/ANES2024_rvu24c.csv";
    static final String LOCCO = "fees/LOCCO2024_rvu24c.csv";
    static final String CF = "fees/mpfs_conversion_factors_history.csv";
    static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);

    interface Reader {
        FeeSchedule read(InputStream in, String fileName, String id, LocalDate effective);
    }

    static FeeSchedule read(String name, Reader reader) throws IOException {
        long t0 = System.nanoTime();
        try (InputStream in = Files.newInputStream(SharedData.codes(name))) {
            FeeSchedule part = reader.read(in, name, "RVU24C", JULY_2024);
            System.out.printf("%s read in %.1f ms%n", name, (System.nanoTime() - t0) / 1e6);
            return part;
        }
    }

    /** The whole July 2024 schedule, merged from its five files. */
    static FeeSchedule rvu24c() throws IOException {
        return read(PPRRVU, RvuFile::read)
                .merge(read(GPCI, GpciFile::read))
                .merge(read(ANES, AnesthesiaFile::read))
                .merge(read(LOCCO, LocalityCountyFile::read))
                .merge(read(CF, ConversionFactorFile::read));
    }

    static FeeSchedule parse(String text, Reader reader) {
        return reader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "t.csv", "X", JULY_2024);
    }

    static String text(String name) throws IOException {
        return Files.readString(SharedData.codes(name));
    }

    @Test
    void theRvuFileHasEveryLineWithItsIndicators() throws IOException {
        FeeSchedule s = read(PPRRVU, RvuFile::read);
        assertThat(s.rvus()).hasSize(18_664);
        assertThat(s.rvus().values().stream().filter(r -> r.modifier().isEmpty()))
                .hasSize(16_470);
        assertThat(s.rvus().values().stream().filter(r -> r.status().equals("A")))
                .hasSize(8_977);
        assertThat(s.rvus().values().stream().filter(Rvu::notUsedForMedicarePayment))
                .hasSize(133);
        Rvu e214 = s.rvu("99214", "").orElseThrow();
        assertThat(e214.description()).isEqualTo("Office o/p est mod 30 min");
        assertThat(e214.work()).isEqualByComparingTo("1.92");
        assertThat(e214.nonFacilityPe()).isEqualByComparingTo("1.79");
        assertThat(e214.facilityPe()).isEqualByComparingTo("0.83");
        assertThat(e214.malpractice()).isEqualByComparingTo("0.14");
        assertThat(e214.nonFacilityTotal()).isEqualByComparingTo("3.85");
        assertThat(e214.policy().globalDays()).isEqualTo("XXX");
        assertThat(e214.conversionFactor()).isEqualByComparingTo("33.2875");
        assertThat(e214.source()).isEqualTo(new Source(PPRRVU, 18_499));
        Rvu hip = s.rvu("27130", null).orElseThrow();
        assertThat(hip.nonFacilityNa()).isTrue();
        assertThat(hip.facilityNa()).isFalse();
        assertThat(hip.policy())
                .extracting(
                        Rvu.Policy::globalDays,
                        Rvu.Policy::multipleProcedure,
                        Rvu.Policy::bilateralSurgery,
                        Rvu.Policy::assistantAtSurgery,
                        Rvu.Policy::coSurgeons)
                .containsExactly("090", "2", "1", "2", "1");
        assertThat(hip.policy().intraOp()).isEqualByComparingTo("0.69");
        Rvu chestTc = s.rvu("71046", "tc").orElseThrow();
        assertThat(chestTc.policy().pcTc()).isEqualTo("1");
        assertThat(chestTc.opps())
                .isEqualTo(new Rvu.OppsCap(new BigDecimal("2.61"), new BigDecimal("2.61"), new BigDecimal("0.04")));
        assertThat(s.rvu("99213", "").orElseThrow().opps()).isNull();
    }

    @Test
    void gpciAnesthesiaAndCountiesByLocality() throws IOException {
        FeeSchedule gpci = read(GPCI, GpciFile::read);
        assertThat(gpci.gpcis()).hasSize(109);
        Gpci manhattan = gpci.gpci(Locality.parse("13202-01")).orElseThrow();
        assertThat(manhattan.name()).isEqualTo("MANHATTAN");
        assertThat(manhattan.state()).isEqualTo("NY");
        assertThat(List.of(manhattan.work(), manhattan.practiceExpense(), manhattan.malpractice()))
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1.065"), new BigDecimal("1.166"), new BigDecimal("1.656"));
        assertThat(manhattan.source()).isEqualTo(new Source(GPCI, 76));

        FeeSchedule anes = read(ANES, AnesthesiaFile::read);
        assertThat(anes.anesthesia()).as("the blank line at the end is skipped").hasSize(109);
        assertThat(anes.anesthesia(new Locality("1112", "5")).orElseThrow().conversionFactor())
                .isEqualByComparingTo("22.86");
        assertThat(anes.anesthesia().keySet()).isEqualTo(gpci.gpcis().keySet());

        FeeSchedule locco = read(LOCCO, LocalityCountyFile::read);
        assertThat(locco.localityAreas())
                .as("111 lines less the footnote and the repeated Missouri line")
                .hasSize(109);
        assertThat(locco.areas(Locality.parse("05302-01"))).singleElement().satisfies(a -> {
            assertThat(a.state()).isEqualTo("MISSOURI");
            assertThat(a.feeScheduleArea()).isEqualTo("METROPOLITAN ST. LOUIS");
            assertThat(a.counties()).isEqualTo("JEFFERSON, ST. CHARLES, ST. LOUIS AND ST. LOUIS CITY");
        });
        assertThat(locco.areas(Locality.parse("05302-99"))).hasSize(1);
    }

    @Test
    void theConversionFactorHistoryGivesTheFactorOnADate() throws IOException {
        FeeSchedule cf = read(CF, ConversionFactorFile::read);
        assertThat(cf.conversionFactors()).hasSize(36);
        assertThat(cf.conversionFactorOn(LocalDate.of(2024, 3, 8)).orElseThrow().value())
                .isEqualByComparingTo("32.7442");
        assertThat(cf.conversionFactorOn(LocalDate.of(2024, 3, 9)).orElseThrow().value())
                .isEqualByComparingTo("33.2875");
        assertThat(cf.conversionFactorOn(LocalDate.of(2010, 6, 1)).orElseThrow().value())
                .isEqualByComparingTo("36.8729");
        assertThat(cf.conversionFactorOn(LocalDate.of(1991, 12, 31))).isEmpty();
        assertThat(cf.conversionFactorOn(LocalDate.of(2025, 1, 1))).isEmpty();
    }

    @Test
    void partsMergeUnderOneIdAndFileNamesTellTheRelease() throws IOException {
        FeeSchedule s = rvu24c();
        assertThat(s.id()).isEqualTo("RVU24C");
        assertThat(s.rvus()).hasSize(18_664);
        assertThat(s.gpcis()).hasSize(109);
        assertThat(s.anesthesia()).hasSize(109);
        assertThat(s.localityAreas()).hasSize(109);
        assertThat(s.conversionFactors()).hasSize(36);
        assertThatThrownBy(() -> s.merge(FeeSchedule.empty("RVU24D", LocalDate.of(2024, 10, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(s.merge(FeeSchedule.empty("rvu24c", JULY_2024)).rvus()).hasSize(18_664);

        assertThat(FeeSchedule.releaseOf("fees/PPRRVU2024_JUL_rvu24c.csv"))
                .contains(new ReleaseName("RVU24C", JULY_2024));
        assertThat(FeeSchedule.releaseOf("GPCI2024_rvu24c.csv")).contains(new ReleaseName("RVU24C", JULY_2024));
        assertThat(FeeSchedule.releaseOf("RVU25A.zip")).contains(new ReleaseName("RVU25A", LocalDate.of(2025, 1, 1)));
        assertThat(FeeSchedule.releaseOf("PPRRVU24_OCT.csv"))
                .contains(new ReleaseName("2024-OCT", LocalDate.of(2024, 10, 1)));
        assertThat(FeeSchedule.releaseOf("fees.csv")).isEmpty();
    }

    @Test
    void eachFileIsRecognizedByItsHeaderAndNoOtherReaderTakesIt() throws IOException {
        List<String> files = List.of(PPRRVU, GPCI, ANES, LOCCO, CF);
        List<BiPredicate<String, byte[]>> readers = List.of(
                RvuFile::recognizes,
                GpciFile::recognizes,
                AnesthesiaFile::recognizes,
                LocalityCountyFile::recognizes,
                ConversionFactorFile::recognizes);
        for (int f = 0; f < files.size(); f++) {
            byte[] head = Arrays.copyOf(Files.readAllBytes(SharedData.codes(files.get(f))), 4096);
            for (int r = 0; r < readers.size(); r++) {
                assertThat(readers.get(r).test("x.csv", head))
                        .as("reader %d on %s", r, files.get(f))
                        .isEqualTo(r == f);
            }
        }
    }

    @Test
    void cmsOwnLayoutsAreReadBelowTheirTitleLines() {
        FeeSchedule rvus = parse(
                "2024 National Physician Fee Schedule Relative Value File July Release,,,,,,,,,,,,,,,,\n"
                        + "CPT codes and descriptions only are copyright 2023 American Medical Association.,,,,,,,,,,,,,,,,\n"
                        + ",,,,,,NON-FAC,NON-FAC,FACILITY,FACILITY,,NON-FACILITY,FACILITY,,,,CONV\n"
                        + "HCPCS,MOD,DESCRIPTION,STATUS CODE,NOT USED FOR MEDICARE PAYMENT,WORK RVU,PE RVU,NA INDICATOR,"
                        + "PE RVU,NA INDICATOR,MP RVU,TOTAL,TOTAL,PCTC IND,GLOB DAYS,MULT PROC,FACTOR\n"
                        + "99213,,Office o/p est low 20 min,A,,1.30,1.33,,0.56,,0.10,2.73,1.96,0,XXX,0,33.2875\n"
                        + "27130,,Total hip arthroplasty,A,,19.60,15.00,NA,15.00,,4.03,38.63,38.63,0,090,2,33.2875\n"
                        + "\"CPT only copyright 2023 American Medical Association. All rights reserved.\",,,,,,,,,,,,,,,,\n",
                RvuFile::read);
        assertThat(rvus.rvus()).hasSize(2);
        Rvu e213 = rvus.rvu("99213", "").orElseThrow();
        assertThat(e213.nonFacilityPe()).isEqualByComparingTo("1.33");
        assertThat(e213.facilityPe()).isEqualByComparingTo("0.56");
        assertThat(e213.facilityTotal()).isEqualByComparingTo("1.96");
        assertThat(e213.conversionFactor()).isEqualByComparingTo("33.2875");
        assertThat(e213.source().line()).isEqualTo(5);
        assertThat(rvus.rvu("27130", "").orElseThrow().nonFacilityNa()).isTrue();

        FeeSchedule withoutTitles = parse(
                "HCPCS,MOD,STATUS CODE,WORK RVU,PE RVU,PE RVU,MP RVU\n99213,,A,1.30,1.33,0.56,0.10\n", RvuFile::read);
        assertThat(withoutTitles.rvu("99213", "").orElseThrow().facilityPe())
                .as("the second PE RVU column is the facility one")
                .isEqualByComparingTo("0.56");

        FeeSchedule gpci = parse(
                "ADDENDUM E. FINAL CY 2024 GEOGRAPHIC PRACTICE COST INDICES (GPCIs) BY STATE AND MEDICARE LOCALITY,,,,,,,\n"
                        + "Medicare Administrative Contractor (MAC),State,Locality Number,Locality Name,"
                        + "2024 PW GPCI (without 1.0 Floor),2024 PW GPCI (with 1.0 Floor),2024 PE GPCI,2024 MP GPCI\n"
                        + "10112,AL,0,ALABAMA,0.928,1.000,0.869,0.575\n"
                        + "* Work GPCI reflects a 1.0 floor.,,,,,,,\n",
                GpciFile::read);
        Gpci al = gpci.gpci(Locality.parse("10112-00")).orElseThrow();
        assertThat(al.work()).as("payment uses the work GPCI with the floor").isEqualByComparingTo("1.000");
        assertThat(al.workWithoutFloor()).isEqualByComparingTo("0.928");
    }

    /** CMS's own PPRRVU CSV: title lines, then the header split over two rows (invented values). */
    static final String TWO_ROW_HEADER = ""
            + "2030 National Physician Fee Schedule Relative Value File Test Release,,,,,,,,,,,,,,,,,,,,,,,,\n"
            + "Invented values for a test; not CMS data.,,,,,,,,,,,,,,,,,,,,,,,,\n"
            + ",,,,,,,,,,,,,,,,,,,,,,,,\n"
            + ",,,STATUS,NOT USED FOR MEDICARE,WORK,NON-FAC,NON-FAC NA,FACILITY,FACILITY NA,MP,NON-FACILITY,FACILITY,"
            + "PCTC,GLOB,PRE,INTRA,POST,MULT,BILAT,ASST,CO-,TEAM,ENDO,CONV\n"
            + "HCPCS,MOD,DESCRIPTION,CODE,PAYMENT,RVU,PE RVU,INDICATOR,PE RVU,INDICATOR,RVU,TOTAL,TOTAL,"
            + "IND,DAYS,OP,OP,OP,PROC,SURG,SURG,SURG,SURG,BASE,FACTOR\n"
            + "11111,,Invented visit,A,,1.11,2.22,,0.33,,0.04,3.37,1.48,0,XXX,0,0,0,0,0,0,0,0,,31.0001\n"
            + "22222,,Invented surgery,A,,10.50,NA,NA,6.25,,1.75,0,18.50,0,090,0.10,0.80,0.10,2,1,2,0,0,,31.0001\n"
            + "33333,26,Invented reading,A,1,0.70,0.30,,0.30,,0.05,1.05,1.05,1,XXX,0,0,0,4,0,1,0,0,,31.0001\n"
            + "33333,TC,Invented reading,A,1,0.00,1.90,,1.90,,0.02,1.92,1.92,1,XXX,0,0,0,4,0,1,0,0,,31.0001\n"
            + "\"CPT only copyright: not applicable, invented codes.\",,,,,,,,,,,,,,,,,,,,,,,,\n";

    @Test
    void cmsHeaderSplitOverTwoRowsIsRecognisedAndRead() {
        byte[] head = TWO_ROW_HEADER.getBytes(StandardCharsets.UTF_8);
        assertThat(RvuFile.recognizes("renamed.csv", head)).isTrue();
        FeeSchedule s = parse(TWO_ROW_HEADER, RvuFile::read);
        assertThat(s.rvus()).hasSize(4);
        Rvu visit = s.rvu("11111", "").orElseThrow();
        assertThat(visit.status()).isEqualTo("A");
        assertThat(visit.work()).isEqualByComparingTo("1.11");
        assertThat(visit.nonFacilityPe()).isEqualByComparingTo("2.22");
        assertThat(visit.facilityPe()).isEqualByComparingTo("0.33");
        assertThat(visit.malpractice()).isEqualByComparingTo("0.04");
        assertThat(visit.nonFacilityTotal()).isEqualByComparingTo("3.37");
        assertThat(visit.facilityTotal()).isEqualByComparingTo("1.48");
        assertThat(visit.conversionFactor()).isEqualByComparingTo("31.0001");
        assertThat(visit.notUsedForMedicarePayment()).isFalse();
        assertThat(visit.source().line()).isEqualTo(6);
        Rvu surgery = s.rvu("22222", "").orElseThrow();
        assertThat(surgery.nonFacilityNa()).isTrue();
        assertThat(surgery.facilityNa()).isFalse();
        assertThat(surgery.nonFacilityPe()).isEqualByComparingTo("0");
        assertThat(surgery.policy().globalDays()).isEqualTo("090");
        assertThat(surgery.policy().intraOp()).isEqualByComparingTo("0.80");
        assertThat(surgery.policy().multipleProcedure()).isEqualTo("2");
        assertThat(surgery.policy().assistantAtSurgery()).isEqualTo("2");
        Rvu pc = s.rvu("33333", "26").orElseThrow();
        assertThat(pc.notUsedForMedicarePayment()).isTrue();
        assertThat(pc.policy().pcTc()).isEqualTo("1");
        assertThat(s.rvu("33333", "TC").orElseThrow().nonFacilityPe()).isEqualByComparingTo("1.90");
    }

    @Test
    void damagedLinesAreRefusedNamingLineAndColumn() throws IOException {
        String rvus = text(PPRRVU);
        assertThatThrownBy(() -> parse(
                        rvus.replace(
                                "\n99213,,Office o/p est low 20 min,A,,1.3,",
                                "\n99213,,Office o/p est low 20 min,A,,1..3,"),
                        RvuFile::read))
                .isInstanceOf(CodeImportException.class)
                .hasMessageContaining("line 18498")
                .hasMessageContaining("'work_rvu' column holds '1..3', not a number");
        assertThatThrownBy(() -> parse(
                        rvus.replace("\n99213,,Office o/p est low 20 min,A,", "\n99213,,Office o/p est low 20 min,,"),
                        RvuFile::read))
                .hasMessageContaining("line 18498")
                .hasMessageContaining("99213 has the status ''");
        assertThatThrownBy(() -> parse(rvus.replace("\n99213,,", "\n9921,,"), RvuFile::read))
                .hasMessageContaining("line 18498")
                .hasMessageContaining("'9921' is not a HCPCS code");
        assertThatThrownBy(() -> parse(
                        rvus + "99213,,again,A,,0,0,,0,,0,0,0,9,XXX,0,0,0,9,9,9,9,9,,33.2875,09,0,99,0,0,0\n",
                        RvuFile::read))
                .hasMessageContaining("line 18666")
                .hasMessageContaining("99213 appears twice");
        assertThatThrownBy(() -> parse(rvus.substring(0, rvus.indexOf("\n99213,") + 40), RvuFile::read))
                .as("a file cut in the middle of a line")
                .hasMessageContaining("line 18498")
                .hasMessageContaining("the file may be cut short");
        assertThatThrownBy(() -> parse("hcpcs,mod,status_code,work_rvu\n99213,,A,1.3\n", RvuFile::read))
                .hasMessageContaining("no non-facility PE RVU column");

        String gpci = text(GPCI);
        assertThatThrownBy(() -> parse(
                        gpci.replace("\n13202,NY,01,MANHATTAN,1.065,", "\n13202,NY,01,MANHATTAN,,"), GpciFile::read))
                .hasMessageContaining("line 76")
                .hasMessageContaining("'gpci_work' column is empty where a number is needed");
        assertThatThrownBy(() -> parse(gpci.replace("\n13202,NY,01,", "\n13202,NY,1A,"), GpciFile::read))
                .hasMessageContaining("line 76")
                .hasMessageContaining("not a MAC and locality number");
        assertThatThrownBy(() -> parse(gpci + "13202,NY,01,MANHATTAN,1,1,1,1\n", GpciFile::read))
                .hasMessageContaining("line 111")
                .hasMessageContaining("locality 13202-01 appears twice");

        String cf = text(CF);
        assertThatThrownBy(() ->
                        parse(cf.replace("2024-03-09,2024-12-31", "2024-03-08,2024-12-31"), ConversionFactorFile::read))
                .hasMessageContaining("line 37")
                .hasMessageContaining("overlaps the one before (from 2024-01-01 through 2024-03-08)");
        assertThatThrownBy(() ->
                        parse(cf.replace("2024-03-09,2024-12-31", "2024-03-09,2024-02-31"), ConversionFactorFile::read))
                .hasMessageContaining("line 37")
                .hasMessageContaining("'date_end' column holds '2024-02-31', not a date");
        assertThatThrownBy(
                        () -> parse("contractor,locality,locality_name,anesthesia_conv_factor\n", AnesthesiaFile::read))
                .hasMessage("t.csv: the file holds no localities");
        assertThatThrownBy(() -> parse("mac,state\n10112,AL\n", GpciFile::read))
                .hasMessageContaining("no header row with MAC, locality and GPCI columns");
    }

    @Test
    void theReleaseComesFromTheFileNameNotItsFolderOrArchive() {
        assertThat(FeeSchedule.releaseOf("rvu23a.zip!PPRRVU24_JUL.csv"))
                .hasValue(new ReleaseName("2024-JUL", LocalDate.of(2024, 7, 1)));
        assertThat(FeeSchedule.releaseOf("C:\\cms\\rvu23a\\PPRRVU24_JUL.csv"))
                .hasValue(new ReleaseName("2024-JUL", LocalDate.of(2024, 7, 1)));
        assertThat(FeeSchedule.releaseOf("rvu23a/RVU24C.zip"))
                .hasValue(new ReleaseName("RVU24C", LocalDate.of(2024, 7, 1)));
    }
}
