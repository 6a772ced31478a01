package org.openrcm.bench.x12;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.List;
import org.openrcm.x12.X12Writer;
import org.openrcm.x12.X12Writer.GroupHeader;
import org.openrcm.x12.X12Writer.InterchangeHeader;

/**
 * PLACEHOLDER until {@code org.openrcm.x12.claim.ClaimWriter} (the typed 837P writer, built on another branch) is
 * merged: writes {@link SampleClaim}s as an 837P (005010X222A1) with raw {@link X12Writer} segments. It produces the
 * benchmark's 837P input file, and {@link X12Bench} times it as the "837P writing" figure for now; once ClaimWriter
 * exists, the writing measurement must map SampleClaim to ClaimWriter's model and time ClaimWriter instead (the
 * generator may keep this class).
 *
 * <p>Layout: one billing provider (HL 20) per transaction set, then per claim a subscriber (HL 22, the patient),
 * the payer, CLM, HI and the service lines (LX, SV1, DTP*472). A transaction set holds at most 5,000 claims, as the
 * guide recommends.
 */
public final class RawClaim837PWriter {

    /** Claims per transaction set (the implementation guide's recommended maximum). */
    public static final int CLAIMS_PER_SET = 5_000;

    private final LocalDateTime created;

    public RawClaim837PWriter(LocalDateTime created) {
        this.created = created;
    }

    /** Writes every claim in one interchange to {@code out} (closed at the end); returns the segments written. */
    public long write(List<SampleClaim> claims, OutputStream out) {
        try (X12Writer w = new X12Writer(out)) {
            w.beginInterchange(
                    InterchangeHeader.of("ZZ", "RIVERSIDECLIN", "ZZ", "ACMEHEALTH", created, 837_000_001L, false));
            w.beginGroup(new GroupHeader("HC", "RIVERSIDECLIN", "ACMEHEALTH", created, 1, "005010X222A1"));
            String date = X12Writer.date(created.toLocalDate());
            String time = String.format("%02d%02d", created.getHour(), created.getMinute());
            int set = 0;
            for (int from = 0; from < claims.size(); from += CLAIMS_PER_SET) {
                set++;
                w.beginTransaction("837", String.format("%04d", set), "005010X222A1");
                w.segment("BHT", "0019", "00", "BATCH" + set, date, time, "CH");
                w.segment("NM1", "41", "2", "RIVERSIDE CLINIC", "", "", "", "", "46", "RIVCLIN01");
                w.segment("PER", "IC", "BILLING OFFICE", "TE", "2175550100");
                w.segment("NM1", "40", "2", "ACME HEALTH PLAN", "", "", "", "", "46", "ACMEHEALTH");
                w.segment("HL", "1", "", "20", "1");
                w.segment("PRV", "BI", "PXC", "207Q00000X");
                w.segment("NM1", "85", "2", "RIVERSIDE CLINIC", "", "", "", "", "XX", "1234567893");
                w.segment("N3", "12 RIVER ROAD");
                w.segment("N4", "SPRINGFIELD", "IL", "627011234");
                w.segment("REF", "EI", "371234567");
                int hl = 1;
                for (SampleClaim c : claims.subList(from, Math.min(claims.size(), from + CLAIMS_PER_SET))) {
                    hl++;
                    claim(w, c, hl);
                }
                w.endTransaction();
            }
            w.endGroup();
            w.endInterchange();
            return w.segments();
        }
    }

    private static void claim(X12Writer w, SampleClaim c, int hl) {
        w.segment("HL", Integer.toString(hl), "1", "22", "0");
        w.segment("SBR", "P", "18", "GRP12345", "", "", "", "", "", "CI");
        w.segment("NM1", "IL", "1", c.lastName(), c.firstName(), "", "", "", "MI", c.memberId());
        w.segment("N3", c.street());
        w.segment("N4", c.city(), c.state(), c.zip());
        w.segment("DMG", "D8", X12Writer.date(c.birthDate()), c.gender());
        w.segment("NM1", "PR", "2", "ACME HEALTH PLAN", "", "", "", "", "PI", "ACME01");
        w.segment(
                "CLM",
                c.patientControlNumber(),
                X12Writer.decimal(c.charge()),
                "",
                "",
                w.composite(c.placeOfService(), "B", "1"),
                "Y",
                "A",
                "Y",
                "Y");
        List<String> dx = c.diagnoses();
        String[] hi = new String[dx.size()];
        for (int i = 0; i < hi.length; i++) {
            hi[i] = w.composite(i == 0 ? "ABK" : "ABF", dx.get(i));
        }
        w.segment("HI", hi);
        int n = 0;
        for (SampleClaim.Line line : c.lines()) {
            n++;
            w.segment("LX", Integer.toString(n));
            String[] pointers = new String[line.pointers().size()];
            for (int i = 0; i < pointers.length; i++) {
                pointers[i] = line.pointers().get(i).toString();
            }
            w.segment(
                    "SV1",
                    w.composite("HC", line.procedure(), line.modifier()),
                    X12Writer.decimal(line.charge()),
                    "UN",
                    Integer.toString(line.units()),
                    "",
                    "",
                    w.composite(pointers));
            w.segment("DTP", "472", "D8", X12Writer.date(line.date()));
        }
    }
}
