package org.openrcm.x12.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** A 270 (005010X279A1) header, fuzzed segments after it: the eligibility inquiry reader and the validator over them. */
class Reader270FuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return FuzzContract.bodies(TransactionKind.E270);
    }

    @DictionaryFile(resourcePath = "x12.dict")
    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void eligibilityInquiry(byte[] body) {
        ran();
        byte[] interchange = TransactionKind.E270.interchange(body);
        FuzzContract.read(interchange);
        FuzzContract.validate(interchange);
    }
}
