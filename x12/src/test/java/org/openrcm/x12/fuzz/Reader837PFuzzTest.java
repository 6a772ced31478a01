package org.openrcm.x12.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** An 837P (005010X222A1) header, fuzzed segments after it: the professional claim reader and the validator over them. */
class Reader837PFuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return FuzzContract.bodies(TransactionKind.C837P);
    }

    @DictionaryFile(resourcePath = "x12.dict")
    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void professionalClaim(byte[] body) {
        ran();
        byte[] interchange = TransactionKind.C837P.interchange(body);
        FuzzContract.read(interchange);
        FuzzContract.validate(interchange);
    }
}
