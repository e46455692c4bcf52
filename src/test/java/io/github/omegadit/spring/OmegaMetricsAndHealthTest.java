/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Micrometer and the Boot 3 health indicator, in process (the Boot 3 and Boot 4 applications are under src/it). */
class OmegaMetricsAndHealthTest {

    @RegisterExtension
    static OmegaSimulatorExtension SIM = OmegaSimulatorExtension.builder().today(LocalDate.of(2026, 11, 30)).build();

    private ApplicationContextRunner runner(String endpoint) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(OmegaAutoConfiguration.class,
                        OmegaObservationAutoConfiguration.class, OmegaHealthAutoConfiguration.class))
                .withPropertyValues("omega.endpoint=" + endpoint,
                        "omega.dn-entreprise=" + OmegaSimulator.DEMO_DN_ENTREPRISE,
                        "omega.numero-cad=" + OmegaSimulator.DEMO_NUMERO_CAD, "omega.login=x");
    }

    /** Boot 3's own metrics and observation auto-configuration, as the actuator brings them. */
    private ApplicationContextRunner withMicrometer(ApplicationContextRunner r) {
        return r.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
                SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
                ObservationAutoConfiguration.class));
    }

    @Nested
    class Metrics {

        @Test
        void aDialogue_givesOneTimerPerCall_taggedByOperationOutcomeAndRetry() {
            withMicrometer(runner(SIM.url().toString())).run(ctx -> {
                MeterRegistry meters = ctx.getBean(MeterRegistry.class);
                DitClient client = ctx.getBean(DitClient.class);
                Dialogue dit = client.newDialogue();
                dit.verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ));
                SIM.simulator().force(OmegaSimulator.PCE_JJ, ForcedAnswer.answerLost());
                assertThat(dit.creerDemande(CreerDemande.builder().numeroPce(OmegaSimulator.PCE_JJ)
                        .codeIntervention("206").rdvDate(LocalDate.of(2026, 12, 7)).build()))
                        .isInstanceOf(ResultatIncertain.class);

                Timer verifier = meters.get("omega.dit.call").tags("operation", "VerifierRecevabiliteDIT",
                        "outcome", "P/Message", "retried", "false", "error", "none").timer();
                assertThat(verifier.count()).isEqualTo(1);
                Timer creer = meters.get("omega.dit.call").tags("operation", "CreerDemandeDIT",
                        "outcome", "CONNECTION_LOST", "retried", "false", "error", "DitServiceException").timer();
                assertThat(creer.count()).isEqualTo(1);
                assertThat(meters.get("omega.dit.outcome.unknown").tag("operation", "CreerDemandeDIT").counter()
                        .count()).isEqualTo(1);
                assertThat(meters.get("omega.dit.outcome.unknown").tag("operation", "AccepterRdv").counter()
                        .count()).isZero();
                assertThat(meters.get("omega.dit.transport.failures.consecutive").gauge().value()).isEqualTo(1);
                // no client certificate, no certificate gauge
                assertThat(meters.find("omega.dit.certificate.days.left").gauge()).isNull();
            });
        }

        @Test
        void retries_areCountedByTheFailureRetried() {
            withMicrometer(runner(SIM.url().toString())).run(ctx -> {
                SIM.simulator().force(OmegaSimulator.PCE_JJ, ForcedAnswer.httpStatus(503, "busy").times(1));
                ctx.getBean(DitClient.class).newDialogue()
                        .verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ));
                MeterRegistry meters = ctx.getBean(MeterRegistry.class);
                assertThat(meters.get("omega.dit.retries").tags("operation", "VerifierRecevabiliteDIT",
                        "failure", "HTTP_ERROR").counter().count()).isEqualTo(1);
                assertThat(meters.get("omega.dit.call").tags("outcome", "P/Message", "retried", "true").timer()
                        .count()).isEqualTo(1);
            });
        }

        @Test
        void withoutMicrometerBeans_thereIsNoObserver() {
            runner(SIM.url().toString()).run(ctx -> {
                assertThat(ctx).hasNotFailed();
                assertThat(ctx).doesNotHaveBean(MicrometerCallObserver.class);
                assertThat(ctx).doesNotHaveBean(OmegaClientMetrics.class);
            });
        }
    }

    @Nested
    class HealthIndicator {

        @Test
        void beforeAnyCall_andAfterAnAnswer_isUp() {
            runner(SIM.url().toString()).run(ctx -> {
                OmegaHealthIndicator indicator = ctx.getBean("omegaHealthIndicator", OmegaHealthIndicator.class);
                assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
                ctx.getBean(DitClient.class).newDialogue()
                        .verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ));
                Health h = indicator.health();
                assertThat(h.getStatus()).isEqualTo(Status.UP);
                assertThat(h.getDetails()).containsEntry("consecutiveTransportFailures", 0)
                        .containsEntry("endpoint", SIM.url().toString());
                assertThat(h.getDetails().get("lastCalls").toString()).contains("VerifierRecevabiliteDIT")
                        .contains("outcome=P/Message");
            });
        }

        @Test
        void afterTransportFailuresInARow_isDown_withoutCallingOmega() {
            runner("http://127.0.0.1:9/CreerDIT").withPropertyValues("omega.health.transport-failures-down=2")
                    .withBean(DitClientCustomizer.class, () -> b -> b.retry(io.github.omegadit.RetryPolicy.none()))
                    .run(ctx -> {
                        OmegaHealthIndicator indicator = ctx.getBean(OmegaHealthIndicator.class);
                        DitClient client = ctx.getBean(DitClient.class);
                        for (int i = 1; i <= 2; i++) {
                            assertThatThrownBy(() -> client.newDialogue().verifierRecevabilite(
                                    VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ)))
                                    .isInstanceOf(DitServiceException.class);
                            assertThat(indicator.health().getStatus()).isEqualTo(i < 2 ? Status.UP : Status.DOWN);
                        }
                        assertThat(indicator.health().getDetails().get("reason").toString())
                                .isEqualTo("2 calls in a row got no usable answer from OMEGA (last: CONNECT_FAILED)");
                        int before = client.health().lastCalls().size();
                        indicator.health();
                        assertThat(client.health().lastCalls()).hasSize(before);
                    });
        }

        @Test
        void aClosedClient_isDown() {
            runner(SIM.url().toString()).run(ctx -> {
                ctx.getBean(DitClient.class).close();
                assertThat(ctx.getBean(OmegaHealthIndicator.class).health().getStatus()).isEqualTo(Status.DOWN);
            });
        }

        @Test
        void managementHealthOmegaEnabledFalse_removesIt() {
            runner(SIM.url().toString()).withPropertyValues("management.health.omega.enabled=false")
                    .run(ctx -> assertThat(ctx).doesNotHaveBean(OmegaHealthIndicator.class));
        }
    }
}
