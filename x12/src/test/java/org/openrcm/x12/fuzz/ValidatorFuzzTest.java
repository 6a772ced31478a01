package org.openrcm.x12.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code X12Validator} over any bytes and over mutations of the seed interchanges: it never throws, it reports. */
class ValidatorFuzzTest extends FuzzTarget {

    static Stream<byte[]> seeds() {
        return FuzzContract.interchanges();
    }

    @DictionaryFile(resourcePath = "x12.dict")
    @MethodSource("seeds")
    @FuzzTest(maxExecutions = EXECUTIONS, maxDuration = MAX_DURATION)
    void anyBytes(byte[] data) {
        ran();
        FuzzContract.validate(data);
    }
}
