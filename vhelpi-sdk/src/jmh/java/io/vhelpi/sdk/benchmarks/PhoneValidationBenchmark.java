package io.vhelpi.sdk.benchmarks;

import io.vhelpi.core.validation.InvalidValueException;
import io.vhelpi.core.validation.PhoneNumber;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Phone number validation on one thread, i.e. per core: the mix an operator's form sees, mostly
 * valid mobiles in the accepted notations and some landline, foreign and malformed numbers.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class PhoneValidationBenchmark {

    private static final String[] VALID = {
        "+36 30 616 7347", "06306167347", "06 20 7737884", "+36306167347", "0036 70 123 4567",
        "06-31-234-5678", "(06 50) 111 2222", "+36 70 765 4321"
    };

    private static final String[] INVALID = {"06 1 234 5678", "+43 660 1234567", "0630616", "call me"};

    private int next;

    /**
     * Validates the next valid number.
     *
     * @return the number in E.164
     */
    @Benchmark
    public String validMobile() {
        next = (next + 1) % VALID.length;
        return PhoneNumber.parseHungarianMobile(VALID[next]).e164();
    }

    /**
     * Validates the next invalid number, which is refused with its reason.
     *
     * @return the reason's code
     */
    @Benchmark
    public String refusedNumber() {
        next = (next + 1) % INVALID.length;
        try {
            return PhoneNumber.parseHungarianMobile(INVALID[next]).e164();
        } catch (InvalidValueException refused) {
            return refused.code();
        }
    }
}
