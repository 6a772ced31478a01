package org.openrcm.app.claim.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.claim.ClaimJson;

/** Claims for the form's tests (DESIGN.md's example and variants) and a reader of a PDF's text by grid cell. */
public final class FormClaims {
    /** DESIGN.md's "Canonical claim JSON" example. */
    public static final String DESIGN_EXAMPLE = """
            {
              "id": "C-1001",
              "kind": "professional",
              "frequency": "1",
              "payer": {"id": "MCR-J12", "name": "Medicare Part B J12", "kind": "medicare"},
              "subscriber": {"memberId": "1EG4TE5MK73", "relationship": "self", "name": {"last": "RIVERA", "first": "ANA"},
                             "address": {"line1": "12 OAK ST", "city": "SPRINGFIELD", "state": "IL", "zip": "62701"}},
              "patient": {"id": "P-1", "name": {"last": "RIVERA", "first": "ANA"}, "birthDate": "1950-04-02", "sex": "F",
                          "address": {"line1": "12 OAK ST", "city": "SPRINGFIELD", "state": "IL", "zip": "62701"}},
              "billingProvider": {"npi": "1234567893", "taxonomy": "207Q00000X", "taxId": "371234567", "name": "OAK FAMILY PRACTICE",
                                  "address": {"line1": "400 MAIN ST", "city": "SPRINGFIELD", "state": "IL", "zip": "627011234"}},
              "renderingProvider": {"npi": "1234567893"},
              "placeOfService": "11",
              "submittedOn": "2026-03-20",
              "priorAuthorization": null,
              "diagnoses": ["E11.9", "I10"],
              "lines": [
                {"procedure": "99214", "modifiers": ["25"], "units": 1, "charge": "150.00", "pointers": [1, 2], "serviceDate": "2026-03-02"},
                {"procedure": "20610", "modifiers": ["RT"], "units": 1, "charge": "200.00", "pointers": [1], "serviceDate": "2026-03-02"}
              ]
            }
            """;

    private FormClaims() {}

    /** The DESIGN example with each {@code from} (which must occur exactly once) replaced by the {@code to} after it. */
    public static String example(String... fromTo) {
        String json = DESIGN_EXAMPLE;
        for (int i = 0; i < fromTo.length; i += 2) {
            assertThat(json.indexOf(fromTo[i]))
                    .as("the fixture changes %s", fromTo[i])
                    .isNotNegative()
                    .isEqualTo(json.lastIndexOf(fromTo[i]));
            json = json.replace(fromTo[i], fromTo[i + 1]);
        }
        return json;
    }

    public static Claim claim(String json) {
        List<Claim> claims = ClaimJson.read(json);
        assertThat(claims).hasSize(1);
        return claims.getFirst();
    }

    /** The example with {@code count} service lines: 9921n-style codes numbered from 1, $10.00 times the line number. */
    public static String withLines(int count) {
        StringBuilder lines = new StringBuilder();
        for (int n = 1; n <= count; n++) {
            lines.append(n == 1 ? "" : ",\n")
                    .append("{\"procedure\": \"")
                    .append(String.format("J%04d", n))
                    .append("\", \"modifiers\": [], \"units\": 1, \"charge\": \"")
                    .append(n * 10)
                    .append(".00\", \"pointers\": [1], \"serviceDate\": \"2026-03-02\"}");
        }
        String json = DESIGN_EXAMPLE;
        int start = json.indexOf("\"lines\": [");
        int end = json.lastIndexOf(']');
        return json.substring(0, start) + "\"lines\": [" + lines + json.substring(end);
    }

    public static PDDocument open(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
