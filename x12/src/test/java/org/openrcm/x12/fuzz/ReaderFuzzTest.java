package org.openrcm.x12.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code X12Reader} with every registered guide over any bytes and mutated seed interchanges: only typed {@code X12Exception}s. */
class ReaderFuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return FuzzContract.interchanges();
    }

    @DictionaryFile(resourcePath = "x12.dict")
    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void anyBytes(byte[] data) {
        ran();
        FuzzContract.read(data);
    }
}
