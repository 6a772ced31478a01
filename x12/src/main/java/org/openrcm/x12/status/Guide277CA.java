package org.openrcm.x12.status;

import static org.openrcm.x12.ig.Rules.*;
import static org.openrcm.x12.status.StatusRules.*;

import org.openrcm.x12.ig.Guide;
import org.openrcm.x12.status.StatusRules.StcUsage;

/**
 * Health Care Claim Acknowledgment (277CA, 005010X214): the structure of the implementation guide. A payer or
 * clearinghouse answers an 837 batch with it: the batch (2000B), each billing provider (2000C) and each claim
 * (2000D/2200D) is accepted or rejected with claim status codes. Read one {@link ClaimAcknowledgment} per claim,
 * streaming, with {@link ReceiverStatus} and {@link ProviderStatus} records for the levels above.
 */
public final class Guide277CA {

    private static final String[] ACTIONS = {"U", "WQ"};

    // STC12 free text: not used at these levels in the guide, but clearinghouses add batch and provider notes there.
    private static final StcUsage RECEIVER_STC = new StcUsage(R, R, ACTIONS, R, N, N, N, N, N, S, N);
    private static final StcUsage PROVIDER_STC = new StcUsage(S, R, ACTIONS, R, N, N, N, N, N, S, N);
    private static final StcUsage CLAIM_STC = new StcUsage(R, R, ACTIONS, R, N, N, N, N, N, S, N);
    // The guide's own example sends a service-line STC without a date (STC*A3:122**U*******A3:153:82).
    private static final StcUsage LINE_STC = new StcUsage(S, R, ACTIONS, S, N, N, N, N, N, S, N);

    public static final Guide GUIDE = new Guide(
            "277",
            "005010X214",
            "Health Care Claim Acknowledgment",
            loop(
                    "",
                    "Health Care Claim Acknowledgment",
                    R,
                    1,
                    st("277", "005010X214"),
                    bht("0085", "08", R, "TH"),
                    loop(
                            "2000A",
                            "Information Source Level",
                            R,
                            UNBOUNDED,
                            hl("Information Source Level", "20", N, R),
                            loop(
                                    "2100A",
                                    "Information Source Name",
                                    R,
                                    1,
                                    nm1(
                                            "Information Source Name",
                                            codes("AY PR"),
                                            codes("2"),
                                            R,
                                            N,
                                            N,
                                            N,
                                            R,
                                            codes("46 FI PI XV"))),
                            loop(
                                    "2200A",
                                    "Transmission Receipt Control Identifier",
                                    R,
                                    UNBOUNDED,
                                    trn("Transmission Receipt Control Identifier", "1"),
                                    dtp("Information Source Receipt Date", R, "050", "D8"),
                                    dtp("Information Source Process Date", R, "009", "D8")),
                            loop(
                                    "2000B",
                                    "Information Receiver Level",
                                    R,
                                    1,
                                    hl("Information Receiver Level", "21", R, R),
                                    loop(
                                            "2100B",
                                            "Information Receiver Name",
                                            R,
                                            1,
                                            nm1(
                                                    "Information Receiver Name",
                                                    codes("41"),
                                                    codes("1 2"),
                                                    R,
                                                    S,
                                                    N,
                                                    N,
                                                    R,
                                                    "46")),
                                    loop(
                                            "2200B",
                                            "Information Receiver Application Trace Identifier",
                                            R,
                                            1,
                                            trn("Information Receiver Application Trace Identifier", "2"),
                                            stc("Information Receiver Status Information", R, UNBOUNDED, RECEIVER_STC),
                                            qty("Total Accepted Quantity", "90"),
                                            qty("Total Rejected Quantity", "AA"),
                                            amt("Total Accepted Amount", "YU"),
                                            amt("Total Rejected Amount", "YY")),
                                    loop(
                                            "2000C",
                                            "Billing Provider of Service Level",
                                            S,
                                            UNBOUNDED,
                                            hl("Billing Provider of Service Level", "19", R, R),
                                            loop(
                                                    "2100C",
                                                    "Billing Provider Name",
                                                    R,
                                                    1,
                                                    nm1(
                                                            "Billing Provider Name",
                                                            codes("85"),
                                                            codes("1 2"),
                                                            R,
                                                            S,
                                                            S,
                                                            S,
                                                            R,
                                                            codes("FI SV XX"))),
                                            loop(
                                                    "2200C",
                                                    "Provider of Service Information Trace Identifier",
                                                    S,
                                                    1,
                                                    trn("Provider of Service Information Trace Identifier", "1"),
                                                    stc(
                                                            "Billing Provider Status Information",
                                                            S,
                                                            UNBOUNDED,
                                                            PROVIDER_STC),
                                                    seg(
                                                            "REF",
                                                            "Provider Secondary Identifier",
                                                            S,
                                                            UNBOUNDED,
                                                            el(1, R, ID, 2, 3),
                                                            el(2, R, AN, 1, 50),
                                                            el(3, N, AN, 1, 80),
                                                            composite(4, N)),
                                                    qty("Total Accepted Quantity", "QA"),
                                                    qty("Total Rejected Quantity", "QC"),
                                                    amt("Total Accepted Amount", "YU"),
                                                    amt("Total Rejected Amount", "YY")),
                                            loop(
                                                    "2000D",
                                                    "Patient Level",
                                                    S,
                                                    UNBOUNDED,
                                                    hl("Patient Level", "PT", R, S),
                                                    loop(
                                                            "2100D",
                                                            "Patient Name",
                                                            R,
                                                            1,
                                                            nm1(
                                                                    "Patient Name",
                                                                    codes("QC"),
                                                                    codes("1"),
                                                                    R,
                                                                    S,
                                                                    S,
                                                                    S,
                                                                    R,
                                                                    codes("II MI"))),
                                                    loop(
                                                            "2200D",
                                                            "Claim Status Tracking Number",
                                                            S,
                                                            UNBOUNDED,
                                                            trn("Claim Status Tracking Number", "2"),
                                                            stc(
                                                                    "Claim Level Status Information",
                                                                    R,
                                                                    UNBOUNDED,
                                                                    CLAIM_STC),
                                                            ref("Payer Claim Control Number", "1K"),
                                                            ref("Clearinghouse Trace Number", "D9"),
                                                            ref("Institutional Bill Type Identification", "BLT"),
                                                            ref("Medical Record Identification Number", "EA"),
                                                            dtp("Claim Level Service Date", R, "472", DATE_FORMATS),
                                                            loop(
                                                                    "2220D",
                                                                    "Service Line Information",
                                                                    S,
                                                                    UNBOUNDED,
                                                                    svc(N, S),
                                                                    stc(
                                                                            "Service Line Level Status Information",
                                                                            R,
                                                                            UNBOUNDED,
                                                                            LINE_STC),
                                                                    ref("Service Line Item Identification", "FJ"),
                                                                    ref("Pharmacy Prescription Number", "XZ"),
                                                                    dtp(
                                                                            "Service Line Date",
                                                                            S,
                                                                            "472",
                                                                            DATE_FORMATS))))))),
                    se()),
            StatusChecks::new,
            records -> new StatusReader(StatusReader.Kind.ACKNOWLEDGMENT, records));

    private Guide277CA() {}
}
