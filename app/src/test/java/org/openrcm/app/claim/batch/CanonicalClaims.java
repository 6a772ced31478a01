package org.openrcm.app.claim.batch;

import java.util.List;
import org.openrcm.app.claim.form.FormClaims;
import org.openrcm.edits.claim.Claim;
import org.openrcm.edits.claim.ClaimJson;

/** Canonical claims for the batch tests: DESIGN.md's example and variants of it changed in place. */
final class CanonicalClaims {

    /** DESIGN.md's "Canonical claim JSON" example (one copy for the app's tests, in {@link FormClaims}). */
    static final String EXAMPLE = FormClaims.DESIGN_EXAMPLE;

    /** Twelve diagnoses, the last line pointing at the twelfth. */
    static final String TWELVE_DIAGNOSES = EXAMPLE.replace("C-1001", "C-1012")
            .replace(
                    "\"diagnoses\": [\"E11.9\", \"I10\"]",
                    "\"diagnoses\": [\"E11.9\", \"I10\", \"E78.5\", \"M54.50\", \"J45.909\", \"K21.9\", \"F41.1\","
                            + " \"G47.33\", \"N18.3\", \"Z79.4\", \"E66.9\", \"R73.03\"]")
            .replace("\"pointers\": [1], ", "\"pointers\": [12, 3, 7, 1], ");

    /** The patient is the subscriber's child: 2000C with PAT01 19. */
    static final String CHILD = EXAMPLE.replace("C-1001", "C-2001")
            .replace(
                    "\"id\": \"MCR-J12\", \"name\": \"Medicare Part B J12\", \"kind\": \"medicare\"",
                    "\"id\": \"60054\", \"name\": \"ACME HEALTH\", \"kind\": \"commercial\"")
            .replace(
                    "\"relationship\": \"self\", \"name\": {\"last\": \"RIVERA\", \"first\": \"ANA\"}",
                    "\"relationship\": \"child\", \"name\": {\"last\": \"RIVERA\", \"first\": \"JUAN\"}")
            .replace(
                    "\"name\": {\"last\": \"RIVERA\", \"first\": \"ANA\"}, \"birthDate\": \"1950-04-02\"",
                    "\"name\": {\"last\": \"RIVERA\", \"first\": \"LUCIA\"}, \"birthDate\": \"2015-06-30\"");

    /** Rendered by a physician of the practice, not billed under the practice's NPI: 2310B. */
    static final String RENDERING = EXAMPLE.replace("C-1001", "C-3001")
            .replace(
                    "\"renderingProvider\": {\"npi\": \"1234567893\"}",
                    "\"renderingProvider\": {\"npi\": \"1972947588\", \"taxonomy\": \"207R00000X\","
                            + " \"name\": \"SMITH, JOHN\"}")
            .replace("\"priorAuthorization\": null", "\"priorAuthorization\": \"AUTH-77\"");

    private CanonicalClaims() {}

    static Claim one(String json) {
        return ClaimJson.read(json).getFirst();
    }

    /** The example for another payer (id, name, kind) under another claim id. */
    static String forPayer(String claimId, String payerId, String payerName, String kind) {
        return EXAMPLE.replace("C-1001", claimId)
                .replace(
                        "\"id\": \"MCR-J12\", \"name\": \"Medicare Part B J12\", \"kind\": \"medicare\"",
                        "\"id\": \"" + payerId + "\", \"name\": \"" + payerName + "\", \"kind\": \"" + kind + "\"");
    }

    static List<Claim> all(String... json) {
        return java.util.Arrays.stream(json).map(CanonicalClaims::one).toList();
    }
}
