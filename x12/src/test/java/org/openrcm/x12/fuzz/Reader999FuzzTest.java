package org.openrcm.x12.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** A 999 (005010X231A1) header, fuzzed segments after it: the acknowledgment reader and the validator over them. */
class Reader999FuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return FuzzContract.bodies(TransactionKind.A999);
    }

    @DictionaryFile(resourcePath = "x12.dict")
    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void implementationAck(byte[] body) {
        ran();
        byte[] interchange = TransactionKind.A999.interchange(body);
        FuzzContract.read(interchange);
        FuzzContract.validate(interchange);
    }
}
