package org.openrcm.edits.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.claim.ClaimJson;

/** Hand-built claims for the edits' tests: the clean example of DESIGN.md, and variants of it changed in place. */
public final class ClaimFixtures {

    /** DESIGN.md's "Canonical claim JSON" example: a claim nothing is wrong with. */
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

    private ClaimFixtures() {}

    /** The DESIGN example with each {@code from} (which must occur exactly once) replaced by the {@code to} after it. */
    public static String example(String... fromTo) {
        String json = DESIGN_EXAMPLE;
        for (int i = 0; i < fromTo.length; i += 2) {
            String from = fromTo[i];
            assertThat(json.indexOf(from))
                    .as("the fixture changes %s", from)
                    .isNotNegative()
                    .isEqualTo(json.lastIndexOf(from));
            json = json.replace(from, fromTo[i + 1]);
        }
        return json;
    }

    /** The one claim of {@code json}. */
    public static Claim claim(String json) {
        List<Claim> claims = ClaimJson.read(json);
        assertThat(claims).hasSize(1);
        return claims.getFirst();
    }
}
