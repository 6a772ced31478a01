package org.openrcm.app.claim.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openrcm.app.claim.form.FormClaims.claim;
import static org.openrcm.app.claim.form.FormClaims.example;
import static org.openrcm.app.claim.form.FormClaims.open;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openrcm.app.claim.form.Cms1500Layout.Cell;
import org.openrcm.edits.claim.Claim;

class Cms1500FormTest {
    private final Cms1500Form form = new Cms1500Form();

    @ParameterizedTest(name = "form drawn: {0}")
    @ValueSource(booleans = {true, false})
    void printsTheDesignExampleInItsBoxes(boolean drawForm) throws IOException {
        FormOptions options = drawForm ? FormOptions.PLAIN_PAPER : FormOptions.PRE_PRINTED;
        try (PDDocument pdf = open(form.render(claim(FormClaims.DESIGN_EXAMPLE), options))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            GridText t = new GridText(pdf);
            assertThat(t.at(1, Cms1500Layout.PAYER_NAME)).isEqualTo("MEDICARE PART B J12");
            assertThat(t.at(1, 8, Cms1500Layout.MEDICARE, 1)).isEqualTo("X"); // item 1
            assertThat(t.at(1, 8, Cms1500Layout.MEDICAID, 1)).isEmpty();
            assertThat(t.at(1, 8, Cms1500Layout.GROUP_HEALTH_PLAN, 1)).isEmpty();
            assertThat(t.at(1, Cms1500Layout.INSURED_ID)).isEqualTo("1EG4TE5MK73"); // 1a
            assertThat(t.at(1, Cms1500Layout.PATIENT_NAME)).isEqualTo("RIVERA, ANA"); // 2
            assertThat(t.at(1, 10, 31, 10)).isEqualTo("04 02 1950"); // 3
            assertThat(t.at(1, Cms1500Layout.SEX_FEMALE)).isEqualTo("X");
            assertThat(t.at(1, Cms1500Layout.SEX_MALE)).isEmpty();
            assertThat(t.at(1, Cms1500Layout.INSURED_NAME)).isEqualTo("RIVERA, ANA"); // 4
            assertThat(t.at(1, Cms1500Layout.PATIENT_STREET)).isEqualTo("12 OAK ST"); // 5
            assertThat(t.at(1, Cms1500Layout.PATIENT_CITY)).isEqualTo("SPRINGFIELD");
            assertThat(t.at(1, Cms1500Layout.PATIENT_STATE)).isEqualTo("IL");
            assertThat(t.at(1, Cms1500Layout.PATIENT_ZIP)).isEqualTo("62701");
            assertThat(t.at(1, Cms1500Layout.SELF)).isEqualTo("X"); // 6
            assertThat(t.at(1, Cms1500Layout.SPOUSE)).isEmpty();
            assertThat(t.at(1, Cms1500Layout.INSURED_STREET)).isEqualTo("12 OAK ST"); // 7
            assertThat(t.at(1, Cms1500Layout.INSURED_GROUP)).isEqualTo("NONE"); // 11, Medicare primary
            assertThat(t.at(1, Cms1500Layout.INSURED_BIRTH_YEAR)).isEmpty(); // 11a not for Medicare
            assertThat(t.at(1, 20, Cms1500Layout.CONDITION_NO, 1)).isEqualTo("X"); // 10a
            assertThat(t.at(1, 20, Cms1500Layout.CONDITION_YES, 1)).isEmpty();
            assertThat(t.at(1, Cms1500Layout.ICD_INDICATOR)).isEqualTo("0"); // 21
            assertThat(t.at(1, Cms1500Layout.diagnosis(0))).isEqualTo("E119");
            assertThat(t.at(1, Cms1500Layout.diagnosis(1))).isEqualTo("I10");
            assertThat(t.at(1, Cms1500Layout.diagnosis(2))).isEmpty();
            assertThat(t.at(1, Cms1500Layout.RESUBMISSION_CODE)).isEmpty(); // 22: an original claim
            assertThat(t.at(1, Cms1500Layout.PRIOR_AUTHORIZATION)).isEmpty(); // 23
            // 24, line 1
            assertThat(t.at(1, 44, 1, 17)).isEqualTo("03 02 26 03 02 26");
            assertThat(t.at(1, 44, 19, 2)).isEqualTo("11");
            assertThat(t.at(1, 44, 25, 20)).isEqualTo("99214 25");
            assertThat(t.at(1, 44, 45, 4)).isEqualTo("AB");
            assertThat(t.at(1, 44, 50, 8)).isEqualTo("150 00");
            assertThat(t.at(1, 44, 56, 2)).isEqualTo("00");
            assertThat(t.at(1, 44, 59, 3)).isEqualTo("1");
            assertThat(t.at(1, 44, 68, 10)).isEqualTo("1234567893");
            // 24, line 2, and nothing on line 3
            assertThat(t.at(1, 46, 25, 20)).isEqualTo("20610 RT");
            assertThat(t.at(1, 46, 45, 4)).isEqualTo("A");
            assertThat(t.at(1, 46, 50, 8)).isEqualTo("200 00");
            assertThat(t.at(1, 48, 1, 77)).isEmpty();
            assertThat(t.at(1, Cms1500Layout.TAX_ID)).isEqualTo("371234567"); // 25
            assertThat(t.at(1, Cms1500Layout.EIN)).isEqualTo("X");
            assertThat(t.at(1, Cms1500Layout.SSN)).isEmpty();
            assertThat(t.at(1, Cms1500Layout.ACCOUNT)).isEqualTo("C-1001"); // 26
            assertThat(t.at(1, Cms1500Layout.ACCEPT_YES)).isEqualTo("X"); // 27
            assertThat(t.at(1, 56, 50, 10)).isEqualTo("350 00"); // 28
            assertThat(t.at(1, 56, 58, 2)).isEqualTo("00");
            assertThat(t.at(1, Cms1500Layout.PHYSICIAN_SIGNATURE)).isEqualTo("SIGNATURE ON FILE"); // 31
            assertThat(t.at(1, Cms1500Layout.SIGNATURE_DATE)).isEqualTo("03 20 26");
            assertThat(t.at(1, Cms1500Layout.BILLING_NAME)).isEqualTo("OAK FAMILY PRACTICE"); // 33
            assertThat(t.at(1, Cms1500Layout.BILLING_STREET)).isEqualTo("400 MAIN ST");
            assertThat(t.at(1, Cms1500Layout.BILLING_CITY)).isEqualTo("SPRINGFIELD IL 62701-1234");
            assertThat(t.at(1, Cms1500Layout.BILLING_NPI)).isEqualTo("1234567893"); // 33a
        }
    }

    @Test
    void printsTwelveDiagnosesAsAToLAndPointsWithLetters() throws IOException {
        List<String> codes = List.of(
                "E119", "I10", "E785", "M170", "J449", "N183", "F329", "G4733", "K219", "Z794", "E669", "R0602");
        String json = example(
                "\"diagnoses\": [\"E11.9\", \"I10\"]",
                "\"diagnoses\": [\"" + String.join("\", \"", codes) + "\", \"Z1331\"]",
                "\"pointers\": [1, 2]",
                "\"pointers\": [12, 5, 9, 13, 1]");
        try (PDDocument pdf = open(form.render(claim(json)))) {
            GridText t = new GridText(pdf);
            for (int i = 0; i < 12; i++) {
                assertThat(t.at(1, Cms1500Layout.diagnosis(i)))
                        .as("diagnosis %s", (char) ('A' + i))
                        .isEqualTo(codes.get(i));
            }
            assertThat(t.at(1, Cms1500Layout.diagnosis(11)).length()).isEqualTo(5);
            assertThat(t.page(1)).doesNotContain("Z1331"); // a 13th diagnosis has no box
            assertThat(t.at(1, 44, 45, 4)).isEqualTo("LEIA"); // pointer 13 cannot print
        }
    }

    @ParameterizedTest(name = "{0} lines")
    @ValueSource(ints = {7, 13})
    void continuesOnFurtherPagesWithTheTotalOnTheLastOnly(int count) throws IOException {
        Claim claim = claim(FormClaims.withLines(count));
        int pages = (count + 5) / 6;
        assertThat(Cms1500Form.pages(claim)).isEqualTo(pages);
        try (PDDocument pdf = open(form.render(claim))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
            GridText t = new GridText(pdf);
            for (int page = 1; page <= pages; page++) {
                // the header repeats on every page
                assertThat(t.at(page, Cms1500Layout.INSURED_ID)).isEqualTo("1EG4TE5MK73");
                assertThat(t.at(page, Cms1500Layout.PATIENT_NAME)).isEqualTo("RIVERA, ANA");
                assertThat(t.at(page, Cms1500Layout.diagnosis(0))).isEqualTo("E119");
                assertThat(t.at(page, Cms1500Layout.BILLING_NPI)).isEqualTo("1234567893");
                assertThat(t.page(page)).contains("PAGE " + page + " OF " + pages);
                for (int n = 1; n <= 6; n++) {
                    int number = (page - 1) * 6 + n;
                    String expected = number <= count ? String.format("J%04d", number) : "";
                    assertThat(t.at(page, Cms1500Layout.serviceLine(n), 25, 6))
                            .as("page %d line %d", page, n)
                            .isEqualTo(expected);
                }
                String total = t.at(page, 56, 50, 10);
                if (page < pages) {
                    assertThat(total).as("total on page %d", page).isEmpty();
                } else {
                    int sum = count * (count + 1) / 2 * 10;
                    assertThat(total).isEqualTo(sum + " 00");
                }
            }
            // line 7 opens the second page in slot 1
            assertThat(t.at(2, 44, 50, 8)).isEqualTo("70 00");
        }
    }

    @Test
    void sixLinesFitOnePage() {
        assertThat(Cms1500Form.pages(claim(FormClaims.withLines(6)))).isEqualTo(1);
        assertThat(Cms1500Form.pages(claim(FormClaims.withLines(0)))).isEqualTo(1);
    }

    @Test
    void anEmptyClaimPrintsABlankForm() throws IOException {
        Claim empty = claim("{\"lines\": [{\"modifiers\": [\"25\", \"59\", \"XS\", \"RT\", \"LT\"]}]}");
        try (PDDocument pdf = open(form.render(empty, FormOptions.PRE_PRINTED))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            GridText t = new GridText(pdf);
            assertThat(t.at(1, Cms1500Layout.INSURED_ID)).isEmpty();
            assertThat(t.at(1, Cms1500Layout.PATIENT_NAME)).isEmpty();
            assertThat(t.at(1, Cms1500Layout.ICD_INDICATOR)).isEmpty();
            assertThat(t.at(1, 8, 1, 48)).isEmpty(); // no payer kind, no item 1 box
            assertThat(t.at(1, 44, 33, 12)).isEqualTo("25 59 XS RT"); // four modifiers fit
            assertThat(t.at(1, 56, 50, 10)).isEmpty();
            assertThat(t.at(1, Cms1500Layout.TAX_ID)).isEmpty();
            assertThat(t.at(1, Cms1500Layout.EIN)).isEmpty();
        }
    }

    @Test
    void aCorrectedClaimNamesItsResubmissionCodeAndTheOriginal() throws IOException {
        Claim corrected = claim(example("\"frequency\": \"1\"", "\"frequency\": \"7\""));
        FormOptions options = FormOptions.PRE_PRINTED.withOriginalReference("22026079000123");
        try (PDDocument pdf = open(form.render(corrected, options))) {
            GridText t = new GridText(pdf);
            assertThat(t.at(1, Cms1500Layout.RESUBMISSION_CODE)).isEqualTo("7");
            assertThat(t.at(1, Cms1500Layout.ORIGINAL_REFERENCE)).isEqualTo("22026079000123");
        }
        // an original claim shows no original reference, even when one is given
        try (PDDocument pdf = open(form.render(claim(FormClaims.DESIGN_EXAMPLE), options))) {
            assertThat(new GridText(pdf).at(1, 38, 50, 29)).isEmpty();
        }
    }

    @Test
    void aCommercialPlanChecksGroupHealthPlanAndGivesTheInsuredsBirthDate() throws IOException {
        Claim commercial = claim(example(
                "\"kind\": \"medicare\"",
                "\"kind\": \"commercial\"",
                "\"priorAuthorization\": null",
                "\"priorAuthorization\": \"PA998877\"",
                "\"relationship\": \"self\"",
                "\"relationship\": \"spouse\""));
        try (PDDocument pdf = open(form.render(commercial))) {
            GridText t = new GridText(pdf);
            assertThat(t.at(1, 8, Cms1500Layout.GROUP_HEALTH_PLAN, 1)).isEqualTo("X");
            assertThat(t.at(1, 8, Cms1500Layout.MEDICARE, 1)).isEmpty();
            assertThat(t.at(1, Cms1500Layout.INSURED_GROUP)).isEmpty(); // NONE is Medicare's rule
            assertThat(t.at(1, Cms1500Layout.SPOUSE)).isEqualTo("X");
            assertThat(t.at(1, Cms1500Layout.SELF)).isEmpty();
            assertThat(t.at(1, Cms1500Layout.PRIOR_AUTHORIZATION)).isEqualTo("PA998877");
            // 11a is the insured's own birth date: not the patient's when the patient is the spouse
            assertThat(t.at(1, Cms1500Layout.INSURED_BIRTH_YEAR)).isEmpty();
        }
        Claim self = claim(example("\"kind\": \"medicare\"", "\"kind\": \"commercial\""));
        try (PDDocument pdf = open(form.render(self))) {
            GridText t = new GridText(pdf);
            assertThat(t.at(1, 20, 53, 10)).isEqualTo("04 02 1950");
            assertThat(t.at(1, Cms1500Layout.INSURED_SEX_FEMALE)).isEqualTo("X");
        }
    }

    @Test
    void namesOutsideAsciiAndTooLongForTheirBoxPrintWithinIt() throws IOException {
        Claim claim = claim(example(
                "\"patient\": {\"id\": \"P-1\", \"name\": {\"last\": \"RIVERA\"",
                "\"patient\": {\"id\": \"P-1\", \"name\": {\"last\": \"NÚÑEZ-ÅBERG DE LA TORRE Y BUSTAMANTE\""));
        try (PDDocument pdf = open(form.render(claim))) {
            GridText t = new GridText(pdf);
            assertThat(t.at(1, 10, 1, 29)).isEqualTo("NUNEZ-ABERG DE LA TORRE Y BU");
            assertThat(t.at(1, 10, 31, 10)).isEqualTo("04 02 1950"); // item 3 untouched
        }
    }

    @Test
    void printerShiftMovesTheDataOffItsCells() throws IOException {
        FormOptions shifted = FormOptions.PRE_PRINTED.shifted(0f, 12f); // one line down
        try (PDDocument pdf = open(form.render(claim(FormClaims.DESIGN_EXAMPLE), shifted))) {
            GridText t = new GridText(pdf);
            assertThat(t.at(1, Cms1500Layout.INSURED_ID)).isEmpty();
            assertThat(t.at(1, 9, 50, 29)).isEqualTo("1EG4TE5MK73");
        }
    }

    /** Renders the example to an image (target/cms1500-example.png) to look at; the page must not be blank. */
    @Test
    void rendersToAnImage() throws IOException {
        Claim claim = claim(example(
                "\"diagnoses\": [\"E11.9\", \"I10\"]",
                "\"diagnoses\": [\"E11.9\", \"I10\", \"E78.5\", \"M17.0\", \"J44.9\", \"N18.3\", \"F32.9\"]",
                "\"frequency\": \"1\"",
                "\"frequency\": \"7\""));
        try (PDDocument pdf = open(form.render(claim, FormOptions.PLAIN_PAPER.withOriginalReference("ICN123")))) {
            BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
            Path png = Path.of("target", "cms1500-example.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(image, "png", png.toFile());
            assertThat(image.getWidth()).isBetween(849, 851); // 8.5 inches at 100 dpi
            int dark = 0;
            for (int y = 0; y < image.getHeight(); y += 2) {
                for (int x = 0; x < image.getWidth(); x += 2) {
                    int rgb = image.getRGB(x, y);
                    if (((rgb >> 16) & 0xff) < 80 && ((rgb >> 8) & 0xff) < 80 && (rgb & 0xff) < 80) {
                        dark++;
                    }
                }
            }
            assertThat(dark).as("dark pixels of the printed data").isGreaterThan(500);
        }
        try (PDDocument pdf = open(form.render(claim(FormClaims.withLines(7))))) {
            BufferedImage last = new PDFRenderer(pdf).renderImageWithDPI(1, 100);
            ImageIO.write(
                    last, "png", Path.of("target", "cms1500-continuation.png").toFile());
        }
    }

    @Test
    void lettersOfPointers() {
        assertThat(Cms1500Form.pointers(List.of(1, 2, 3, 4, 5))).isEqualTo("ABCD");
        assertThat(Cms1500Form.pointers(List.of(0, 13, 12))).isEqualTo("L");
        assertThat(Cms1500Form.pointers(List.of())).isEmpty();
    }

    @Test
    void cellsOffTheGridAreRefused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new Cell(67, 1, 1));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> new Cell(10, 80, 10));
    }
}
