package org.openrcm.app.claim.form;

import static org.openrcm.app.claim.form.Cms1500Layout.PAGE_HEIGHT;
import static org.openrcm.app.claim.form.Cms1500Layout.top;
import static org.openrcm.app.claim.form.Cms1500Layout.x;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A plain outline of the 1500 form in thin red lines with short captions, drawn on the same grid as the data, so the
 * PDF reads on plain paper. It is not the official form (whose ink, fonts and bar code come from NUCC's printers):
 * for submission on paper, print the data alone ({@link FormOptions#PRE_PRINTED}) onto the red form.
 *
 * <p>Captions stay on the upper line of each box and in the gaps between check boxes, never on a data cell.
 */
final class FormOutline {
    private static final PDType1Font CAPTION = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font TITLE = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float RED_R = 0.82f;
    private static final float RED_G = 0.18f;
    private static final float RED_B = 0.20f;
    private static final double LEFT = 0.6;
    private static final double RIGHT = 80.8;
    private static final double SPLIT = 49.5; // the insured's side on the right
    private static final double MIDDLE = 29.5;

    /** Horizontal rules: {top of line, from column, to column}. */
    private static final double[][] RULES = {
        {7, LEFT, RIGHT}, {9, LEFT, RIGHT}, {11, LEFT, RIGHT}, {13, LEFT, RIGHT}, {15, LEFT, MIDDLE},
        {15, SPLIT, RIGHT}, {17, LEFT, RIGHT}, {19, LEFT, MIDDLE}, {19, SPLIT, RIGHT}, {21, LEFT, MIDDLE},
        {21, SPLIT, RIGHT}, {23, LEFT, MIDDLE}, {23, SPLIT, RIGHT}, {25, LEFT, RIGHT}, {27, LEFT, RIGHT},
        {31, LEFT, RIGHT}, {33, LEFT, RIGHT}, {35, LEFT, RIGHT}, {37, LEFT, RIGHT}, {39, SPLIT, RIGHT},
        {41, LEFT, RIGHT}, {43, LEFT, RIGHT}, {45, LEFT, RIGHT}, {47, LEFT, RIGHT}, {49, LEFT, RIGHT},
        {51, LEFT, RIGHT}, {53, LEFT, RIGHT}, {55, LEFT, RIGHT}, {57, LEFT, RIGHT}, {61, 22.5, RIGHT},
        {63, LEFT, RIGHT}
    };

    /** Vertical rules: {column, from line top, to line top}. */
    private static final double[][] WALLS = {
        {LEFT, 7, 63},
        {RIGHT, 7, 63},
        {SPLIT, 7, 41},
        {MIDDLE, 9, 27},
        {MIDDLE, 31, 35},
        {25.5, 13, 15},
        {13.5, 15, 17},
        {73.5, 13, 15},
        {63.5, 15, 17},
        // item 24
        {9.5, 41, 55},
        {18.5, 41, 55},
        {21.5, 41, 55},
        {24.5, 41, 55},
        {32.5, 42, 55},
        {44.5, 41, 55},
        {SPLIT, 41, 55},
        {55.5, 42, 55},
        {58.5, 41, 55},
        {62.5, 41, 55},
        {64.5, 41, 55},
        {67.5, 41, 55},
        // items 25 to 33
        {16.5, 55, 57},
        {22.5, 55, 63},
        {37.5, 55, 57},
        {SPLIT, 55, 63},
        {57.5, 56, 57},
        {60.5, 55, 57},
        {70.5, 55, 57},
        {35.5, 61, 63},
        {62.5, 61, 63}
    };

    /** Captions: {line, column, text}, drawn small at the top of the line's band. */
    private static final Object[][] CAPTIONS = {
        {7, 1, "1. MEDICARE"},
        {7, 8, "MEDICAID"},
        {7, 15, "TRICARE"},
        {7, 24, "CHAMPVA"},
        {7, 31, "GROUP HEALTH PLAN"},
        {7, 39, "FECA BLK LUNG"},
        {7, 45, "OTHER"},
        {7, 50, "1a. INSURED'S I.D. NUMBER                (For Program in Item 1)"},
        {9, 1, "2. PATIENT'S NAME (Last Name, First Name, Middle Initial)"},
        {9, 30, "3. PATIENT'S BIRTH DATE         SEX"},
        {9.55, 31, "MM"},
        {9.55, 34, "DD"},
        {9.55, 37, "YYYY"},
        {9, 50, "4. INSURED'S NAME (Last Name, First Name, Middle Initial)"},
        {11, 1, "5. PATIENT'S ADDRESS (No., Street)"},
        {11, 30, "6. PATIENT RELATIONSHIP TO INSURED"},
        {11, 50, "7. INSURED'S ADDRESS (No., Street)"},
        {13, 1, "CITY"},
        {13, 26, "STATE"},
        {13, 30, "8. RESERVED FOR NUCC USE"},
        {13, 50, "CITY"},
        {13, 74, "STATE"},
        {15, 1, "ZIP CODE"},
        {15, 14, "TELEPHONE (Include Area Code)"},
        {15, 50, "ZIP CODE"},
        {15, 64, "TELEPHONE (Include Area Code)"},
        {17, 1, "9. OTHER INSURED'S NAME (Last Name, First Name, Middle Initial)"},
        {17, 30, "10. IS PATIENT'S CONDITION RELATED TO:"},
        {17, 50, "11. INSURED'S POLICY GROUP OR FECA NUMBER"},
        {19, 1, "a. OTHER INSURED'S POLICY OR GROUP NUMBER"},
        {19, 30, "a. EMPLOYMENT? (Current or Previous)"},
        {19, 50, "a. INSURED'S DATE OF BIRTH                        SEX"},
        {21, 1, "b. RESERVED FOR NUCC USE"},
        {21, 30, "b. AUTO ACCIDENT?             PLACE (State)"},
        {21, 50, "b. OTHER CLAIM ID (Designated by NUCC)"},
        {23, 1, "c. RESERVED FOR NUCC USE"},
        {23, 30, "c. OTHER ACCIDENT?"},
        {23, 50, "c. INSURANCE PLAN NAME OR PROGRAM NAME"},
        {25, 1, "d. INSURANCE PLAN NAME OR PROGRAM NAME"},
        {25, 30, "10d. CLAIM CODES (Designated by NUCC)"},
        {25, 50, "d. IS THERE ANOTHER HEALTH BENEFIT PLAN?"},
        {
            27,
            1,
            "12. PATIENT'S OR AUTHORIZED PERSON'S SIGNATURE I authorize the release of any medical or other"
                    + " information necessary to process this claim."
        },
        {27, 50, "13. INSURED'S OR AUTHORIZED PERSON'S SIGNATURE I authorize payment of benefits"},
        {29.2, 1, "SIGNED"},
        {29.2, 37, "DATE"},
        {29.2, 50, "SIGNED"},
        {31, 1, "14. DATE OF CURRENT ILLNESS, INJURY, or PREGNANCY (LMP)"},
        {31, 30, "15. OTHER DATE"},
        {31, 50, "16. DATES PATIENT UNABLE TO WORK IN CURRENT OCCUPATION"},
        {33, 1, "17. NAME OF REFERRING PROVIDER OR OTHER SOURCE"},
        {33, 30, "17a.            17b. NPI"},
        {33, 50, "18. HOSPITALIZATION DATES RELATED TO CURRENT SERVICES"},
        {35, 1, "19. ADDITIONAL CLAIM INFORMATION (Designated by NUCC)"},
        {35, 50, "20. OUTSIDE LAB?                  $ CHARGES"},
        {37, 1, "21. DIAGNOSIS OR NATURE OF ILLNESS OR INJURY Relate A-L to service line below (24E)"},
        {37, 36.5, "ICD Ind."},
        {37, 50, "22. RESUBMISSION CODE         ORIGINAL REF. NO."},
        {39, 50, "23. PRIOR AUTHORIZATION NUMBER"},
        {41, 1, "24. A.  DATE(S) OF SERVICE"},
        {41, 19, "B."},
        {41, 22, "C."},
        {41, 25, "D. PROCEDURES, SERVICES, OR SUPPLIES"},
        {41, 45, "E. DIAG."},
        {41, 50, "F."},
        {41, 59, "G. DAYS"},
        {41, 63, "H."},
        {41, 65, "I. ID"},
        {41, 68, "J. RENDERING"},
        {42, 1, "From MM  DD  YY"},
        {42, 10, "To MM  DD  YY"},
        {42, 19, "POS"},
        {42, 22, "EMG"},
        {42, 25, "CPT/HCPCS"},
        {42, 33, "MODIFIER"},
        {42, 45, "POINTER"},
        {42, 50, "$ CHARGES"},
        {42, 59, "UNITS"},
        {42, 65, "QUAL."},
        {42, 68, "PROVIDER ID. #"},
        {55, 1, "25. FEDERAL TAX I.D. NUMBER    SSN EIN"},
        {55, 23, "26. PATIENT'S ACCOUNT NO."},
        {55, 38, "27. ACCEPT ASSIGNMENT?"},
        {55, 50, "28. TOTAL CHARGE"},
        {55, 61, "29. AMOUNT PAID"},
        {55, 71, "30. Rsvd for NUCC Use"},
        {57, 1, "31. SIGNATURE OF PHYSICIAN OR SUPPLIER"},
        {57, 23, "32. SERVICE FACILITY LOCATION INFORMATION"},
        {57, 50, "33. BILLING PROVIDER INFO & PH #"},
        {61.55, 1, "DATE"},
        {61, 23, "a."},
        {61, 36, "b."},
        {61, 50, "a."},
        {61, 63, "b."}
    };

    /** Check boxes: {line, column, caption after the box, or before it when it starts with {@code <}}. */
    private static final Object[][] BOXES = {
        {8, Cms1500Layout.MEDICARE, "(Medicare#)"},
        {8, Cms1500Layout.MEDICAID, "(Medicaid#)"},
        {8, Cms1500Layout.TRICARE, "(ID#/DoD#)"},
        {8, Cms1500Layout.CHAMPVA, "(Member ID#)"},
        {8, Cms1500Layout.GROUP_HEALTH_PLAN, "(ID#)"},
        {8, Cms1500Layout.FECA, "(ID#)"},
        {8, Cms1500Layout.OTHER, "(ID#)"},
        {10, 42, "<M"},
        {10, 47, "<F"},
        {12, 33, "<Self"},
        {12, 38, "<Spouse"},
        {12, 42, "<Child"},
        {12, 47, "<Other"},
        {20, 35, "YES"},
        {20, 41, "NO"},
        {22, 35, "YES"},
        {22, 41, "NO"},
        {24, 35, "YES"},
        {24, 41, "NO"},
        {20, 68, "<M"},
        {20, 75, "<F"},
        {26, 52, "YES"},
        {26, 57, "NO"},
        {36, 52, "YES"},
        {36, 57, "NO"},
        {56, 17, ""},
        {56, 19, ""},
        {56, 38, "YES"},
        {56, 43, "NO"}
    };

    private FormOutline() {}

    static void draw(PDPageContentStream content, int page, int pages) {
        try {
            content.saveGraphicsState();
            shadeServiceLines(content);
            content.setStrokingColor(RED_R, RED_G, RED_B);
            content.setNonStrokingColor(RED_R, RED_G, RED_B);
            content.setLineWidth(0.6f);
            for (double[] r : RULES) {
                line(content, x(r[1]), y(r[0]), x(r[2]), y(r[0]));
            }
            for (double[] w : WALLS) {
                line(content, x(w[0]), y(w[1]), x(w[0]), y(w[2]));
            }
            content.setLineWidth(0.5f);
            for (Object[] b : BOXES) {
                int line = (Integer) b[0];
                int column = (Integer) b[1];
                content.addRect(x(column) - 0.8f, y(line + 1) + 1.5f, 8.8f, 9f);
                content.stroke();
                String caption = (String) b[2];
                if (caption.startsWith("<")) {
                    float width = CAPTION.getStringWidth(caption.substring(1)) / 1000f * 5.5f;
                    text(content, CAPTION, 5.5f, x(column) - 2f - width, y(line + 0.35) - 6f, caption.substring(1));
                } else {
                    caption(content, line + 0.35, column + 1.3, caption, 5.5f);
                }
            }
            for (Object[] c : CAPTIONS) {
                caption(content, ((Number) c[0]).doubleValue(), ((Number) c[1]).doubleValue(), (String) c[2], 5f);
            }
            for (int i = 0; i < Cms1500Form.MAX_DIAGNOSES; i++) {
                Cms1500Layout.Cell cell = Cms1500Layout.diagnosis(i);
                caption(content, cell.line() + 0.3, cell.column() - 1.6, (char) ('A' + i) + ".", 6f);
            }
            for (int n = 1; n <= Cms1500Layout.SERVICE_LINES_PER_PAGE; n++) {
                caption(content, Cms1500Layout.serviceLine(n) + 0.3, 81.2, Integer.toString(n), 7f);
            }
            text(content, TITLE, 11f, x(1), y(5.2), "HEALTH INSURANCE CLAIM FORM");
            text(content, CAPTION, 5.5f, x(1), y(6.3), "APPROVED BY NATIONAL UNIFORM CLAIM COMMITTEE (NUCC) 02/12");
            text(
                    content,
                    CAPTION,
                    5.5f,
                    x(1),
                    y(63.9),
                    "Layout of the 1500 Claim Form (02/12), drawn by OpenRCM for plain paper. NUCC Instruction"
                            + " Manual available at: www.nucc.org");
            if (pages > 1) {
                text(content, TITLE, 8f, x(66), y(64), "PAGE " + page + " OF " + pages);
            }
            content.restoreGraphicsState();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shaded upper half of each service line, as on the printed form. */
    private static void shadeServiceLines(PDPageContentStream content) throws IOException {
        content.setNonStrokingColor(0.99f, 0.90f, 0.90f);
        for (int n = 1; n <= Cms1500Layout.SERVICE_LINES_PER_PAGE; n++) {
            int shaded = Cms1500Layout.serviceLine(n) - 1;
            content.addRect(x(LEFT), y(shaded + 1), x(RIGHT) - x(LEFT), Cms1500Layout.LINE_HEIGHT);
            content.fill();
        }
    }

    private static float y(double line) {
        return PAGE_HEIGHT - top(line);
    }

    private static void line(PDPageContentStream content, float x1, float y1, float x2, float y2) throws IOException {
        content.moveTo(x1, y1);
        content.lineTo(x2, y2);
        content.stroke();
    }

    private static void caption(PDPageContentStream content, double line, double column, String text, float size)
            throws IOException {
        if (!text.isEmpty()) {
            text(content, CAPTION, size, x(column) + 1f, y(line) - size - 0.5f, text);
        }
    }

    private static void text(PDPageContentStream content, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }
}
