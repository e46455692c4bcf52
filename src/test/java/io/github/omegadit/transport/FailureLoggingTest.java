/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.internal.generated.CreerDITPortType;
import io.github.omegadit.support.LogCapture;
import io.github.omegadit.support.TestRequests;
import java.time.Duration;
import java.util.List;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.jaxws.JaxWsProxyFactoryBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A transport failure the SDK returns typed is logged once, by the SDK, in one line: CXF's own WARN with a stack trace
 * (about 45 lines per failure) is silenced on the SDK's bus, and only there.
 */
class FailureLoggingTest {

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    static final String PATH = "/omega/CreerDIT";

    /** The faults are immediate: long bounds only keep a first call on a loaded machine from timing out. */
    private static DitClient client() {
        return TestRequests.client(wm.baseUrl()).retry(RetryPolicy.none()).receiveTimeout(Duration.ofSeconds(60))
                .callDeadline(Duration.ofSeconds(90)).build();
    }

    private static List<ILoggingEvent> cxf(LogCapture logs) {
        return logs.events().stream().filter(e -> e.getLoggerName().startsWith("org.apache.cxf")).toList();
    }

    /**
     * The SDK's lines about the failure: those naming it or carrying an exception (the dialogue's DEBUG trace of
     * its state transitions is there on success too).
     */
    private static List<ILoggingEvent> sdkAboutFailure(LogCapture logs) {
        return logs.events().stream().filter(e -> e.getLoggerName().startsWith("io.github.omegadit"))
                .filter(e -> e.getFormattedMessage().contains("CONNECTION_LOST") || e.getThrowableProxy() != null)
                .toList();
    }

    private static List<ILoggingEvent> sdkAtInfoOrAbove(LogCapture logs) {
        return logs.events().stream().filter(e -> e.getLoggerName().startsWith("io.github.omegadit"))
                .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO)).toList();
    }

    private static List<ILoggingEvent> warnings(List<ILoggingEvent> events) {
        return events.stream().filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN)).toList();
    }

    @Test
    void connectionReset_onVerifier_logsNoCxfWarning_andOneSdkDebugLine() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (DitClient client = client(); LogCapture logs = LogCapture.start()) {
            Dialogue d = client.newDialogue();

            assertThatThrownBy(() -> d.verifierRecevabilite(TestRequests.verifier()))
                    .isInstanceOfSatisfying(DitServiceException.class,
                            e -> assertThat(e.failure()).isEqualTo(Failure.CONNECTION_LOST));

            assertThat(warnings(cxf(logs))).as(logs.all()).isEmpty();
            // thrown to the caller, who decides: the SDK's line is a DEBUG one, without a stack trace
            assertThat(sdkAtInfoOrAbove(logs)).as(logs.all()).isEmpty();
            assertThat(sdkAboutFailure(logs)).as(logs.all()).singleElement().satisfies(e -> {
                assertThat(e.getLevel()).isEqualTo(Level.DEBUG);
                assertThat(e.getFormattedMessage()).contains("VerifierRecevabiliteDIT", "CONNECTION_LOST")
                        .doesNotContain("\n");
                assertThat(e.getThrowableProxy()).isNull();
            });
        }
    }

    @Test
    void connectionReset_onCreation_logsNoCxfWarning_andOneSdkWarning() {
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("RequeteWSVerifierRecevabiliteDIT"))
                .willReturn(aResponse().withHeader("Content-Type", "text/xml").withBody(TestRequests.recevableAnswer())));
        wm.stubFor(post(urlEqualTo(PATH)).withRequestBody(containing("RequeteWSCreerDIT"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        try (DitClient client = client()) {
            Dialogue d = client.newDialogue();
            d.verifierRecevabilite(TestRequests.verifier());
            try (LogCapture logs = LogCapture.start()) {
                Object answer = d.creerDemande(TestRequests.changementCompteur());

                assertThat(answer).isInstanceOf(ResultatIncertain.class);
                assertThat(warnings(cxf(logs))).as(logs.all()).isEmpty();
                // returned as a value that needs reconciling: one WARN, and nothing else from the SDK
                assertThat(sdkAtInfoOrAbove(logs)).as(logs.all()).hasSize(1);
                assertThat(sdkAboutFailure(logs)).as(logs.all()).singleElement().satisfies(e -> {
                    assertThat(e.getLevel()).isEqualTo(Level.WARN);
                    assertThat(e.getFormattedMessage()).contains("CRM-2026-000123", "CONNECTION_LOST");
                    assertThat(e.getThrowableProxy()).isNull();
                });
            }
        }
    }

    @Test
    void anotherCxfClientInTheJvm_keepsCxfsWarnings() {
        wm.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        Bus theirs = BusFactory.newInstance().createBus();
        try (DitClient ours = client(); LogCapture logs = LogCapture.start()) {
            assertThatThrownBy(() -> ours.newDialogue().verifierRecevabilite(TestRequests.verifier()))
                    .isInstanceOf(DitServiceException.class);
            JaxWsProxyFactoryBean factory = new JaxWsProxyFactoryBean();
            factory.setBus(theirs);
            factory.setServiceClass(CreerDITPortType.class);
            factory.setAddress(wm.baseUrl() + PATH);
            CreerDITPortType port = factory.create(CreerDITPortType.class);

            assertThatThrownBy(() -> port.verifierRecevabiliteDIT(null)).isInstanceOf(RuntimeException.class);

            assertThat(warnings(cxf(logs))).as(logs.all()).isNotEmpty()
                    .allSatisfy(e -> assertThat(e.getFormattedMessage()).contains("has thrown exception"));
        } finally {
            theirs.shutdown(true);
        }
    }
}
