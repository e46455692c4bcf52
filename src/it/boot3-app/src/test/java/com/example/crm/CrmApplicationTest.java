/*
 * SPDX-License-Identifier: Apache-2.0
 */
package com.example.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import brave.handler.MutableSpan;
import brave.handler.SpanHandler;
import brave.propagation.TraceContext;
import io.github.omegadit.DitClient;
import io.github.omegadit.answer.DmdOkDP;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.simulator.ForcedAnswer;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.spring.test.AutoConfigureOmegaSimulator;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The CRM on Spring Boot 3.5, unchanged, against the simulator: its DitClient comes from its properties, the test
 * only adds @AutoConfigureOmegaSimulator.
 */
@SpringBootTest(properties = {"omega.health.transport-failures-down=2", "management.tracing.sampling.probability=1"})
@AutoConfigureOmegaSimulator(today = "2026-11-30")
@AutoConfigureObservability
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrmApplicationTest {

    static final List<MutableSpan> SPANS = new CopyOnWriteArrayList<>();

    @TestConfiguration
    static class Spans {
        @Bean
        SpanHandler collect() {
            return new SpanHandler() {
                @Override
                public boolean end(TraceContext context, MutableSpan span, Cause cause) {
                    SPANS.add(span);
                    return true;
                }
            };
        }
    }

    @Autowired ChangementCompteur service;
    @Autowired DitClient client;
    @Autowired OmegaSimulator omega;
    @Autowired MeterRegistry meters;
    @Autowired HealthEndpoint health;

    private Health omegaHealth() {
        return (Health) health.healthForPath("omega");
    }

    @Test
    @Order(1)
    void oneDialogue_againstTheSimulator_withTimersSpansAndHealth() {
        assertThat(client.endpoint()).isEqualTo(omega.url());
        assertThat(omegaHealth().getStatus()).isEqualTo(Status.UP);

        assertThat(service.demander(OmegaSimulator.PCE_6M, "75011", "CRM-BOOT3-1", LocalDate.of(2026, 12, 7)))
                .isInstanceOf(DmdOkDP.class);

        assertThat(omega.demandes()).singleElement()
                .satisfies(d -> assertThat(d.referenceDemande()).isEqualTo("CRM-BOOT3-1"));
        for (String op : List.of("VerifierRecevabiliteDIT", "CreerDemandeDIT", "AccepterRdv")) {
            assertThat(meters.get("omega.dit.call").tags("operation", op, "retried", "false", "error", "none")
                    .timer().count()).as(op).isEqualTo(1);
        }
        assertThat(meters.get("omega.dit.call").tags("operation", "AccepterRdv", "outcome", "T/DmdOkDP").timer()
                .count()).isEqualTo(1);
        assertThat(meters.get("omega.dit.outcome.unknown").tag("operation", "CreerDemandeDIT").counter().count())
                .isZero();
        assertThat(SPANS).anySatisfy(s -> {
            assertThat(s.name()).isEqualTo("omega creer-demande-dit");
            assertThat(s.tags()).containsEntry("omega.reference-demande", "CRM-BOOT3-1")
                    .containsKey("omega.numero-demande").containsEntry("outcome", "P/DatePlageH");
        });

        Health after = omegaHealth();
        assertThat(after.getStatus()).isEqualTo(Status.UP);
        assertThat(after.getDetails()).containsEntry("consecutiveTransportFailures", 0);
        assertThat(after.getDetails().get("lastCalls")).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("VerifierRecevabiliteDIT", "CreerDemandeDIT", "AccepterRdv");
    }

    @Test
    @Order(2)
    void transportFailures_areRetriedCounted_andTurnTheHealthDown() {
        omega.force(OmegaSimulator.PCE_JJ, ForcedAnswer.httpStatus(503, "maintenance"));
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> service.verifier(OmegaSimulator.PCE_JJ)).isInstanceOf(DitServiceException.class);
        }

        assertThat(meters.get("omega.dit.retries").tags("operation", "VerifierRecevabiliteDIT", "failure",
                "HTTP_ERROR").counter().count()).isEqualTo(4); // 3 attempts per call
        assertThat(meters.get("omega.dit.call").tags("outcome", "HTTP_ERROR", "retried", "true", "error",
                "DitServiceException").timer().count()).isEqualTo(2);
        Health down = omegaHealth();
        assertThat(down.getStatus()).isEqualTo(Status.DOWN);
        assertThat(down.getDetails().get("reason")).asString().contains("2 calls in a row");
        assertThat(meters.get("omega.dit.transport.failures.consecutive").gauge().value()).isEqualTo(2);

        omega.clearForced();
        service.verifier(OmegaSimulator.PCE_JJ);
        assertThat(omegaHealth().getStatus()).isEqualTo(Status.UP);
    }
}
