package org.openrcm.app.claim.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.kernel.Refused;
import org.openrcm.edits.claim.Claim;
import org.openrcm.x12.claim.Claim.Address;
import org.openrcm.x12.claim.Claim.BillingProvider;
import org.openrcm.x12.claim.Claim.ClaimProvider;
import org.openrcm.x12.claim.Claim.HealthCareCode;
import org.openrcm.x12.claim.Claim.Party;
import org.openrcm.x12.claim.Claim.Person;
import org.openrcm.x12.claim.Claim.ServiceLine;
import org.openrcm.x12.claim.ClaimKind;

/**
 * Turns a canonical claim (the claim JSON of DESIGN.md, as the scrubber reads it) into the {@code x12} module's claim
 * model, as an 837P (005010X222A1) carries it: billing provider (2010AA), subscriber (2000B/2010BA), the patient
 * (2000C/2010CA) when not the subscriber, payer (2010BB), CLM, HI, prior authorization, rendering provider (2310B) and
 * service lines (2400).
 *
 * <p>Claims reach a batch after the scrubber has passed them, so anything missing here is refused rather than guessed:
 * one {@link Refused} ({@link #NOT_BATCHABLE}) naming the claim and every field it lacks by its JSON path, with the
 * 837P place it goes. The message never holds the values (names, member ids). What the canonical JSON does not carry
 * is written as the usual professional claim has it: primary payer (SBR01 P), provider signature on file (CLM06 Y),
 * assignment accepted (CLM07 A), benefits assigned (CLM08 Y), release of information signed (CLM09 Y); a missing
 * frequency is an original claim (1).
 */
public final class ProfessionalClaimMapper {

    /** The code of the refusal of a claim that cannot be written as an 837P. */
    public static final String NOT_BATCHABLE = "CLAIM_NOT_BATCHABLE";

    /** Diagnoses an 837P carries (HI, ABK then ABF). */
    public static final int MAX_DIAGNOSES = 12;

    /** Service lines an 837P claim carries (2400 repeats 50 times). */
    public static final int MAX_LINES = 50;

    /** SBR09 claim filing indicator by canonical payer kind (lower case, letters only). */
    private static final Map<String, String> FILING_INDICATORS = Map.ofEntries(
            Map.entry("medicare", "MB"),
            Map.entry("medicaid", "MC"),
            Map.entry("commercial", "CI"),
            Map.entry("bcbs", "BL"),
            Map.entry("bluecross", "BL"),
            Map.entry("tricare", "CH"),
            Map.entry("champus", "CH"),
            Map.entry("va", "VA"),
            Map.entry("workerscomp", "WC"),
            Map.entry("workerscompensation", "WC"),
            Map.entry("hmo", "HM"),
            Map.entry("ppo", "12"),
            Map.entry("auto", "AM"));

    /** PAT01 by canonical relationship of the patient to the subscriber; "self" is SBR02 18 and has no 2000C. */
    private static final Map<String, String> RELATIONSHIPS = Map.ofEntries(
            Map.entry("spouse", "01"),
            Map.entry("child", "19"),
            Map.entry("employee", "20"),
            Map.entry("unknown", "21"),
            Map.entry("organdonor", "39"),
            Map.entry("cadaverdonor", "40"),
            Map.entry("lifepartner", "53"),
            Map.entry("other", "G8"));

    private ProfessionalClaimMapper() {}

    /** The 837P claim of a canonical claim, or a {@link Refused} naming every field the 837P needs and lacks. */
    public static org.openrcm.x12.claim.Claim toX12(Claim c) {
        Missing missing = new Missing();
        if (c.kind() != null && !c.kind().strip().equalsIgnoreCase("professional")) {
            missing.invalid("kind", "professional (only 837P batches are written)");
        }
        String claimId = missing.text(c.id(), "id", "2300 CLM01");
        if (claimId != null && claimId.length() > 38) {
            missing.invalid("id", "at most 38 characters (2300 CLM01)");
        }
        String frequency = c.frequency() == null ? "1" : c.frequency().strip();
        if (frequency.equals("7") || frequency.equals("8")) {
            missing.invalid(
                    "frequency",
                    "1: a replacement (7) or void (8) needs the payer's claim number of the original claim (2300"
                            + " REF*F8), which the claim JSON does not carry");
        } else if (!frequency.equals("1")) {
            missing.invalid("frequency", "1, 7 or 8 (2300 CLM05-3)");
        }
        String pos = missing.text(c.placeOfService(), "placeOfService", "2300 CLM05-1");
        if (pos != null && !pos.matches("\\d{2}")) {
            missing.invalid("placeOfService", "two digits (2300 CLM05-1)");
        }

        BillingProvider billing = billing(c.billingProvider(), missing);
        Claim.Payer payer = c.payer();
        Party x12Payer = new Party(
                orEmpty(missing.text(payer == null ? null : payer.name(), "payer.name", "2010BB NM103")),
                "PI",
                orEmpty(missing.text(payer == null ? null : payer.id(), "payer.id", "2010BB NM109")),
                null);
        String filing = filingIndicator(payer == null ? null : payer.kind(), missing);

        Claim.Subscriber sub = c.subscriber();
        Claim.Patient pat = c.patient();
        String memberId = missing.text(sub == null ? null : sub.memberId(), "subscriber.memberId", "2010BA NM109");
        String relationship = relationship(sub == null ? null : sub.relationship(), missing);
        boolean self = "18".equals(relationship);
        Person patientPerson = patient(pat, self ? memberId : null, self, sub == null ? null : sub.address(), missing);
        org.openrcm.x12.claim.Claim.Subscriber subscriber;
        org.openrcm.x12.claim.Claim.Patient patient = null;
        if (self) {
            subscriber = new org.openrcm.x12.claim.Claim.Subscriber("P", "18", "", "", "", filing, patientPerson);
        } else {
            Claim.Name name = sub == null ? null : sub.name();
            Person subscriberPerson = new Person(
                    "1",
                    orEmpty(missing.text(name == null ? null : name.last(), "subscriber.name.last", "2010BA NM103")),
                    orEmpty(missing.text(name == null ? null : name.first(), "subscriber.name.first", "2010BA NM104")),
                    "",
                    "",
                    "MI",
                    orEmpty(memberId),
                    address(sub == null ? null : sub.address(), "subscriber.address", false, missing),
                    null,
                    "");
            subscriber = new org.openrcm.x12.claim.Claim.Subscriber("P", "", "", "", "", filing, subscriberPerson);
            patient = new org.openrcm.x12.claim.Claim.Patient(orEmpty(relationship), patientPerson);
        }

        List<HealthCareCode> diagnoses = diagnoses(c.diagnoses(), missing);
        List<ServiceLine> lines = lines(c.lines(), diagnoses.size(), missing);
        List<ClaimProvider> providers = rendering(c.renderingProvider(), billing.npi(), missing);
        missing.refuseIfAny(claimId);

        BigDecimal total = BigDecimal.ZERO;
        for (ServiceLine l : lines) {
            total = total.add(l.charge());
        }
        String priorAuth =
                c.priorAuthorization() == null ? "" : c.priorAuthorization().strip();
        return new org.openrcm.x12.claim.Claim(
                ClaimKind.PROFESSIONAL,
                billing,
                null,
                null,
                subscriber,
                patient,
                x12Payer,
                claimId,
                total,
                pos,
                frequency,
                "Y",
                "A",
                "Y",
                "Y",
                List.of(),
                "",
                "",
                null,
                "",
                priorAuth,
                "",
                "",
                List.of(),
                diagnoses,
                List.of(),
                providers,
                List.of(),
                lines,
                null);
    }

    private static BillingProvider billing(Claim.@Nullable Provider p, Missing missing) {
        String npi = missing.text(p == null ? null : p.npi(), "billingProvider.npi", "2010AA NM109");
        String name = missing.text(p == null ? null : p.name(), "billingProvider.name", "2010AA NM103");
        String taxonomy = missing.text(p == null ? null : p.taxonomy(), "billingProvider.taxonomy", "2000A PRV03");
        String taxId = missing.text(p == null ? null : p.taxId(), "billingProvider.taxId", "2010AA REF02");
        if (taxId != null) {
            taxId = taxId.replace("-", "");
            if (!taxId.matches("\\d{9}")) {
                missing.invalid("billingProvider.taxId", "nine digits (2010AA REF02)");
            }
        }
        Address address = address(p == null ? null : p.address(), "billingProvider.address", true, missing);
        if (address != null && !address.postalCode().matches("\\d{9}")) {
            missing.invalid("billingProvider.address.zip", "the nine-digit ZIP+4 (2010AA N403)");
        }
        return new BillingProvider(
                "2", orEmpty(name), "", "", "", orEmpty(npi), orEmpty(taxonomy), "EI", orEmpty(taxId), address, "", "");
    }

    /** N3/N4 of an address; {@code required}: each part missing is refused, else a wholly absent address is null. */
    private static @Nullable Address address(
            Claim.@Nullable Address a, String path, boolean required, Missing missing) {
        if (!required && (a == null || blank(a.line1()) && blank(a.city()) && blank(a.state()) && blank(a.zip()))) {
            return null;
        }
        String line1 = missing.text(a == null ? null : a.line1(), path + ".line1", "N301");
        String city = missing.text(a == null ? null : a.city(), path + ".city", "N401");
        String state = missing.text(a == null ? null : a.state(), path + ".state", "N402");
        String zip = missing.text(a == null ? null : a.zip(), path + ".zip", "N403");
        return new Address(
                orEmpty(line1),
                "",
                orEmpty(city),
                orEmpty(state).toUpperCase(Locale.ROOT),
                orEmpty(zip).replace("-", ""),
                "");
    }

    /**
     * 2010BA when the patient is the subscriber (with the member id; the address may be the subscriber's), else 2010CA;
     * DMG and address required.
     */
    private static Person patient(
            Claim.@Nullable Patient p,
            @Nullable String memberId,
            boolean self,
            Claim.@Nullable Address subscriberAddress,
            Missing missing) {
        String loop = self ? "2010BA" : "2010CA";
        Claim.Name name = p == null ? null : p.name();
        String last = missing.text(name == null ? null : name.last(), "patient.name.last", loop + " NM103");
        String first = missing.text(name == null ? null : name.first(), "patient.name.first", loop + " NM104");
        if (p == null || p.birthDate() == null) {
            missing.missing("patient.birthDate", loop + " DMG02");
        }
        String sex = missing.text(p == null ? null : p.sex(), "patient.sex", loop + " DMG03");
        if (sex != null) {
            sex = sex.toUpperCase(Locale.ROOT);
            if (!sex.equals("F") && !sex.equals("M") && !sex.equals("U")) {
                missing.invalid("patient.sex", "F, M or U (" + loop + " DMG03)");
            }
        }
        return new Person(
                "1",
                orEmpty(last),
                orEmpty(first),
                "",
                "",
                self ? "MI" : "",
                self ? orEmpty(memberId) : "",
                self && (p == null || p.address() == null) && subscriberAddress != null
                        ? address(subscriberAddress, "subscriber.address", true, missing)
                        : address(p == null ? null : p.address(), "patient.address", true, missing),
                p == null ? null : p.birthDate(),
                orEmpty(sex));
    }

    /** "18" for self, else the PAT01 code; a relationship already written as its X12 code is taken as is. */
    private static @Nullable String relationship(@Nullable String relationship, Missing missing) {
        String r = missing.text(relationship, "subscriber.relationship", "2000B SBR02 or 2000C PAT01");
        if (r == null) {
            return null;
        }
        String key = r.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        if (key.equals("self") || key.equals("18")) {
            return "18";
        }
        if (RELATIONSHIPS.containsKey(key)) {
            return RELATIONSHIPS.get(key);
        }
        if (RELATIONSHIPS.containsValue(r.toUpperCase(Locale.ROOT))) {
            return r.toUpperCase(Locale.ROOT);
        }
        missing.invalid("subscriber.relationship", "self, spouse, child, employee, lifePartner, unknown or other");
        return null;
    }

    private static String filingIndicator(@Nullable String kind, Missing missing) {
        String k = missing.text(kind, "payer.kind", "2000B SBR09");
        if (k == null) {
            return "";
        }
        String indicator = FILING_INDICATORS.get(k.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", ""));
        if (indicator == null) {
            missing.invalid(
                    "payer.kind", "medicare, medicaid, commercial, bcbs, tricare, va, workersComp, hmo, ppo or auto");
            return "";
        }
        return indicator;
    }

    private static List<HealthCareCode> diagnoses(List<String> codes, Missing missing) {
        if (codes.isEmpty()) {
            missing.missing("diagnoses", "2300 HI01-2");
        }
        if (codes.size() > MAX_DIAGNOSES) {
            missing.invalid("diagnoses", "at most " + MAX_DIAGNOSES + " codes (2300 HI)");
        }
        List<HealthCareCode> out = new ArrayList<>();
        for (int i = 0; i < codes.size() && i < MAX_DIAGNOSES; i++) {
            String code = missing.text(codes.get(i), "diagnoses[" + i + "]", "2300 HI");
            if (code != null) {
                String plain = code.replace(".", "").toUpperCase(Locale.ROOT);
                out.add(HealthCareCode.of(i == 0 ? "ABK" : "ABF", plain));
            }
        }
        return out;
    }

    private static List<ServiceLine> lines(List<Claim.Line> lines, int diagnoses, Missing missing) {
        if (lines.isEmpty()) {
            missing.missing("lines", "2400 SV1");
        }
        if (lines.size() > MAX_LINES) {
            missing.invalid("lines", "at most " + MAX_LINES + " service lines (2400)");
        }
        List<ServiceLine> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Claim.Line l = lines.get(i);
            String at = "lines[" + i + "].";
            String procedure = missing.text(l.procedure(), at + "procedure", "2400 SV101-2");
            if (l.modifiers().size() > 4) {
                missing.invalid(at + "modifiers", "at most 4 modifiers (2400 SV101-3 to -6)");
            }
            List<String> modifiers = new ArrayList<>();
            for (int m = 0; m < l.modifiers().size() && m < 4; m++) {
                String mod = missing.text(l.modifiers().get(m), at + "modifiers[" + m + "]", "2400 SV101");
                modifiers.add(orEmpty(mod).toUpperCase(Locale.ROOT));
            }
            if (l.units() == null) {
                missing.missing(at + "units", "2400 SV104");
            } else if (l.units().signum() <= 0) {
                missing.invalid(at + "units", "above zero (2400 SV104)");
            }
            if (l.charge() == null) {
                missing.missing(at + "charge", "2400 SV102");
            } else if (l.charge().signum() < 0 || l.charge().scale() > 2) {
                missing.invalid(at + "charge", "zero or more, in dollars and cents (2400 SV102)");
            }
            if (l.serviceDate() == null) {
                missing.missing(at + "serviceDate", "2400 DTP*472");
            }
            if (l.pointers().isEmpty()) {
                missing.missing(at + "pointers", "2400 SV107-1");
            }
            if (l.pointers().size() > 4) {
                missing.invalid(at + "pointers", "at most 4 diagnosis pointers (2400 SV107)");
            }
            for (int p = 0; p < l.pointers().size(); p++) {
                int pointer = l.pointers().get(p);
                if (pointer < 1 || pointer > diagnoses) {
                    missing.invalid(at + "pointers[" + p + "]", "the position of one of the claim's diagnoses");
                }
            }
            out.add(new ServiceLine(
                    i + 1,
                    "",
                    "HC",
                    orEmpty(procedure).toUpperCase(Locale.ROOT),
                    modifiers,
                    "",
                    l.charge() == null ? BigDecimal.ZERO : l.charge(),
                    "UN",
                    l.units() == null ? BigDecimal.ONE : l.units(),
                    "", // SV105 only when the line's place differs from CLM05, which claim JSON cannot say
                    l.pointers().size() > 4 ? l.pointers().subList(0, 4) : l.pointers(),
                    null,
                    l.serviceDate(),
                    null,
                    "",
                    null,
                    List.of(),
                    List.of()));
        }
        return out;
    }

    /** 2310B when the rendering provider is not the billing provider (same NPI: the billing provider rendered). */
    private static List<ClaimProvider> rendering(Claim.@Nullable Provider r, String billingNpi, Missing missing) {
        if (r == null || blank(r.npi()) || r.npi().strip().equals(billingNpi)) {
            return List.of();
        }
        String name = missing.text(r.name(), "renderingProvider.name", "2310B NM103");
        String last = orEmpty(name);
        String first = "";
        int comma = last.indexOf(',');
        if (comma >= 0) { // "LAST, FIRST"
            first = last.substring(comma + 1).strip();
            last = last.substring(0, comma).strip();
        }
        return List.of(new ClaimProvider(
                "82",
                "1",
                last,
                first,
                "",
                "",
                r.npi().strip(),
                r.taxonomy() == null ? "" : r.taxonomy().strip(),
                null,
                List.of()));
    }

    private static boolean blank(@Nullable String s) {
        return s == null || s.isBlank();
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }

    /** The problems of one claim, gathered so that one refusal names them all. */
    private static final class Missing {
        private final List<String> problems = new ArrayList<>();

        /** The stripped text, or null after noting it missing. */
        @Nullable
        String text(@Nullable String value, String path, String where) {
            if (blank(value)) {
                missing(path, where);
                return null;
            }
            return value.strip();
        }

        void missing(String path, String where) {
            problems.add(path + " is missing (" + where + ")");
        }

        void invalid(String path, String expected) {
            problems.add(path + " must be " + expected);
        }

        void refuseIfAny(@Nullable String claimId) {
            if (!problems.isEmpty()) {
                throw Refused.invalid(
                        NOT_BATCHABLE,
                        "Claim " + (claimId == null ? "without an id" : claimId) + " cannot be written as an 837P: "
                                + String.join("; ", problems) + ". Complete the claim and scrub it again.");
            }
        }
    }
}
