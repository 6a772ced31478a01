package org.openrcm.x12.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** A 997 (005010X230) header, fuzzed segments after it: the 997 guide (validation only: it has no typed reader) over them. */
class Reader997FuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return FuzzContract.bodies(TransactionKind.A997);
    }

    @DictionaryFile(resourcePath = "x12.dict")
    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void functionalAck(byte[] body) {
        ran();
        byte[] interchange = TransactionKind.A997.interchange(body);
        FuzzContract.read(interchange);
        FuzzContract.validate(interchange);
    }
}
