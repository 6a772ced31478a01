package org.openrcm.app.claim.form;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jspecify.annotations.Nullable;
import org.openrcm.app.claim.form.Cms1500Layout.Cell;
import org.openrcm.app.claim.form.Cms1500Layout.Service;
import org.openrcm.edits.claim.Claim;

/**
 * The CMS-1500 (02/12) paper claim of a professional claim, as a PDF.
 *
 * <p>Six service lines fit a form; a claim with more continues on further pages, each repeating the header items
 * (payer, patient, insured, diagnoses, provider), with the total charge (item 28) on the last page only, as the NUCC
 * instructions ask. Up to twelve diagnoses print as A-L with the ICD-10 indicator 0; pointers print as letters.
 * Whatever the claim lacks is left blank: the scrubber, not the form, reports missing data. Stateless and
 * thread-safe.
 */
public final class Cms1500Form {
    /** Service lines on one form (item 24). */
    public static final int LINES_PER_PAGE = Cms1500Layout.SERVICE_LINES_PER_PAGE;

    /** Diagnoses one form can carry (item 21, A-L). */
    public static final int MAX_DIAGNOSES = 12;

    /** The PDF of {@code claim} on the drawn form, for plain paper. */
    public byte[] render(Claim claim) {
        return render(claim, FormOptions.PLAIN_PAPER);
    }

    /** The PDF of {@code claim}: one page per six service lines (one page when it has none). */
    public byte[] render(Claim claim, FormOptions options) {
        int pages = pages(claim);
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("CMS-1500 claim" + (claim.id() == null ? "" : " " + claim.id()));
            info.setCreator("OpenRCM");
            for (int page = 1; page <= pages; page++) {
                PDPage pdfPage = new PDPage(PDRectangle.LETTER);
                document.addPage(pdfPage);
                try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                    if (options.drawForm()) {
                        FormOutline.draw(content, page, pages);
                    }
                    GridWriter out = new GridWriter(content, options);
                    header(out, claim, options);
                    services(out, claim, page);
                    if (page == pages) {
                        total(out, claim);
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many forms the claim takes: six service lines each, at least one. */
    public static int pages(Claim claim) {
        return Math.max(1, (claim.lines().size() + LINES_PER_PAGE - 1) / LINES_PER_PAGE);
    }

    /** Everything but item 24 and item 28: the same on every page of the claim. */
    private static void header(GridWriter out, Claim claim, FormOptions options) {
        Claim.Payer payer = claim.payer();
        if (payer != null) {
            out.put(Cms1500Layout.PAYER_NAME, payer.name());
            Integer box = insuranceTypeColumn(payer.kind());
            if (box != null) {
                out.mark(Cms1500Layout.ITEM1_LINE, box);
            }
        }
        Claim.Subscriber insured = claim.subscriber();
        Claim.Patient patient = claim.patient();
        boolean medicare = isMedicare(claim);
        if (insured != null) {
            out.put(Cms1500Layout.INSURED_ID, insured.memberId());
            out.put(Cms1500Layout.INSURED_NAME, name(insured.name()));
            address(out, insured.address(), Cms1500Layout.INSURED_STREET, Cms1500Layout.INSURED_CITY);
            out.put(
                    Cms1500Layout.INSURED_STATE,
                    insured.address() == null ? null : insured.address().state());
            out.put(
                    Cms1500Layout.INSURED_ZIP,
                    insured.address() == null ? null : zip(insured.address().zip()));
            Cell relation = relationshipBox(insured.relationship());
            if (relation != null) {
                out.mark(relation);
            }
        }
        if (patient != null) {
            out.put(Cms1500Layout.PATIENT_NAME, name(patient.name()));
            LocalDate born = patient.birthDate();
            if (born != null) {
                out.put(Cms1500Layout.BIRTH_MONTH, two(born.getMonthValue()));
                out.put(Cms1500Layout.BIRTH_DAY, two(born.getDayOfMonth()));
                out.put(Cms1500Layout.BIRTH_YEAR, Integer.toString(born.getYear()));
            }
            Cell sex = sexBox(patient.sex(), Cms1500Layout.SEX_MALE, Cms1500Layout.SEX_FEMALE);
            if (sex != null) {
                out.mark(sex);
            }
            address(out, patient.address(), Cms1500Layout.PATIENT_STREET, Cms1500Layout.PATIENT_CITY);
            out.put(
                    Cms1500Layout.PATIENT_STATE,
                    patient.address() == null ? null : patient.address().state());
            out.put(
                    Cms1500Layout.PATIENT_ZIP,
                    patient.address() == null ? null : zip(patient.address().zip()));
            // 11a: the insured's birth date and sex; Medicare wants it only for a plan primary to Medicare
            if (!medicare && insured != null && isSelf(insured.relationship()) && born != null) {
                out.put(Cms1500Layout.INSURED_BIRTH_MONTH, two(born.getMonthValue()));
                out.put(Cms1500Layout.INSURED_BIRTH_DAY, two(born.getDayOfMonth()));
                out.put(Cms1500Layout.INSURED_BIRTH_YEAR, Integer.toString(born.getYear()));
                Cell insuredSex =
                        sexBox(patient.sex(), Cms1500Layout.INSURED_SEX_MALE, Cms1500Layout.INSURED_SEX_FEMALE);
                if (insuredSex != null) {
                    out.mark(insuredSex);
                }
            }
        }
        if (medicare) {
            // item 11: Medicare's instructions ask for NONE when no insurance is primary to Medicare
            out.put(Cms1500Layout.INSURED_GROUP, "NONE");
        }
        // 10a-c: the canonical claim (like an 837P without CLM11) says the condition is not related to
        // employment or an accident
        for (int line = 20; line <= 24; line += 2) {
            out.mark(line, Cms1500Layout.CONDITION_NO);
        }
        out.put(Cms1500Layout.PATIENT_SIGNATURE, "SIGNATURE ON FILE");
        out.put(Cms1500Layout.INSURED_SIGNATURE, "SIGNATURE ON FILE");
        diagnoses(out, claim.diagnoses());
        String frequency = claim.frequency() == null ? "" : claim.frequency().strip();
        if (frequency.equals("7") || frequency.equals("8")) {
            out.put(Cms1500Layout.RESUBMISSION_CODE, frequency);
            out.put(Cms1500Layout.ORIGINAL_REFERENCE, options.originalReference());
        }
        out.put(Cms1500Layout.PRIOR_AUTHORIZATION, claim.priorAuthorization());
        provider(out, claim);
    }

    private static void diagnoses(GridWriter out, List<String> diagnoses) {
        if (diagnoses.isEmpty()) {
            return;
        }
        out.put(Cms1500Layout.ICD_INDICATOR, "0"); // ICD-10-CM
        for (int i = 0; i < Math.min(MAX_DIAGNOSES, diagnoses.size()); i++) {
            String code = diagnoses.get(i);
            // the form's instructions: no decimal point, it is implied
            out.put(Cms1500Layout.diagnosis(i), code == null ? null : code.replace(".", ""));
        }
    }

    /** Items 25, 26, 27, 31, 32 and 33. */
    private static void provider(GridWriter out, Claim claim) {
        Claim.Provider billing = claim.billingProvider();
        if (billing != null) {
            String taxId = billing.taxId();
            if (taxId != null && !taxId.isBlank()) {
                out.put(Cms1500Layout.TAX_ID, taxId.replace("-", ""));
                out.mark(Cms1500Layout.EIN);
            }
            out.put(Cms1500Layout.BILLING_NAME, billing.name());
            Claim.Address a = billing.address();
            if (a != null) {
                out.put(Cms1500Layout.BILLING_STREET, a.line1());
                out.put(Cms1500Layout.BILLING_CITY, cityStateZip(a));
            }
            out.put(Cms1500Layout.BILLING_NPI, billing.npi());
        }
        String account = claim.id() != null
                ? claim.id()
                : claim.patient() == null ? null : claim.patient().id();
        out.put(Cms1500Layout.ACCOUNT, account);
        out.mark(Cms1500Layout.ACCEPT_YES);
        out.put(Cms1500Layout.PHYSICIAN_SIGNATURE, "SIGNATURE ON FILE");
        LocalDate signed = claim.submittedOn();
        if (signed != null) {
            out.put(Cms1500Layout.SIGNATURE_DATE, mmddyy(signed, " "));
        }
    }

    /** Item 24: the page's share of the service lines. */
    private static void services(GridWriter out, Claim claim, int page) {
        List<Claim.Line> lines = claim.lines();
        int first = (page - 1) * LINES_PER_PAGE;
        for (int n = 1; n <= LINES_PER_PAGE && first + n - 1 < lines.size(); n++) {
            Claim.Line line = lines.get(first + n - 1);
            int row = Cms1500Layout.serviceLine(n);
            LocalDate on = line.serviceDate();
            if (on != null) {
                String mm = two(on.getMonthValue());
                String dd = two(on.getDayOfMonth());
                String yy = two(on.getYear() % 100);
                out.put(new Cell(row, Service.FROM_MONTH, 2), mm);
                out.put(new Cell(row, Service.FROM_DAY, 2), dd);
                out.put(new Cell(row, Service.FROM_YEAR, 2), yy);
                out.put(new Cell(row, Service.TO_MONTH, 2), mm);
                out.put(new Cell(row, Service.TO_DAY, 2), dd);
                out.put(new Cell(row, Service.TO_YEAR, 2), yy);
            }
            out.put(new Cell(row, Service.PLACE, 2), claim.placeOfService());
            out.put(new Cell(row, Service.PROCEDURE, 6), line.procedure());
            List<String> modifiers = line.modifiers();
            for (int m = 0; m < Math.min(4, modifiers.size()); m++) {
                out.put(new Cell(row, Service.FIRST_MODIFIER + Service.MODIFIER_STEP * m, 2), modifiers.get(m));
            }
            out.put(new Cell(row, Service.POINTER, 4), pointers(line.pointers()));
            BigDecimal charge = line.charge();
            if (charge != null) {
                amount(out, row, Service.CHARGE_DOLLARS_END, Service.CHARGE_CENTS, charge);
            }
            BigDecimal units = line.units();
            if (units != null) {
                out.put(
                        new Cell(row, Service.UNITS, 4),
                        units.stripTrailingZeros().toPlainString());
            }
            Claim.Provider rendering = claim.renderingProvider();
            if (rendering != null) {
                out.put(new Cell(row, Service.RENDERING_NPI, 10), rendering.npi());
            }
        }
    }

    /** Item 28 on the last page: the charges of all the claim's lines. */
    private static void total(GridWriter out, Claim claim) {
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        for (Claim.Line line : claim.lines()) {
            if (line.charge() != null) {
                total = total.add(line.charge());
                any = true;
            }
        }
        if (any) {
            amount(out, Cms1500Layout.TOTAL_LINE, Cms1500Layout.TOTAL_DOLLARS_END, Cms1500Layout.TOTAL_CENTS, total);
        }
    }

    /** An amount as the form prints it: dollars right-justified before the printed divider, cents after it. */
    private static void amount(GridWriter out, int line, int dollarsEnd, int centsColumn, BigDecimal value) {
        BigDecimal cents = value.setScale(2, RoundingMode.HALF_UP);
        String digits = cents.abs().toPlainString();
        int dot = digits.indexOf('.');
        out.putEndingAt(line, dollarsEnd, (cents.signum() < 0 ? "-" : "") + digits.substring(0, dot));
        out.put(new Cell(line, centsColumn, 2), digits.substring(dot + 1));
    }

    /** Diagnosis pointers 1..12 as the letters A..L, up to four; a pointer past L cannot print. */
    static String pointers(List<Integer> pointers) {
        StringBuilder letters = new StringBuilder(4);
        for (Integer p : pointers) {
            if (p != null && p >= 1 && p <= MAX_DIAGNOSES && letters.length() < 4) {
                letters.append((char) ('A' + p - 1));
            }
        }
        return letters.toString();
    }

    /** Item 1's box for a payer kind; null when the kind is not known. */
    static @Nullable Integer insuranceTypeColumn(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return switch (kind.strip().toLowerCase(Locale.ROOT).replace("_", "").replace("-", "")) {
            case "medicare" -> Cms1500Layout.MEDICARE;
            case "medicaid" -> Cms1500Layout.MEDICAID;
            case "tricare", "champus" -> Cms1500Layout.TRICARE;
            case "champva" -> Cms1500Layout.CHAMPVA;
            case "group", "grouphealthplan", "commercial", "bcbs", "hmo", "ppo" -> Cms1500Layout.GROUP_HEALTH_PLAN;
            case "feca", "blacklung" -> Cms1500Layout.FECA;
            default -> Cms1500Layout.OTHER;
        };
    }

    private static boolean isMedicare(Claim claim) {
        return claim.payer() != null
                && claim.payer().kind() != null
                && claim.payer().kind().strip().equalsIgnoreCase("medicare");
    }

    private static boolean isSelf(@Nullable String relationship) {
        return relationship != null
                && (relationship.strip().equalsIgnoreCase("self")
                        || relationship.strip().equals("18"));
    }

    /** Item 6's box: the words of the canonical claim or the X12 individual relationship codes. */
    private static @Nullable Cell relationshipBox(@Nullable String relationship) {
        if (relationship == null || relationship.isBlank()) {
            return null;
        }
        return switch (relationship.strip().toLowerCase(Locale.ROOT)) {
            case "self", "18" -> Cms1500Layout.SELF;
            case "spouse", "01" -> Cms1500Layout.SPOUSE;
            case "child", "19" -> Cms1500Layout.CHILD;
            default -> Cms1500Layout.OTHER_RELATION;
        };
    }

    private static @Nullable Cell sexBox(@Nullable String sex, Cell male, Cell female) {
        if (sex == null) {
            return null;
        }
        return switch (sex.strip().toUpperCase(Locale.ROOT)) {
            case "M" -> male;
            case "F" -> female;
            default -> null;
        };
    }

    /** LAST, FIRST as the form's items 2 and 4 ask. */
    static @Nullable String name(Claim.@Nullable Name name) {
        if (name == null) {
            return null;
        }
        String last = name.last() == null ? "" : name.last().strip();
        String first = name.first() == null ? "" : name.first().strip();
        if (last.isEmpty() || first.isEmpty()) {
            return last + first;
        }
        return last + ", " + first;
    }

    private static void address(GridWriter out, Claim.@Nullable Address a, Cell street, Cell city) {
        if (a != null) {
            out.put(street, a.line1());
            out.put(city, a.city());
        }
    }

    /** City, state and ZIP on one line, as item 33 asks (no comma, the ZIP+4 with its hyphen). */
    private static String cityStateZip(Claim.Address a) {
        StringBuilder s = new StringBuilder();
        for (String part : new String[] {a.city(), a.state(), zip(a.zip())}) {
            if (part != null && !part.isBlank()) {
                s.append(s.isEmpty() ? "" : " ").append(part.strip());
            }
        }
        return s.toString();
    }

    static @Nullable String zip(@Nullable String zip) {
        if (zip == null) {
            return null;
        }
        String z = zip.strip();
        return z.matches("\\d{9}") ? z.substring(0, 5) + "-" + z.substring(5) : z;
    }

    private static String two(int n) {
        return String.format(Locale.ROOT, "%02d", n);
    }

    private static String mmddyy(LocalDate d, String separator) {
        return two(d.getMonthValue()) + separator + two(d.getDayOfMonth()) + separator + two(d.getYear() % 100);
    }
}
