package org.openrcm.app.claim.form;

/**
 * Where each item of the 1500 Health Insurance Claim Form (version 02/12) is printed, on the form's print grid.
 *
 * <p>The form is designed for 10 characters per inch and 6 lines per inch on 8.5" × 11" paper (Courier 12 point is
 * exactly 10 pitch). Positions are given as in a print file: line 1..66 from the top, column 1..85 from the left. On
 * the printed red form, column 1 starts a third of an inch from the left edge and line 1's text stands 20 points below
 * the top edge; {@link FormOptions} shifts everything for a printer that feeds differently.
 *
 * <p>The table is ours, written from the NUCC 1500 reference instruction manual's box order and the usual print-file
 * grid of the 02/12 form: the data of a box sits on the lower of its two lines, the box caption on the upper one.
 */
final class Cms1500Layout {
    private Cms1500Layout() {}

    /** One field of the form: the line it is printed on, its first column, and how many characters fit. */
    record Cell(int line, int column, int width) {
        Cell {
            if (line < 1 || line > 66 || column < 1 || column + width - 1 > 85 || width < 1) {
                throw new IllegalArgumentException("off the 1500 grid: line " + line + " column " + column);
            }
        }

        Cell right(int columns, int newWidth) {
            return new Cell(line, column + columns, newWidth);
        }

        Cell down(int lines) {
            return new Cell(line + lines, column, width);
        }
    }

    // --- the grid, in PDF points (1/72 inch); y is measured from the top edge of the page ---
    static final float PAGE_WIDTH = 612f;
    static final float PAGE_HEIGHT = 792f;
    static final float COLUMN_WIDTH = 7.2f; // 10 characters per inch
    static final float LINE_HEIGHT = 12f; // 6 lines per inch
    static final float FONT_SIZE = 12f; // Courier 12 pt advances 7.2 pt per character
    static final float FIRST_COLUMN_X = 24f;
    static final float FIRST_LINE_TOP = 20f;
    static final float BASELINE_DROP = 9f;

    /** The x of a column's left edge (fractional columns fall between characters). */
    static float x(double column) {
        return (float) (FIRST_COLUMN_X + (column - 1) * COLUMN_WIDTH);
    }

    /** The top of a line's band, from the top of the page (fractional lines fall between lines). */
    static float top(double line) {
        return (float) (FIRST_LINE_TOP + (line - 1) * LINE_HEIGHT);
    }

    /** The baseline of a line's text, from the top of the page. */
    static float baseline(int line) {
        return top(line) + BASELINE_DROP;
    }

    // --- carrier block (top right, above the form's title) ---
    static final Cell PAYER_NAME = new Cell(2, 41, 31);
    static final Cell PAYER_ID = new Cell(3, 41, 31);

    // --- item 1 and 1a (line 8) ---
    static final int ITEM1_LINE = 8;
    static final int MEDICARE = 1;
    static final int MEDICAID = 8;
    static final int TRICARE = 15;
    static final int CHAMPVA = 24;
    static final int GROUP_HEALTH_PLAN = 31;
    static final int FECA = 39;
    static final int OTHER = 45;
    static final Cell INSURED_ID = new Cell(8, 50, 29); // 1a

    // --- items 2, 3, 4 (line 10) ---
    static final Cell PATIENT_NAME = new Cell(10, 1, 28); // 2
    static final Cell BIRTH_MONTH = new Cell(10, 31, 2); // 3
    static final Cell BIRTH_DAY = new Cell(10, 34, 2);
    static final Cell BIRTH_YEAR = new Cell(10, 37, 4);
    static final Cell SEX_MALE = new Cell(10, 42, 1);
    static final Cell SEX_FEMALE = new Cell(10, 47, 1);
    static final Cell INSURED_NAME = new Cell(10, 50, 29); // 4

    // --- items 5, 6, 7 (lines 12-16) ---
    static final Cell PATIENT_STREET = new Cell(12, 1, 28); // 5
    static final Cell PATIENT_CITY = new Cell(14, 1, 24);
    static final Cell PATIENT_STATE = new Cell(14, 26, 3);
    static final Cell PATIENT_ZIP = new Cell(16, 1, 12);
    static final Cell SELF = new Cell(12, 33, 1); // 6
    static final Cell SPOUSE = new Cell(12, 38, 1);
    static final Cell CHILD = new Cell(12, 42, 1);
    static final Cell OTHER_RELATION = new Cell(12, 47, 1);
    static final Cell INSURED_STREET = new Cell(12, 50, 29); // 7
    static final Cell INSURED_CITY = new Cell(14, 50, 23);
    static final Cell INSURED_STATE = new Cell(14, 74, 3);
    static final Cell INSURED_ZIP = new Cell(16, 50, 12);

    // --- items 10a-c (condition related to), 11 (lines 18-26) ---
    static final Cell INSURED_GROUP = new Cell(18, 50, 29); // 11
    static final int CONDITION_YES = 35; // 10a, 10b, 10c on lines 20, 22, 24
    static final int CONDITION_NO = 41;
    static final Cell INSURED_BIRTH_MONTH = new Cell(20, 53, 2); // 11a
    static final Cell INSURED_BIRTH_DAY = new Cell(20, 56, 2);
    static final Cell INSURED_BIRTH_YEAR = new Cell(20, 59, 4);
    static final Cell INSURED_SEX_MALE = new Cell(20, 68, 1);
    static final Cell INSURED_SEX_FEMALE = new Cell(20, 75, 1);

    // --- items 12, 13 (line 29) ---
    static final Cell PATIENT_SIGNATURE = new Cell(29, 7, 20); // 12
    static final Cell INSURED_SIGNATURE = new Cell(29, 55, 20); // 13

    // --- items 21, 22, 23 (lines 37-40) ---
    static final Cell ICD_INDICATOR = new Cell(37, 42, 1);
    static final int DIAGNOSIS_FIRST_LINE = 38; // A-D on 38, E-H on 39, I-L on 40
    static final int DIAGNOSIS_FIRST_COLUMN = 3;
    static final int DIAGNOSIS_COLUMN_STEP = 13;
    static final int DIAGNOSIS_WIDTH = 8;
    static final Cell RESUBMISSION_CODE = new Cell(38, 50, 11); // 22
    static final Cell ORIGINAL_REFERENCE = new Cell(38, 62, 18);
    static final Cell PRIOR_AUTHORIZATION = new Cell(40, 50, 29); // 23

    /** A diagnosis letter's cell: index 0..11 for A..L, four to a line. */
    static Cell diagnosis(int index) {
        return new Cell(
                DIAGNOSIS_FIRST_LINE + index / 4,
                DIAGNOSIS_FIRST_COLUMN + DIAGNOSIS_COLUMN_STEP * (index % 4),
                DIAGNOSIS_WIDTH);
    }

    // --- item 24: six service lines; line n (1..6) is printed on line 42 + 2n, under its shaded line 41 + 2n ---
    static final int SERVICE_LINES_PER_PAGE = 6;
    static final int SERVICE_FIRST_LINE = 44;

    /** The columns of a service line (item 24), printed on the unshaded line of the row. */
    static final class Service {
        private Service() {}

        static final int FROM_MONTH = 1; // 24A from, MM DD YY
        static final int FROM_DAY = 4;
        static final int FROM_YEAR = 7;
        static final int TO_MONTH = 10; // 24A to
        static final int TO_DAY = 13;
        static final int TO_YEAR = 16;
        static final int PLACE = 19; // 24B, 2 characters
        static final int EMERGENCY = 22; // 24C
        static final int PROCEDURE = 25; // 24D, 6 characters
        static final int FIRST_MODIFIER = 33; // 24D modifiers, 2 characters each, 3 apart
        static final int MODIFIER_STEP = 3;
        static final int POINTER = 45; // 24E, up to 4 letters
        static final int CHARGE_DOLLARS_END = 54; // 24F dollars end here, cents in 56-57
        static final int CHARGE_CENTS = 56;
        static final int UNITS = 59; // 24G, 3 characters
        static final int EPSDT = 63; // 24H
        static final int QUALIFIER = 65; // 24I (shaded line)
        static final int RENDERING_NPI = 68; // 24J, 10 characters
    }

    /** The print line of service line {@code n} (1..6) of a page. */
    static int serviceLine(int n) {
        return SERVICE_FIRST_LINE + 2 * (n - 1);
    }

    // --- items 25 to 29 (line 56) ---
    static final Cell TAX_ID = new Cell(56, 1, 15); // 25
    static final Cell SSN = new Cell(56, 17, 1);
    static final Cell EIN = new Cell(56, 19, 1);
    static final Cell ACCOUNT = new Cell(56, 23, 14); // 26
    static final Cell ACCEPT_YES = new Cell(56, 38, 1); // 27
    static final Cell ACCEPT_NO = new Cell(56, 43, 1);
    static final int TOTAL_DOLLARS_END = 56; // 28: dollars end at column 56, cents in 58-59
    static final int TOTAL_CENTS = 58;
    static final int TOTAL_LINE = 56;

    // --- items 31, 32, 33 (lines 57-61) ---
    static final Cell BILLING_PHONE = new Cell(57, 66, 14); // 33 telephone
    static final Cell PHYSICIAN_SIGNATURE = new Cell(60, 1, 21); // 31
    static final Cell SIGNATURE_DATE = new Cell(61, 6, 10);
    static final Cell FACILITY_NAME = new Cell(58, 23, 26); // 32
    static final Cell FACILITY_STREET = new Cell(59, 23, 26);
    static final Cell FACILITY_CITY = new Cell(60, 23, 26);
    static final Cell FACILITY_NPI = new Cell(61, 23, 10); // 32a
    static final Cell BILLING_NAME = new Cell(58, 50, 29); // 33
    static final Cell BILLING_STREET = new Cell(59, 50, 29);
    static final Cell BILLING_CITY = new Cell(60, 50, 29);
    static final Cell BILLING_NPI = new Cell(61, 50, 10); // 33a
    static final Cell BILLING_OTHER_ID = new Cell(61, 63, 17); // 33b
}
