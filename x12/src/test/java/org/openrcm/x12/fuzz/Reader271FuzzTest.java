package org.openrcm.x12.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** A 271 (005010X279A1) header, fuzzed segments after it: the eligibility response reader and the validator over them. */
class Reader271FuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return FuzzContract.bodies(TransactionKind.E271);
    }

    @DictionaryFile(resourcePath = "x12.dict")
    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void eligibilityResponse(byte[] body) {
        ran();
        byte[] interchange = TransactionKind.E271.interchange(body);
        FuzzContract.read(interchange);
        FuzzContract.validate(interchange);
    }
}
