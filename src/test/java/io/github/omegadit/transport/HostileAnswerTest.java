/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.support.LogCapture;
import io.github.omegadit.support.Soap;
import io.github.omegadit.support.TestRequests;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Hostile answers are refused quickly, with bounded memory, reading nothing from disk or network. */
class HostileAnswerTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @TempDir
    static Path dir;
    static Path canary;
    static String secret;

    @BeforeAll
    static void canaryAndWarmUp() throws Exception {
        secret = "CANARY-" + UUID.randomUUID();
        canary = Files.writeString(dir.resolve("canary.txt"), secret);
        wm.stubFor(post(urlEqualTo("/omega/CreerDIT")).willReturn(aResponse().withHeader("Content-Type", "text/xml")
                .withBody(TestRequests.recevableAnswer())));
        try (DitClient c = TestRequests.client(wm.baseUrl()).retry(RetryPolicy.none()).build()) {
            c.newDialogue().verifierRecevabilite(TestRequests.verifier());
            // the first refusal in a JVM loads the error path's classes: not what the time bound is about
            wm.stubFor(post(urlEqualTo("/omega/CreerDIT")).willReturn(aResponse()
                    .withHeader("Content-Type", "text/xml").withBody("<?xml version=\"1.0\"?><!DOCTYPE a><a/>")));
            try {
                c.newDialogue().verifierRecevabilite(TestRequests.verifier());
            } catch (DitServiceException expected) {
                // refused, as the tests below check in detail
            }
        }
    }

    static String answerWith(String prolog, String messageContent) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog
                + Soap.recevabiliteAnswer("P", "Message", TestRequests.INTERVENTIONS, "X")
                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "")
                .replace("<MessageRetour>X</MessageRetour>", "<MessageRetour>" + messageContent + "</MessageRetour>");
    }

    static String inHeader(String header) {
        return answerWith("", "ok").replace("<soap:Body>", "<soap:Header>" + header + "</soap:Header><soap:Body>");
    }

    static Stream<Arguments> hostile() {
        String laughs = "<!DOCTYPE soap:Envelope [<!ENTITY a \"lollollollollollollollollollol\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
                + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\"><!ENTITY i \"&h;&h;&h;&h;&h;&h;&h;&h;&h;&h;\">]>";
        // SOAP headers are where a DOM gets built: the classic place for these two
        String nesting = "<h:x xmlns:h=\"urn:h\">".repeat(20_000) + "</h:x>".repeat(20_000);
        String manyElements = "<h:y xmlns:h=\"urn:h\"/>".repeat(25_000);
        String huge = answerWith("", "A".repeat(16 * 1024 * 1024));
        return Stream.of(
                Arguments.of("DOCTYPE", answerWith("<!DOCTYPE soap:Envelope [<!ELEMENT x ANY>]>", "ok")),
                Arguments.of("external entity", answerWith("<!DOCTYPE soap:Envelope [<!ENTITY xxe SYSTEM \""
                        + "CANARY_URI\">]>", "&xxe;")),
                Arguments.of("entity expansion", answerWith(laughs, "&i;")),
                Arguments.of("extreme nesting", inHeader(nesting)),
                Arguments.of("too many elements", inHeader(manyElements)),
                Arguments.of("huge body", huge));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileAnswer_isRefusedWithinASecond_andLeaksNothing(String name, String body) {
        String answer = body.replace("CANARY_URI", canary.toUri().toString());
        wm.stubFor(post(urlEqualTo("/omega/CreerDIT")).willReturn(aResponse().withHeader("Content-Type", "text/xml")
                .withBody(answer.getBytes(StandardCharsets.UTF_8))));
        try (LogCapture logs = LogCapture.start();
             DitClient client = TestRequests.client(wm.baseUrl()).retry(RetryPolicy.none())
                     .messageLogging(true).callDeadline(Duration.ofSeconds(10)).build()) {
            long start = System.nanoTime();
            try {
                Object r = client.newDialogue().verifierRecevabilite(TestRequests.verifier());
                fail("hostile answer accepted: " + r);
            } catch (DitServiceException e) {
                Duration took = Duration.ofNanos(System.nanoTime() - start);
                assertThat(e.failure()).as(e.getMessage()).isIn(List.of(Failure.RESPONSE_REJECTED,
                        Failure.MALFORMED_RESPONSE));
                assertThat(took).isLessThan(Duration.ofSeconds(1));
                assertThat(stackText(e)).doesNotContain(secret);
            }
            assertThat(logs.all()).doesNotContain(secret);
        }
    }

    static String stackText(Throwable t) {
        StringBuilder b = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            b.append(c).append('\n');
        }
        return b.toString();
    }
}
