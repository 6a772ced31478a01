package org.openrcm.x12.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** A 276 (005010X212) header, fuzzed segments after it: the claim status request reader and the validator over them. */
class Reader276FuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return FuzzContract.bodies(TransactionKind.S276);
    }

    @DictionaryFile(resourcePath = "x12.dict")
    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void statusRequest(byte[] body) {
        ran();
        byte[] interchange = TransactionKind.S276.interchange(body);
        FuzzContract.read(interchange);
        FuzzContract.validate(interchange);
    }
}
