package com.kpbank.lc.standalone.api;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * API.md: "Every refusal is cheap: no input may cost the server more than a few milliseconds before it
 * is refused." For each kind of input, a small value and a huge one are refused in turn, many times, in
 * this one run: the median time to refuse the huge one stays within a small multiple of the small one's
 * (plus a few milliseconds for the bytes on the wire), so that a loaded machine slows both alike. Prints
 * the medians.
 */
@ExtendWith(SharedSystem.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RefusalCostIT {

    private static final int ROUNDS = 25;
    private static final double MAX_RATIO = 3.0;
    private static final double SLACK_MILLIS = 10.0;

    private final HypermediaClient applicant;
    private final SystemUnderTest system;
    private URI draft;

    RefusalCostIT(SystemUnderTest system) {
        this.system = system;
        applicant = HypermediaClient.as(DemoUser.APPLICANT_1, system.root());
    }

    @BeforeAll
    void draft() {
        draft = applicant.submit(applicant.root(), "start", Map.of("clientReference", "COST-1")).location().orElseThrow();
    }

    static Stream<Arguments> inputs() {
        return Stream.of(
                arguments("amount text of exponent 10 / 10,000,000", "change-amount",
                        "{\"amount\":\"1e10\",\"currency\":\"USD\"}", "{\"amount\":\"1e10000000\",\"currency\":\"USD\"}", 400),
                arguments("amount number of exponent 10 / 10,000,000", "change-amount",
                        "{\"amount\":1e10,\"currency\":\"USD\"}", "{\"amount\":1e10000000,\"currency\":\"USD\"}", 400),
                arguments("quantity of exponent 10 / 1,000,000,000", "change-merchandise",
                        merchandise("1e10"), merchandise("1e1000000000"), 400),
                arguments("amount of 20 / 60,000 digits", "change-amount",
                        "{\"amount\":\"" + "9".repeat(20) + "\",\"currency\":\"USD\"}", "{\"amount\":\"" + "9".repeat(60_000) + "\",\"currency\":\"USD\"}", 400),
                arguments("client reference of 10 bytes / 60 KB", "start",
                        "{\"clientReference\":\"" + "r".repeat(40) + "\"}", "{\"clientReference\":\"" + "r".repeat(60_000) + "\"}", 400),
                arguments("client reference of 10 bytes / 1 MB", "start",
                        "{\"clientReference\":\"" + "r".repeat(40) + "\"}", "{\"clientReference\":\"" + "r".repeat(1_000_000) + "\"}", 0),
                arguments("10 / 10,000 nested arrays", "change-amount", "[".repeat(10) + "]".repeat(10), "[".repeat(10_000) + "]".repeat(10_000), 400));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void the_time_to_refuse_does_not_grow_with_what_is_sent(String what, String task, String small, String huge, int hugeStatus) {
        long[] smallNanos = new long[ROUNDS];
        long[] hugeNanos = new long[ROUNDS];
        for (int warmUp = 0; warmUp < 5; warmUp++) {
            refuse(task, small, 400);
            refuse(task, huge, hugeStatus);
        }
        for (int round = 0; round < ROUNDS; round++) {
            smallNanos[round] = refuse(task, small, 400);
            hugeNanos[round] = refuse(task, huge, hugeStatus);
        }
        double smallMillis = median(smallNanos);
        double hugeMillis = median(hugeNanos);
        System.out.printf("RefusalCostIT %-45s median to refuse: small %6.2f ms, huge %6.2f ms (ratio %.2f)%n",
                what, smallMillis, hugeMillis, hugeMillis / smallMillis);

        assertThat(hugeMillis).as(what).isLessThanOrEqualTo(smallMillis * MAX_RATIO + SLACK_MILLIS);
    }

    /** Sends the body and returns how long the refusal took; {@code status} 0 is any 4xx. */
    private long refuse(String task, String body, int status) {
        URI target = task.equals("start") ? system.root().resolve("lc-applications") : URI.create(draft + "/" + task);
        long start = System.nanoTime();
        ApiResponse answer = applicant.send("POST", target, Map.of("Content-Type", "application/json"), HttpRequest.BodyPublishers.ofString(body));
        long took = System.nanoTime() - start;
        assertThat(answer.status()).as(answer.toString().substring(0, Math.min(300, answer.toString().length())))
                .matches(actual -> status == 0 ? actual >= 400 && actual < 500 : actual == status, "refused as " + status);
        return took;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static String merchandise(String quantity) {
        return "{\"items\":[{\"description\":\"Lathe\",\"quantity\":" + quantity + ",\"unit\":\"piece\"}],\"hazardous\":false}";
    }
}
