package org.openrcm.x12.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The transaction sets OpenRCM has a guide for, each with a fixed, valid ISA/GS/ST header: a fuzz target puts fuzzed
 * segments after it, so the input always reaches that set's guide (structure walker, balancing and typed reader) instead
 * of stopping at the envelope.
 */
enum TransactionKind {
    R835("835", "HP", "005010X221A1"),
    C837P("837", "HC", "005010X222A1"),
    C837I("837", "HC", "005010X223A2"),
    A999("999", "FA", "005010X231A1"),
    A997("997", "FA", "005010X230"),
    E270("270", "HS", "005010X279A1"),
    E271("271", "HB", "005010X279A1"),
    S276("276", "HR", "005010X212"),
    S277("277", "HN", "005010X212"),
    S277CA("277", "HN", "005010X214");

    static final String ISA =
            "ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *240101*1200*^*00501"
                    + "*000000001*0*T*:~\n";

    final String transactionSet;
    final String functionalGroup;
    final String version;

    TransactionKind(String transactionSet, String functionalGroup, String version) {
        this.transactionSet = transactionSet;
        this.functionalGroup = functionalGroup;
        this.version = version;
    }

    /** The seed interchange of this kind under {@code interchanges/}, e.g. {@code 837P.x12}. */
    String seedFile() {
        return name().substring(1) + ".x12";
    }

    /** ISA, GS and ST of this transaction set, delimiters {@code * : ^ ~}. */
    String header() {
        return ISA
                + "GS*" + functionalGroup + "*SUBMITTERID*RECEIVERID*20240101*1200*1*X*" + version + "~\n"
                + "ST*" + transactionSet + "*0001*" + version + "~\n";
    }

    /**
     * A whole interchange: the header, the fuzzed {@code body} as it is, then SE (counting the body's terminators), GE
     * and IEA, so the reader's end of set is reached too.
     */
    byte[] interchange(byte[] body) {
        int segments = 2;
        int last = -1;
        for (byte b : body) {
            if (b == '~') {
                segments++;
            }
            if (b != '\n' && b != '\r' && b != ' ') {
                last = b;
            }
        }
        boolean terminated = last == -1 || last == '~';
        if (!terminated) {
            segments++;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 300);
        out.writeBytes(header().getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        String trailer = (terminated ? "\n" : "~\n") + "SE*" + segments + "*0001~\nGE*1*1~\nIEA*1*000000001~\n";
        out.writeBytes(trailer.getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
