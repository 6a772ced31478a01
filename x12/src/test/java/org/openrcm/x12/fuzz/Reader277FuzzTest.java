package org.openrcm.x12.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** A 277 (005010X212) header, fuzzed segments after it: the claim status response reader and the validator over them. */
class Reader277FuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return FuzzContract.bodies(TransactionKind.S277);
    }

    @DictionaryFile(resourcePath = "x12.dict")
    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void statusResponse(byte[] body) {
        ran();
        byte[] interchange = TransactionKind.S277.interchange(body);
        FuzzContract.read(interchange);
        FuzzContract.validate(interchange);
    }
}
