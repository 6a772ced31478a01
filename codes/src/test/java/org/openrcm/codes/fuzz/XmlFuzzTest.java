package org.openrcm.codes.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;
import org.openrcm.codes.icd10cm.IndexFile;
import org.openrcm.codes.icd10cm.TabularFile;

/** The ICD-10-CM XML readers (tabular list; index, drug, neoplasm and external-cause tables) over any bytes. */
class XmlFuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return Stream.of(
                bytes("<?xml version=\"1.0\"?><ICD10CM.tabular><version>2026</version><chapter><name>4</name>"
                        + "<desc>Endocrine (E00-E89)</desc><section id=\"E08-E13\"><desc>Diabetes</desc>"
                        + "<diag><name>E11</name><desc>Type 2 diabetes mellitus</desc><excludes1><note>type 1"
                        + " diabetes mellitus (E10.-)</note></excludes1><diag><name>E11.9</name><desc>Type 2"
                        + " diabetes mellitus without complications</desc></diag></diag></section></chapter>"
                        + "</ICD10CM.tabular>\n"),
                bytes("<?xml version=\"1.0\"?><ICD10CM.index><version>2026</version><title>Index</title><letter>"
                        + "<title>D</title><mainTerm><title>Diabetes</title><code>E11.9</code><term level=\"1\">"
                        + "<title>type 2</title><code>E11.9</code></term></mainTerm></letter></ICD10CM.index>\n"),
                bytes("<?xml version=\"1.0\"?><ICD10CM.index><version>2026</version><title>Table of Drugs</title>"
                        + "<indexHeading><head col=\"1\">Substance</head><head col=\"2\">Poisoning, Accidental"
                        + "</head></indexHeading><letter><title>A</title><mainTerm><title>Aspirin</title>"
                        + "<cell col=\"1\"/><cell col=\"2\">T39.011</cell></mainTerm></letter></ICD10CM.index>\n"));
    }

    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void anyBytes(byte[] data) {
        readers(data, in -> TabularFile.read(in, FILE), in -> IndexFile.read(in, FILE));
    }
}
