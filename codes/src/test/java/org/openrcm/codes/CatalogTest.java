package org.openrcm.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openrcm.codes.icd10cm.IndexEntry;
import org.openrcm.codes.icd10cm.SeventhCharacters;
import org.openrcm.codes.icd10cm.Tabular;

/** How the parts of releases come together in the catalog, and what a lookup says about a code. */
class CatalogTest {
    static final LocalDate JULY = LocalDate.of(2024, 7, 1);

    static Code code(CodeSystem s, String value, String title, Map<String, String> details) {
        return new Code(s, value, true, title, title, null, null, details);
    }

    static Release release(CodeSystem s, String id, LocalDate effective, Code... codes) {
        Map<String, Code> map = new java.util.TreeMap<>();
        for (Code c : codes) {
            map.put(c.value(), c);
        }
        return new Release(s, id, effective, map);
    }

    @Test
    void licensedDescriptorsTitleTheCptNumbersWhicheverIsImportedFirst() {
        Release numbers = release(
                CodeSystem.CPT, "2024-JUL", JULY, code(CodeSystem.CPT, "99291", "", Map.of("MPFS status", "A")));
        Release descriptors = release(
                CodeSystem.CPT, "2024-JUL", JULY, code(CodeSystem.CPT, "99291", "Critical care first hour", Map.of()));
        for (List<Release> order : List.of(List.of(numbers, descriptors), List.of(descriptors, numbers))) {
            Catalog catalog = new Catalog();
            order.forEach(catalog::add);
            Code c = catalog.lookup(CodeSystem.CPT, "99291", JULY).orElseThrow().code();
            assertThat(c.longTitle()).isEqualTo("Critical care first hour");
            assertThat(c.details()).containsEntry("MPFS status", "A");
        }
    }

    @Test
    void partsOfOneDateAreOneReleaseWhateverTheirFilesCallIt() {
        Catalog catalog = new Catalog();
        catalog.add(release(
                CodeSystem.CPT, "2024-JUL", JULY, code(CodeSystem.CPT, "99213", "", Map.of("MPFS status", "A"))));
        catalog.add(
                release(CodeSystem.CPT, "RVU24C", JULY, code(CodeSystem.CPT, "99214", "", Map.of("MPFS status", "A"))));
        Release inForce = catalog.releaseOn(CodeSystem.CPT, JULY).orElseThrow();
        assertThat(inForce.id()).isEqualTo("2024-JUL");
        assertThat(inForce.codes()).extracting(Code::value).containsExactly("99213", "99214");
    }

    @Test
    void aReasonCodeIsExplainedOnAnyDateItWasValidEvenBeforeTheListHoldingItWasPublished() {
        Code co45 = new Code(
                CodeSystem.CARC,
                "45",
                true,
                "",
                "Charge exceeds fee schedule",
                LocalDate.of(1995, 1, 1),
                null,
                Map.of());
        Code d1 = new Code(
                CodeSystem.CARC,
                "D1",
                true,
                "",
                "Claim lacks date of service",
                LocalDate.of(1995, 1, 1),
                LocalDate.of(2003, 10, 16),
                Map.of());
        Catalog catalog = new Catalog();
        catalog.add(release(CodeSystem.CARC, "2024-06", LocalDate.of(2024, 6, 1), co45, d1));
        assertThat(catalog.lookup(CodeSystem.CARC, "CO-45", LocalDate.of(2024, 1, 2)))
                .isPresent();
        assertThat(catalog.lookup(CodeSystem.CARC, "D1", LocalDate.of(2003, 10, 16)))
                .isPresent();
        assertThat(catalog.lookup(CodeSystem.CARC, "D1", LocalDate.of(2004, 1, 1)))
                .as("after its stop date and before the list: nothing in force says it")
                .isEmpty();
        assertThat(catalog.lookup(CodeSystem.CARC, "D1", LocalDate.of(2024, 7, 1)))
                .hasValueSatisfying(l -> assertThat(l.validOnDate()).isFalse());
    }

    @Test
    void aHcpcsFileKeepsTheCptModifiersItDoesNotList() {
        Catalog catalog = new Catalog();
        catalog.add(release(
                CodeSystem.MODIFIER,
                "2024",
                LocalDate.of(2024, 1, 1),
                code(CodeSystem.MODIFIER, "25", "", Map.of("type", "CPT")),
                code(CodeSystem.MODIFIER, "XS", "Separate structure", Map.of("type", "HCPCS"))));
        catalog.add(release(
                CodeSystem.MODIFIER,
                "2024-JUL",
                JULY,
                code(CodeSystem.MODIFIER, "XS", "Separate structure", Map.of())));
        assertThat(catalog.lookup(CodeSystem.MODIFIER, "25", LocalDate.of(2024, 8, 1)))
                .isPresent();
    }

    @Test
    void aNewFiscalYearWithOnlyAnIndexDoesNotPassLastYearsCodesOffAsItsOwn() {
        Catalog catalog = new Catalog();
        catalog.add(release(
                CodeSystem.ICD10CM,
                "FY2026",
                LocalDate.of(2025, 10, 1),
                code(CodeSystem.ICD10CM, "I10", "Essential (primary) hypertension", Map.of())));
        catalog.add(new Release(
                CodeSystem.ICD10CM,
                "FY2027",
                LocalDate.of(2026, 10, 1),
                Map.of(),
                null,
                List.of(new IndexEntry(IndexEntry.Source.INDEX, List.of("Hypertension"), "I10", null, null))));
        assertThat(catalog.icd10cm("I10", LocalDate.of(2026, 10, 2))).isEmpty();
        assertThat(catalog.icd10cm("I10", LocalDate.of(2026, 9, 30))).isPresent();
    }

    @Test
    void aCodeWithCodesUnderItIsAHeaderAndALeafNeedingA7thCharacterSaysSo() {
        Tabular tabular = new Tabular(
                "test",
                List.of(),
                List.of(),
                Map.of(
                        "S72",
                                new Tabular.Entry(
                                        "S72",
                                        "Fracture of femur",
                                        List.of(),
                                        new SeventhCharacters(
                                                "S72",
                                                "",
                                                List.of(new SeventhCharacters.Character(
                                                        'A', "initial encounter for closed fracture")))),
                        "S720", new Tabular.Entry("S720", "Fracture of head and neck of femur", List.of(), null),
                        "S72001",
                                new Tabular.Entry(
                                        "S72001",
                                        "Fracture of unspecified part of neck of right femur",
                                        List.of(),
                                        null)));
        Catalog catalog = new Catalog();
        catalog.add(new Release(CodeSystem.ICD10CM, "FY2021", LocalDate.of(2020, 10, 1), Map.of(), tabular, List.of()));
        LocalDate on = LocalDate.of(2021, 1, 5);
        assertThat(catalog.icd10cm("S72.0", on).orElseThrow().status()).isEqualTo(Catalog.Lookup.Status.HEADER);
        assertThat(catalog.icd10cm("S72.001", on).orElseThrow().status())
                .isEqualTo(Catalog.Lookup.Status.NEEDS_SEVENTH_CHARACTER);
        assertThat(catalog.icd10cm("S72.001A", on).orElseThrow().status()).isEqualTo(Catalog.Lookup.Status.BILLABLE);
    }
}
