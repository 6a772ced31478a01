package org.openrcm.x12.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** A 277CA (005010X214) header, fuzzed segments after it: the claim acknowledgment reader and the validator over them. */
class Reader277CAFuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return FuzzContract.bodies(TransactionKind.S277CA);
    }

    @DictionaryFile(resourcePath = "x12.dict")
    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void claimAck(byte[] body) {
        ran();
        byte[] interchange = TransactionKind.S277CA.interchange(body);
        FuzzContract.read(interchange);
        FuzzContract.validate(interchange);
    }
}
