package org.openrcm.x12.status;

import static org.openrcm.x12.ig.Rules.*;
import static org.openrcm.x12.status.StatusRules.*;

import java.util.ArrayList;
import java.util.List;
import org.openrcm.x12.ig.LoopRule;
import org.openrcm.x12.ig.Node;
import org.openrcm.x12.status.StatusRules.StcUsage;

/**
 * The structure of the 005010X212 guide, which the request (276) and the response (277) share: information source
 * (payer), information receiver, service provider, subscriber and dependent levels, each claim in a 2200D/2200E loop
 * and its service lines below (2210 in the request, 2220 in the response). The response adds statuses (STC) at every
 * level; the request adds demographics (DMG) and the total charge (AMT*T3).
 */
final class X212Structure {

    private static final StcUsage LEVEL_STC = new StcUsage(R, N, new String[0], N, N, N, N, N, N, N, N);
    // Payers answering with a 277 as an acknowledgment put an action code (WQ/U) and a message in the claim STC.
    private static final StcUsage CLAIM_STC = new StcUsage(R, S, new String[] {"WQ", "U"}, S, S, S, N, S, S, S, S);
    private static final StcUsage LINE_STC = new StcUsage(R, N, new String[0], N, N, N, N, N, N, N, S);

    private X212Structure() {}

    static LoopRule build(boolean response) {
        String set = response ? "277" : "276";
        String name = response ? "Health Care Claim Status Response" : "Health Care Claim Status Request";
        List<Node> receiver = new ArrayList<>();
        receiver.add(hl("Information Receiver Level", "21", R, R));
        receiver.add(loop(
                "2100B",
                "Information Receiver Name",
                R,
                1,
                nm1("Information Receiver Name", codes("41"), codes("1 2"), S, S, N, N, R, "46")));
        if (response) {
            receiver.add(loop(
                    "2200B",
                    "Information Receiver Trace Identifier",
                    S,
                    1,
                    trn("Information Receiver Trace Identifier", "2"),
                    stc("Information Receiver Status Information", R, UNBOUNDED, LEVEL_STC)));
        }
        List<Node> provider = new ArrayList<>();
        provider.add(hl("Service Provider Level", "19", R, R));
        provider.add(loop(
                "2100C",
                "Provider Name",
                R,
                1,
                nm1("Provider Name", codes("1P"), codes("1 2"), S, S, N, S, R, codes("FI SV XX"))));
        if (response) {
            provider.add(loop(
                    "2200C",
                    "Provider of Service Trace Identifier",
                    S,
                    1,
                    trn("Provider of Service Trace Identifier", "1"),
                    stc("Provider Status Information", R, UNBOUNDED, LEVEL_STC)));
        }
        List<Node> subscriber = new ArrayList<>();
        subscriber.add(hl("Subscriber Level", "22", R, R));
        if (!response) {
            subscriber.add(dmg(S));
        }
        subscriber.add(loop(
                "2100D",
                "Subscriber Name",
                R,
                1,
                nm1("Subscriber Name", codes("IL"), codes("1 2"), R, S, N, S, R, codes("24 II MI"))));
        subscriber.add(claim("D", S, response));
        List<Node> dependent = new ArrayList<>();
        dependent.add(hl("Dependent Level", "23", R, S));
        if (!response) {
            dependent.add(dmg(R));
        }
        dependent.add(
                loop("2100E", "Dependent Name", R, 1, nm1("Dependent Name", codes("QC"), codes("1"), R, S, N, S, N)));
        dependent.add(claim("E", R, response));
        subscriber.add(loop("2000E", "Dependent Level", S, UNBOUNDED, dependent.toArray(Node[]::new)));
        provider.add(loop("2000D", "Subscriber Level", S, UNBOUNDED, subscriber.toArray(Node[]::new)));
        receiver.add(loop("2000C", "Service Provider Level", S, UNBOUNDED, provider.toArray(Node[]::new)));
        return loop(
                "",
                name,
                R,
                1,
                st(set, "005010X212"),
                response ? bht("0010", "08", R, "DG") : bht("0010", "13", N),
                loop(
                        "2000A",
                        "Information Source Level",
                        R,
                        UNBOUNDED,
                        hl("Information Source Level", "20", N, R),
                        loop(
                                "2100A",
                                "Payer Name",
                                R,
                                1,
                                nm1("Payer Name", codes("PR"), codes("2"), R, N, N, N, R, codes("PI XV")),
                                seg(
                                                "PER",
                                                "Payer Contact Information",
                                                response ? S : N,
                                                1,
                                                el(1, R, ID, 2, 2, "IC"),
                                                el(2, S, AN, 1, 60),
                                                el(3, R, ID, 2, 2, codes("ED EM FX TE")),
                                                el(4, R, AN, 1, 256),
                                                el(5, S, ID, 2, 2, codes("ED EM EX FX TE")),
                                                el(6, S, AN, 1, 256),
                                                el(7, S, ID, 2, 2, codes("ED EM EX FX TE")),
                                                el(8, S, AN, 1, 256),
                                                el(9, N, AN, 1, 20))
                                        .when(1, "IC")),
                        loop("2000B", "Information Receiver Level", R, UNBOUNDED, receiver.toArray(Node[]::new))),
                se());
    }

    /** 2200D/2200E: one claim, with its service lines (2210 in a request, 2220 in a response). */
    private static LoopRule claim(String level, org.openrcm.x12.ig.Usage usage, boolean response) {
        List<Node> c = new ArrayList<>();
        c.add(trn("Claim Status Tracking Number", response ? "2" : "1"));
        if (response) {
            c.add(stc("Claim Level Status Information", R, UNBOUNDED, CLAIM_STC));
        }
        c.add(ref("Payer Claim Control Number", "1K"));
        c.add(ref("Institutional Bill Type Identification", "BLT"));
        if (!response) {
            c.add(ref("Application or Location System Identifier", "LU"));
            c.add(ref("Group Number", "6P"));
        }
        c.add(ref("Patient Control Number", "EJ"));
        c.add(ref("Pharmacy Prescription Number", "XZ"));
        if (response) {
            c.add(ref("Voucher Identifier", "VV"));
        }
        c.add(ref("Claim Identification Number for Clearinghouses", "D9"));
        if (!response) {
            c.add(amt("Total Claim Charge Amount", "T3"));
        }
        c.add(dtp("Claim Service Date", S, "472", DATE_FORMATS));
        List<Node> line = new ArrayList<>();
        line.add(response ? svc(R, R) : svc(S, S));
        if (response) {
            line.add(stc("Service Line Status Information", R, UNBOUNDED, LINE_STC));
        }
        line.add(ref("Service Line Item Identification", "FJ"));
        line.add(dtp("Service Line Date", R, "472", DATE_FORMATS));
        c.add(loop(
                (response ? "222" : "221") + "0" + level,
                "Service Line Information",
                S,
                UNBOUNDED,
                line.toArray(Node[]::new)));
        return loop("2200" + level, "Claim Status Tracking Number", usage, UNBOUNDED, c.toArray(Node[]::new));
    }
}
