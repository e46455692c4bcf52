/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.support.TestRequests;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a caller reads in a failure, for real answers of a misbehaving server: the kind, the HTTP status and a message
 * that says what came back (not CXF's internals), and a connect timeout on loopback.
 */
class FailureReportTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final String PATH = "/omega/CreerDIT";

    static DitServiceException failureOf(ResponseDefinitionBuilder answer) {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(answer));
        try (DitClient client = TestRequests.client(wm.baseUrl()).retry(RetryPolicy.none()).build()) {
            client.newDialogue().verifierRecevabilite(TestRequests.verifier());
        } catch (DitServiceException e) {
            return e;
        }
        throw new AssertionError("the call succeeded");
    }

    static Consumer<DitServiceException> is(Failure failure, int httpStatus, String detail) {
        return e -> {
            assertThat(e.failure()).as(e.getMessage()).isEqualTo(failure);
            assertThat(e.httpStatus()).isEqualTo(httpStatus);
            assertThat(e.getMessage()).contains(detail).doesNotContain("org.apache.cxf");
        };
    }

    @Nested
    class Answers {

        @Test
        void aSoapFault_namesItsCodeAndText() {
            String fault = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                    + "<soap:Fault><faultcode>soap:Client</faultcode><faultstring>requete invalide</faultstring>"
                    + "</soap:Fault></soap:Body></soap:Envelope>";

            assertThat(failureOf(aResponse().withStatus(500).withHeader("Content-Type", "text/xml")
                    .withBody(fault))).satisfies(is(Failure.SOAP_FAULT, 500, "SOAP fault Client: requete invalide"));
        }

        @Test
        void anHtmlErrorPageWith500_isAnHttpError_namingTheContentType() {
            assertThat(failureOf(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Panne</body></html>")))
                    .satisfies(is(Failure.HTTP_ERROR, 500, "answer is not a SOAP message (content type text/html)"));
        }

        @Test
        void anHtmlPageWith200_isMalformed_namingTheContentType() {
            assertThat(failureOf(aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                    .withBody("<html><body>Bienvenue</body></html>"))).satisfies(is(Failure.MALFORMED_RESPONSE,
                    200, "answer is not a SOAP message (content type text/html)"));
        }

        @Test
        void json_isMalformed_namingTheContentType() {
            assertThat(failureOf(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody("{\"error\":\"maintenance\"}"))).satisfies(is(Failure.MALFORMED_RESPONSE, 200,
                    "answer is not a SOAP message (content type application/json)"));
        }

        @Test
        void aStatus404_isAnHttpError_withItsStatus() {
            assertThat(failureOf(aResponse().withStatus(404).withHeader("Content-Type", "text/html")
                    .withBody("<html/>"))).satisfies(is(Failure.HTTP_ERROR, 404, "HTTP status 404"));
        }

        @Test
        void notXmlAtAll_isMalformed_quotingTheParser() {
            assertThat(failureOf(aResponse().withStatus(200).withHeader("Content-Type", "text/xml; charset=UTF-8")
                    .withBody("bonjour"))).satisfies(is(Failure.MALFORMED_RESPONSE, 200,
                    "answer is not a well-formed CreerDIT message: WstxUnexpectedCharException: Unexpected"
                            + " character 'b'"));
        }

        @Test
        void aConnectionReset_isALostConnection_sayingSo() {
            assertThat(failureOf(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)))
                    .satisfies(is(Failure.CONNECTION_LOST, 0, "connection lost: "));
        }
    }

    @Nested
    class Connecting {

        /**
         * A listening socket whose accept queue is full drops further connection attempts on Linux, so a connect
         * times out on loopback as it does when a firewall drops the packets.
         */
        @Test
        void aServerThatNeverAccepts_isAConnectTimeout_neverReceived_andRetried() throws IOException {
            try (ServerSocket full = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                List<Socket> queued = fillAcceptQueue(full);
                AtomicInteger pauses = new AtomicInteger();
                try (DitClient client = TestRequests.client("http://127.0.0.1:" + full.getLocalPort())
                        .connectTimeout(Duration.ofMillis(300)).callDeadline(Duration.ofSeconds(20))
                        .retry(RetryPolicy.defaults().withSleeper(d -> pauses.incrementAndGet())).build()) {

                    assertThatThrownBy(() -> client.newDialogue().verifierRecevabilite(TestRequests.verifier()))
                            .isInstanceOfSatisfying(DitServiceException.class, e -> {
                                assertThat(e.failure()).isEqualTo(Failure.CONNECT_TIMEOUT);
                                assertThat(e.mayHaveBeenReceived()).isFalse();
                                assertThat(e.getMessage()).contains("no connection within the connect timeout");
                            });
                    assertThat(pauses.get()).isEqualTo(RetryPolicy.defaults().maxAttempts() - 1);
                } finally {
                    for (Socket s : queued) {
                        s.close();
                    }
                }
            }
        }

        private static List<Socket> fillAcceptQueue(ServerSocket server) throws IOException {
            List<Socket> queued = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Socket s = new Socket();
                try {
                    s.connect(new InetSocketAddress(server.getInetAddress(), server.getLocalPort()), 300);
                    queued.add(s);
                } catch (SocketTimeoutException full) {
                    s.close();
                    return queued;
                }
            }
            throw new AssertionError("the accept queue of a backlog-1 socket never filled: " + queued.size()
                    + " connections were accepted");
        }
    }
}
