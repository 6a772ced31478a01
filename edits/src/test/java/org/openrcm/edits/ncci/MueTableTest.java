package org.openrcm.edits.ncci;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MueTableTest {

    @Test
    void practitionerTableHasEveryCodeWithItsUnitsAndIndicator() {
        MueTable t = NcciTestFiles.read(NcciTestFiles.MUE_PRACTITIONER, MueTable::read);
        assertThat(t.size()).isEqualTo(14_677);
        assertThat(t.service()).isEqualTo(MueService.PRACTITIONER);
        assertThat(t.effective()).contains(LocalDate.of(2024, 7, 1));
        // 20610,2,3,Clinical: Data,Practitioner — two major joint injections a day, counted over the date of service
        Mue knee = t.mue("20610").orElseThrow();
        assertThat(knee.units()).isEqualTo(2);
        assertThat(knee.mai()).isEqualTo(Mai.DATE_OF_SERVICE_CLINICAL);
        assertThat(knee.mai().perDateOfService()).isTrue();
        assertThat(knee.rationale()).isEqualTo("Clinical: Data");
        assertThat(knee.service()).isEqualTo(MueService.PRACTITIONER);
        // 0001U,1,2,Code Descriptor / CPT Instruction — absolute per date of service
        assertThat(t.mue("0001U").orElseThrow().mai()).isEqualTo(Mai.DATE_OF_SERVICE_POLICY);
        // A4206 (syringe) is not payable to practitioners: MUE 0
        assertThat(t.mue("A4206").orElseThrow().units()).isZero();
        assertThat(t.mue("a4206")).isPresent();
        assertThat(t.mue("ZZZZZ")).isEmpty();
        assertThat(t.all().stream().filter(m -> m.mai() == Mai.LINE)).hasSize(41);
        assertThat(t.all().stream().filter(m -> m.mai() == Mai.DATE_OF_SERVICE_POLICY))
                .hasSize(5_157);
    }

    @Test
    void eachServiceTypeHasItsOwnValues() {
        MueTable out = NcciTestFiles.read(NcciTestFiles.MUE_OUTPATIENT, MueTable::read);
        MueTable dme = NcciTestFiles.read(NcciTestFiles.MUE_DME, MueTable::read);
        assertThat(out.size()).isEqualTo(14_628);
        assertThat(out.service()).isEqualTo(MueService.OUTPATIENT_HOSPITAL);
        assertThat(dme.size()).isEqualTo(2_928);
        assertThat(dme.service()).isEqualTo(MueService.DME_SUPPLIER);
        // A4206: 0 for practitioners and DME suppliers, 1 in the outpatient hospital
        assertThat(out.mue("A4206").orElseThrow().units()).isEqualTo(1);
        assertThat(dme.mue("A4206").orElseThrow().units()).isZero();
        // E0114 (crutches): one per date of service from a DME supplier, by policy
        Mue crutches = dme.mue("E0114").orElseThrow();
        assertThat(crutches.units()).isEqualTo(1);
        assertThat(crutches.mai()).isEqualTo(Mai.DATE_OF_SERVICE_POLICY);
        assertThat(out.mue("J1100").orElseThrow().units()).isEqualTo(120);
        // MAI 1 (line edits) is rare: 42 outpatient rows and 23 DME rows (counted with awk)
        assertThat(out.all().stream().filter(m -> m.mai() == Mai.LINE)).hasSize(42);
        assertThat(dme.all().stream().filter(m -> m.mai() == Mai.LINE)).hasSize(23);
    }

    private static MueTable parse(String name, String text) {
        return MueTable.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    }

    @Test
    void badRowsAreRefusedNamingFileAndLine() {
        String h = "hcpcs_code,mue_units,mue_mai,mue_rationale,mue_service\n";
        assertThatThrownBy(
                        () -> parse("mue_practitioner.csv", h + "20610,2,3,x,Practitioner\n20610,1,3,x,Practitioner\n"))
                .hasMessage("mue_practitioner.csv, line 3: 20610 is listed twice (first on line 2)");
        assertThatThrownBy(() -> parse("mue_practitioner.csv", h + "20610,2,4,x,Practitioner\n"))
                .hasMessage("mue_practitioner.csv, line 2: MUE adjudication indicator '4' is not 1, 2 or 3");
        assertThatThrownBy(() -> parse("mue_practitioner.csv", h + "20610,two,3,x,Practitioner\n"))
                .hasMessage("mue_practitioner.csv, line 2: MUE units 'two' is not a whole number");
        assertThatThrownBy(() -> parse("mue_practitioner.csv", h + "20610,2,3,x,DME Supplier\n"))
                .hasMessage("mue_practitioner.csv, line 2: mue_service 'DME Supplier' in a table of Practitioner MUEs");
        // without a service in the name, the column says it
        assertThat(parse("mue.csv", h + "20610,2,3,x,Outpatient Hospital\n").service())
                .isEqualTo(MueService.OUTPATIENT_HOSPITAL);
        assertThatThrownBy(() -> parse("mue.csv", "hcpcs_code,mue_units,mue_mai\n20610,2,3\n"))
                .hasMessageStartingWith("mue.csv, line 1: neither the file name nor a mue_service column");
        // CMS's MAI column spells the indicator out
        assertThat(parse(
                                "mue_practitioner.csv",
                                "HCPCS/CPT Code,Practitioner Services MUE Values,"
                                        + "MUE Adjudication Indicator,MUE Rationale\n"
                                        + "20610,2,3 Date of Service Edit: Clinical,Clinical: Data\n")
                        .mue("20610")
                        .orElseThrow()
                        .mai())
                .isEqualTo(Mai.DATE_OF_SERVICE_CLINICAL);
    }
}
