package org.openrcm.x12.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** An 837I (005010X223A2) header, fuzzed segments after it: the institutional claim reader and the validator over them. */
class Reader837IFuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return FuzzContract.bodies(TransactionKind.C837I);
    }

    @DictionaryFile(resourcePath = "x12.dict")
    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void institutionalClaim(byte[] body) {
        ran();
        byte[] interchange = TransactionKind.C837I.interchange(body);
        FuzzContract.read(interchange);
        FuzzContract.validate(interchange);
    }
}
