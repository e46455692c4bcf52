/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import io.github.omegadit.DitClient;
import io.github.omegadit.RetryPolicy;
import io.github.omegadit.ValidationMode;
import io.github.omegadit.rules.Catalogue;
import java.lang.reflect.AnnotatedElement;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * JUnit 5 extension running an {@link OmegaSimulator} per test class: started before all tests (on a free port),
 * {@linkplain OmegaSimulator#reset() reset} before each, closed after all. {@code @Nested} classes share the
 * enclosing class's simulator. Parameters of type {@link OmegaSimulator}, {@link URI} (the endpoint) and
 * {@link DitClient} are injected; the client is built for the demo supplier
 * ({@link OmegaSimulator#DEMO_DN_ENTREPRISE}, {@link OmegaSimulator#DEMO_NUMERO_CAD}, {@link OmegaSimulator#DEMO_LOGIN})
 * with the endpoint of the simulator, on first use, shared by the class's tests and closed after the class. It retries
 * as the library's default {@link RetryPolicy} (or the one given) but skips the pauses between attempts, unless
 * {@link Builder#retrySleeps(boolean)} (or {@link OmegaSimulatorTest#retrySleeps()}) asks for them.
 *
 * <p>Declaratively, with the defaults: {@link OmegaSimulatorTest @OmegaSimulatorTest}. Programmatically, to choose
 * settings:
 *
 * <pre>{@code
 * class MyDitIntegrationTest {
 *     @RegisterExtension
 *     static OmegaSimulatorExtension SIM = OmegaSimulatorExtension.builder()
 *             .today(LocalDate.of(2026, 11, 30))
 *             .configure(b -> b.leadTime(5))
 *             .client(c -> c.validationMode(ValidationMode.OFF))
 *             .build();
 *
 *     @Test
 *     void createsTheDemande() {
 *         myCrm.createDit(SIM.url(), OmegaSimulator.PCE_6M);
 *         assertThat(SIM.simulator().demandes()).hasSize(1);
 *     }
 * }
 * }</pre>
 */
public final class OmegaSimulatorExtension
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(OmegaSimulatorExtension.class);

    private final Consumer<OmegaSimulator.Builder> configuration;
    private final Consumer<DitClient.Builder> clientConfiguration;
    private volatile Running current;

    /** The declarative form, used by {@link OmegaSimulatorTest}; settings come from that annotation. */
    public OmegaSimulatorExtension() {
        this(null, null);
    }

    private OmegaSimulatorExtension(Consumer<OmegaSimulator.Builder> configuration,
            Consumer<DitClient.Builder> clientConfiguration) {
        this.configuration = configuration;
        this.clientConfiguration = clientConfiguration;
    }

    /** The injected client's validation mode and retries: the pauses skipped unless {@code sleeps}. */
    private static Consumer<DitClient.Builder> clientDefaults(ValidationMode mode, RetryPolicy retry, boolean sleeps) {
        return c -> {
            if (mode != null) {
                c.validationMode(mode);
            }
            c.retry(sleeps ? retry : retry.withSleeper(RetryPolicy.Sleeper.NONE));
        };
    }

    /** A builder for the programmatic form ({@code @RegisterExtension static}). */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The running simulator of the current test class.
     *
     * @throws IllegalStateException outside the class's lifecycle
     */
    public OmegaSimulator simulator() {
        return current().simulator;
    }

    /** The endpoint of the running simulator. */
    public URI url() {
        return simulator().url();
    }

    /**
     * A {@link DitClient} of the demo supplier on the running simulator, built on first use and closed after the
     * class.
     *
     * @throws IllegalStateException outside the class's lifecycle
     */
    public DitClient client() {
        return current().client();
    }

    private Running current() {
        Running r = current;
        if (r == null) {
            throw new IllegalStateException("no simulator is running: the extension starts it before all tests of "
                    + "the class where it is registered");
        }
        return r;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (context.getStore(NAMESPACE).get(this, Running.class) != null) {
            return; // a @Nested class: the enclosing class's simulator serves it
        }
        OmegaSimulator.Builder b = OmegaSimulator.builder();
        Consumer<DitClient.Builder> client;
        if (configuration != null) {
            configuration.accept(b);
            client = clientConfiguration;
        } else {
            client = configureFromAnnotation(context, b);
        }
        Running r = new Running(b.build().start(), client);
        context.getStore(NAMESPACE).put(this, r);
        current = r;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        running(context).simulator.reset();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Running r = context.getStore(NAMESPACE).remove(this, Running.class);
        if (r != null) {
            current = null;
            r.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return type == OmegaSimulator.class || type == URI.class || type == DitClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Running r = running(extensionContext);
        Class<?> type = parameterContext.getParameter().getType();
        if (type == OmegaSimulator.class) {
            return r.simulator;
        }
        if (type == URI.class) {
            return r.simulator.url();
        }
        if (type == DitClient.class) {
            return r.client();
        }
        throw new ParameterResolutionException("OmegaSimulatorExtension cannot inject " + type.getName());
    }

    private Running running(ExtensionContext context) {
        Running r = context.getStore(NAMESPACE).get(this, Running.class);
        if (r == null) {
            throw new ParameterResolutionException("the OMEGA simulator is not running: register the extension on "
                    + "the class (@OmegaSimulatorTest, or a static @RegisterExtension field)");
        }
        return r;
    }

    /** Applies the annotation's simulator settings and returns its client settings. */
    private static Consumer<DitClient.Builder> configureFromAnnotation(ExtensionContext context,
            OmegaSimulator.Builder b) {
        Optional<OmegaSimulatorTest> annotation = Optional.empty();
        for (Optional<? extends AnnotatedElement> e = context.getElement(); e.isPresent() && annotation.isEmpty(); ) {
            annotation = AnnotationSupport.findAnnotation(e.get(), OmegaSimulatorTest.class);
            e = e.get() instanceof Class<?> c && c.getEnclosingClass() != null
                    ? Optional.of(c.getEnclosingClass()) : Optional.empty();
        }
        String today = annotation.map(OmegaSimulatorTest::today).orElse("");
        if (!today.isBlank()) {
            try {
                b.today(LocalDate.parse(today.strip()));
            } catch (DateTimeParseException e) {
                throw new ExtensionConfigurationException("@OmegaSimulatorTest(today = \"" + today
                        + "\"): expected an ISO date YYYY-MM-DD", e);
            }
        }
        if (annotation.isEmpty()) {
            return clientDefaults(null, RetryPolicy.defaults(), false);
        }
        OmegaSimulatorTest a = annotation.get();
        try {
            b.leadTime(a.leadTime()).expressLeadTime(a.expressLeadTime());
            return clientDefaults(a.validationMode(), RetryPolicy.defaults().withMaxAttempts(a.retryAttempts()),
                    a.retrySleeps());
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException("@OmegaSimulatorTest: " + e.getMessage(), e);
        }
    }

    /** What the extension keeps per test class; closed after the class. */
    private static final class Running implements AutoCloseable {
        final OmegaSimulator simulator;
        private final Consumer<DitClient.Builder> clientConfiguration;
        private DitClient client;

        Running(OmegaSimulator simulator, Consumer<DitClient.Builder> clientConfiguration) {
            this.simulator = simulator;
            this.clientConfiguration = clientConfiguration;
        }

        synchronized DitClient client() {
            if (client == null) {
                DitClient.Builder b = DitClient.builder()
                        .endpoint(simulator.url())
                        .dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE)
                        .numeroCad(OmegaSimulator.DEMO_NUMERO_CAD)
                        .login(OmegaSimulator.DEMO_LOGIN);
                clientConfiguration.accept(b);
                client = b.build();
            }
            return client;
        }

        @Override
        public void close() {
            DitClient c;
            synchronized (this) {
                c = client;
                client = null;
            }
            try {
                if (c != null) {
                    c.close();
                }
            } finally {
                simulator.close();
            }
        }
    }

    /** Settings of the programmatic form; the defaults are {@link OmegaSimulator.Builder}'s. */
    public static final class Builder {
        private Consumer<OmegaSimulator.Builder> configuration = b -> { };
        private Consumer<DitClient.Builder> clientConfiguration = c -> { };
        private ValidationMode validationMode;
        private RetryPolicy retry = RetryPolicy.defaults();
        private boolean retrySleeps;

        private Builder() {}

        /**
         * Working days from today to the first bookable day ({@link OmegaSimulator.Builder#leadTime(int)}).
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder leadTime(int workingDays) {
            if (workingDays < 0) {
                throw new IllegalArgumentException("leadTime must not be negative, got " + workingDays);
            }
            return configure(b -> b.leadTime(workingDays));
        }

        /** The injected client's validation mode (default the library's, {@link ValidationMode#STRICT}). */
        public Builder validationMode(ValidationMode mode) {
            this.validationMode = Objects.requireNonNull(mode, "validationMode");
            return this;
        }

        /**
         * The injected client's retries (default {@link RetryPolicy#defaults()}); its pauses are skipped unless
         * {@link #retrySleeps(boolean)}: the sleeper given here is not called either.
         */
        public Builder retry(RetryPolicy policy) {
            this.retry = Objects.requireNonNull(policy, "retry");
            return this;
        }

        /** Whether the injected client really pauses between attempts (default false). */
        public Builder retrySleeps(boolean sleeps) {
            this.retrySleeps = sleeps;
            return this;
        }

        /** Fixes today at 09:00 Europe/Paris on this day. */
        public Builder today(LocalDate today) {
            Objects.requireNonNull(today, "today");
            return configure(b -> b.today(today));
        }

        /** The simulator's clock. */
        public Builder clock(Clock clock) {
            Objects.requireNonNull(clock, "clock");
            return configure(b -> b.clock(clock));
        }

        /** The Annexe B catalogue. */
        public Builder catalogue(Catalogue catalogue) {
            Objects.requireNonNull(catalogue, "catalogue");
            return configure(b -> b.catalogue(catalogue));
        }

        /**
         * Settings of the injected {@link DitClient}, applied after the endpoint, the demo identity, the validation
         * mode and the retries (which they may override), e.g. {@code c -> c.receiveTimeout(Duration.ofSeconds(2))}.
         */
        public Builder client(Consumer<DitClient.Builder> settings) {
            Objects.requireNonNull(settings, "client");
            this.clientConfiguration = this.clientConfiguration.andThen(settings);
            return this;
        }

        /** Any other setting of {@link OmegaSimulator.Builder}, applied after the ones given before. */
        public Builder configure(Consumer<OmegaSimulator.Builder> more) {
            Objects.requireNonNull(more, "configure");
            this.configuration = this.configuration.andThen(more);
            return this;
        }

        /** The extension, to store in a {@code static} field annotated {@code @RegisterExtension}. */
        public OmegaSimulatorExtension build() {
            return new OmegaSimulatorExtension(configuration,
                    clientDefaults(validationMode, retry, retrySleeps).andThen(clientConfiguration));
        }
    }
}
