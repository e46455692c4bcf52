/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.support.TestRequests;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The optional client-side rate limit spaces calls across threads, and refuses, unsent, what would pass the deadline. */
class RateLimitTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @BeforeEach
    void stub() {
        wm.stubFor(post(urlEqualTo("/omega/CreerDIT")).willReturn(aResponse().withHeader("Content-Type", "text/xml")
                .withBody(TestRequests.recevableAnswer())));
    }

    @Test
    void fiveCallsPerSecond_spacesRequestsAtLeast200msApart_acrossThreads() throws Exception {
        try (DitClient client = TestRequests.client(wm.baseUrl()).maxCallsPerSecond(5).build()) {
            // a first call in a fresh JVM spends its time in class loading, which bunches the calls behind it
            client.newDialogue().verifierRecevabilite(TestRequests.verifier());
            Thread.sleep(250);
            wm.resetRequests();
            Thread[] threads = new Thread[3];
            for (int t = 0; t < threads.length; t++) {
                threads[t] = new Thread(() -> {
                    for (int i = 0; i < 2; i++) {
                        client.newDialogue().verifierRecevabilite(TestRequests.verifier());
                    }
                });
                threads[t].start();
            }
            for (Thread t : threads) {
                t.join();
            }
        }
        List<LoggedRequest> sent = wm.findAll(postRequestedFor(urlEqualTo("/omega/CreerDIT")));
        assertThat(sent).hasSize(6);
        List<Long> times = sent.stream().map(r -> r.getLoggedDate().getTime()).sorted(Comparator.naturalOrder())
                .toList();
        // server-side timestamps have millisecond resolution and some jitter: allow 40 ms of it
        for (int i = 1; i < times.size(); i++) {
            assertThat(times.get(i) - times.get(i - 1)).as("gap before request %d", i).isGreaterThanOrEqualTo(160);
        }
    }

    @Test
    void aCallThatWouldWaitPastItsDeadline_failsRateLimited_andIsNotSent() {
        try (DitClient client = TestRequests.client(wm.baseUrl()).maxCallsPerSecond(0.5)
                .retry(RetryPolicy.none()).connectTimeout(Duration.ofMillis(500))
                .callDeadline(Duration.ofSeconds(1)).build()) {
            client.newDialogue().verifierRecevabilite(TestRequests.verifier());

            assertThatThrownBy(() -> client.newDialogue().verifierRecevabilite(TestRequests.verifier()))
                    .isInstanceOfSatisfying(DitServiceException.class, e -> {
                        assertThat(e.failure()).isEqualTo(Failure.RATE_LIMITED);
                        assertThat(e.mayHaveBeenReceived()).isFalse();
                    });
        }
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/omega/CreerDIT")))).hasSize(1);
    }

    @Test
    void negativeRate_isRefusedByTheBuilder() {
        assertThatThrownBy(() -> DitClient.builder().maxCallsPerSecond(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxCallsPerSecond");
    }
}
