/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.CallObserver;
import io.github.omegadit.DialogueEvent;
import io.github.omegadit.DialogueListener;
import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.ValidationMode;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.VerifierRecevabilite;
import io.github.omegadit.simulator.OmegaSimulator;
import io.github.omegadit.simulator.OmegaSimulatorExtension;
import io.github.omegadit.support.TestPki;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The DitClient bean from the omega.* properties, on Spring Boot 3.5 (the Boot 4 application is under src/it). */
class OmegaAutoConfigurationTest {

    @RegisterExtension
    static OmegaSimulatorExtension SIM = OmegaSimulatorExtension.builder().build();

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(OmegaAutoConfiguration.class, SslAutoConfiguration.class));

    private String[] demo() {
        return new String[] {"omega.endpoint=" + SIM.url(), "omega.dn-entreprise=" + OmegaSimulator.DEMO_DN_ENTREPRISE,
                "omega.numero-cad=" + OmegaSimulator.DEMO_NUMERO_CAD, "omega.login=" + OmegaSimulator.DEMO_LOGIN};
    }

    private static ApplicationContextRunner withEnvironmentVariables(ApplicationContextRunner r,
            Map<String, Object> variables) {
        return r.withInitializer(c -> c.getEnvironment().getPropertySources().addLast(
                new SystemEnvironmentPropertySource("systemEnvironment", variables)));
    }

    @Nested
    class Properties {

        @Test
        void theCommandLinesNames_giveAClient_closedWithTheContext() {
            DitClient[] kept = new DitClient[1];
            runner.withPropertyValues(demo()).withPropertyValues("omega.numero-version=V9",
                    "omega.validation=warn-only", "omega.receive-timeout=5s").run(ctx -> {
                        DitClient client = ctx.getBean(DitClient.class);
                        kept[0] = client;
                        assertThat(client.endpoint()).isEqualTo(SIM.url());
                        assertThat(client.numeroVersion()).isEqualTo(NumeroVersion.V9);
                        assertThat(client.validationMode()).isEqualTo(ValidationMode.WARN_ONLY);
                        assertThat(client.newDialogue().verifierRecevabilite(
                                VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ)).codeRetour()).isEqualTo("Message");
                    });
            assertThat(kept[0].isClosed()).isTrue();
        }

        @Test
        void environmentVariables_bindByRelaxedNames() {
            withEnvironmentVariables(runner, Map.of("OMEGA_ENDPOINT", SIM.url().toString(),
                    "OMEGA_DN_ENTREPRISE", OmegaSimulator.DEMO_DN_ENTREPRISE,
                    "OMEGA_NUMERO_CAD", OmegaSimulator.DEMO_NUMERO_CAD, "OMEGA_LOGIN", "x",
                    "OMEGA_NUMERO_VERSION", "V8", "OMEGA_CONFIG", "/not/read/by/spring.properties"))
                    .run(ctx -> assertThat(ctx.getBean(DitClient.class).numeroVersion()).isEqualTo(NumeroVersion.V8));
        }

        @Test
        void anUnknownKey_failsTheStart_namingIt() {
            runner.withPropertyValues(demo()).withPropertyValues("omega.recieve-timeout=5s").run(ctx ->
                    assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("recieve-timeout"));
        }

        @Test
        void aBadValue_failsTheStart_namingItsProperty() {
            runner.withPropertyValues(demo()).withPropertyValues("omega.connect-timeout=10x").run(ctx ->
                    assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining(
                            "omega.connect-timeout in the Spring environment: '10x' is not a duration"));
        }

        @Test
        void aMissingEndpoint_failsTheStart_sayingWhatToSet() {
            runner.withPropertyValues("omega.dn-entreprise=CN=x", "omega.numero-cad=GAZ0001", "omega.login=x")
                    .run(ctx -> assertThat(ctx).hasFailed().getFailure()
                            .hasStackTraceContaining("omega-dit: endpoint is required (set the omega.* properties"
                                    + " omega.endpoint"));
        }
    }

    @Nested
    class NamedEnvironments {

        private String[] environments() {
            return new String[] {"omega.dn-entreprise=" + OmegaSimulator.DEMO_DN_ENTREPRISE,
                    "omega.numero-cad=" + OmegaSimulator.DEMO_NUMERO_CAD, "omega.login=x",
                    "omega.endpoint=http://127.0.0.1:9/plain",
                    "omega.environments.homologation.endpoint=" + SIM.url(),
                    "omega.environments.homologation.numero-version=V8",
                    "omega.environments.production.endpoint=https://omega.example/CreerDIT"};
        }

        @Test
        void omegaEnvironment_choosesOne_whoseSettingsWinOverThePlainOnes() {
            runner.withPropertyValues(environments()).withPropertyValues("omega.environment=homologation")
                    .run(ctx -> {
                        DitClient client = ctx.getBean(DitClient.class);
                        assertThat(client.endpoint()).isEqualTo(SIM.url());
                        assertThat(client.numeroVersion()).isEqualTo(NumeroVersion.V8);
                    });
        }

        @Test
        void withoutOne_thePlainSettingsApply() {
            runner.withPropertyValues(environments()).run(ctx -> assertThat(ctx.getBean(DitClient.class).endpoint())
                    .hasToString("http://127.0.0.1:9/plain"));
        }

        @Test
        void omegaEnv_winsOverTheApplicationsFile_asOnTheCommandLine() {
            Map<String, Object> file = new java.util.HashMap<>();
            for (String kv : environments()) {
                file.put(kv.substring(0, kv.indexOf('=')), kv.substring(kv.indexOf('=') + 1));
            }
            file.put("omega.environment", "production");
            // Spring's order in an application: environment variables, then the application's files
            withEnvironmentVariables(runner, Map.of("OMEGA_ENV", "homologation"))
                    .withInitializer(c -> c.getEnvironment().getPropertySources().addLast(new MapPropertySource(
                            "Config resource 'class path resource [application.properties]'", file)))
                    .run(ctx -> assertThat(ctx.getBean(DitClient.class).endpoint()).isEqualTo(SIM.url()));
        }

        @Test
        void aSystemPropertyOrArgument_winsOverOmegaEnv() {
            withEnvironmentVariables(runner.withPropertyValues(environments()), Map.of("OMEGA_ENV", "production"))
                    .withInitializer(c -> c.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
                            "commandLineArgs", Map.of("omega.environment", "homologation"))))
                    .run(ctx -> assertThat(ctx.getBean(DitClient.class).endpoint()).isEqualTo(SIM.url()));
        }

        @Test
        void anUnknownEnvironment_failsTheStart_listingThoseDefined() {
            runner.withPropertyValues(environments()).withPropertyValues("omega.environment=prod").run(ctx ->
                    assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("omega.environment=prod names"
                            + " no environment; defined: homologation, production"));
        }
    }

    @Nested
    class Beans {

        @Test
        void theApplicationsOwnClient_winsAndOursBacksOff() {
            try (DitClient own = DitClient.builder().endpoint(SIM.url()).dnEntreprise("CN=own").numeroCad("GAZ0002")
                    .login("own").build()) {
                runner.withBean("myClient", DitClient.class, () -> own).run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBeansOfType(DitClient.class)).containsOnlyKeys("myClient");
                });
            }
        }

        @Test
        void listenersObserversAndCustomizers_areApplied() {
            List<DialogueEvent> heard = new CopyOnWriteArrayList<>();
            List<String> observed = new CopyOnWriteArrayList<>();
            runner.withPropertyValues(demo())
                    .withBean(DialogueListener.class, () -> heard::add)
                    .withBean(CallObserver.class, () -> op -> e -> observed.add(e.outcome()))
                    .withBean(DitClientCustomizer.class, () -> b -> b.retry(RetryPolicy.none())
                            .validationMode(ValidationMode.OFF))
                    .run(ctx -> {
                        DitClient client = ctx.getBean(DitClient.class);
                        client.newDialogue().verifierRecevabilite(VerifierRecevabilite.pce(OmegaSimulator.PCE_JJ));
                        assertThat(heard).hasSize(1);
                        assertThat(observed).containsExactly("P/Message");
                        assertThat(client.validationMode()).isEqualTo(ValidationMode.OFF);
                    });
        }
    }

    @Nested
    class Tls {

        @TempDir
        Path dir;

        @Test
        void anSslBundle_givesTheClientCertificate() throws Exception {
            TestPki.Identity ca = TestPki.ca("Bundle CA");
            TestPki.Identity id = TestPki.client(ca, "Fournisseur", Duration.ofDays(200));
            Path keys = TestPki.keyStore(dir, "client", id);
            Path trust = TestPki.trustStore(dir, "trust", ca.certificate());
            runner.withPropertyValues(demo()).withPropertyValues(
                    "spring.ssl.bundle.jks.omega.keystore.location=file:" + keys,
                    "spring.ssl.bundle.jks.omega.keystore.password=changeit",
                    "spring.ssl.bundle.jks.omega.keystore.type=PKCS12",
                    "spring.ssl.bundle.jks.omega.truststore.location=file:" + trust,
                    "spring.ssl.bundle.jks.omega.truststore.password=changeit",
                    "spring.ssl.bundle.jks.omega.truststore.type=PKCS12",
                    "omega.ssl-bundle=omega").run(ctx -> assertThat(ctx.getBean(DitClient.class).health()
                            .clientCertificateExpiry()).isEqualTo(id.certificate().getNotAfter().toInstant()));
        }

        @Test
        void pkcs12Properties_giveTheClientCertificate() throws Exception {
            TestPki.Identity id = TestPki.client(TestPki.ca("File CA"), "Fournisseur", Duration.ofDays(20));
            Path keys = TestPki.keyStore(dir, "client", id);
            runner.withPropertyValues(demo()).withPropertyValues("omega.pkcs12=" + keys,
                    "omega.pkcs12-password=changeit").run(ctx -> assertThat(ctx.getBean(DitClient.class).health()
                            .certificateDaysLeft()).hasValue(19));
        }

        @Test
        void aBundleAndPkcs12Together_areRefused() throws Exception {
            Path keys = TestPki.keyStore(dir, "client", TestPki.client(TestPki.ca("CA"), "F", Duration.ofDays(20)));
            runner.withPropertyValues(demo()).withPropertyValues("omega.pkcs12=" + keys,
                    "omega.pkcs12-password=changeit", "omega.ssl-bundle=omega").run(ctx -> assertThat(ctx)
                            .hasFailed().getFailure().hasStackTraceContaining("choose one source of TLS material"));
        }

        @Test
        void anUnknownBundle_isRefused_listingThoseDefined() {
            runner.withPropertyValues(demo()).withPropertyValues("omega.ssl-bundle=nope").run(ctx ->
                    assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("omega.ssl-bundle=nope: no such"
                            + " SSL bundle"));
        }

        @Test
        void aBundleWithCiphers_isRefused_ratherThanIgnored() throws Exception {
            Path trust = TestPki.trustStore(dir, "trust", TestPki.ca("CA").certificate());
            runner.withPropertyValues(demo()).withPropertyValues(
                    "spring.ssl.bundle.jks.omega.truststore.location=file:" + trust,
                    "spring.ssl.bundle.jks.omega.truststore.password=changeit",
                    "spring.ssl.bundle.jks.omega.truststore.type=PKCS12",
                    "spring.ssl.bundle.jks.omega.options.ciphers=TLS_AES_128_GCM_SHA256",
                    "omega.ssl-bundle=omega").run(ctx -> assertThat(ctx).hasFailed().getFailure()
                            .hasStackTraceContaining("ciphers or enabled-protocols, which omega-dit does not apply"));
        }
    }
}
