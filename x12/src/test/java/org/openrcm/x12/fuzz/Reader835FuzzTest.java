package org.openrcm.x12.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** An 835 (005010X221A1) header, fuzzed segments after it: the 835 reader and the validator over them. */
class Reader835FuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return FuzzContract.bodies(TransactionKind.R835);
    }

    @DictionaryFile(resourcePath = "x12.dict")
    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void remittance(byte[] body) {
        ran();
        byte[] interchange = TransactionKind.R835.interchange(body);
        FuzzContract.read(interchange);
        FuzzContract.validate(interchange);
    }
}
