/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.homologation;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.TlsConfig;
import io.github.omegadit.ValidationMode;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.error.InvalidRequestException;
import io.github.omegadit.error.OutOfSequenceException;
import io.github.omegadit.error.Violation;
import io.github.omegadit.homologation.HomologationCase.Call;
import io.github.omegadit.homologation.HomologationCase.Expectation;
import io.github.omegadit.homologation.HomologationReport.CallResult;
import io.github.omegadit.homologation.HomologationReport.CaseResult;
import io.github.omegadit.homologation.HomologationReport.Exchange;
import io.github.omegadit.homologation.HomologationReport.Verdict;
import io.github.omegadit.internal.homologation.CaseRequests;
import io.github.omegadit.internal.homologation.Reasons;
import io.github.omegadit.internal.homologation.RecordingRelay;
import io.github.omegadit.internal.soap.PayloadLogging;
import io.github.omegadit.protocol.NumeroVersion;
import io.github.omegadit.request.DatePlage;
import io.github.omegadit.simulator.OmegaSimulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * Runs homologation cases against an endpoint (the distributor's homologation platform) or the embedded simulator and
 * gives the {@link HomologationReport} to send back. Each case is one dialogue of the library's real client; the
 * requests go through a loopback relay that keeps the exact XML exchanged (the report masks personal data), and that
 * also proves a request the client must refuse was never sent.
 *
 * <pre>{@code
 * try (OmegaSimulator sim = OmegaSimulator.builder().build().start()) {
 *     HomologationReport report = HomologationRunner.builder().cases(HomologationCases.bundled()).simulator(sim)
 *             .build().run();
 *     report.write(Path.of("homologation"));
 * }
 * HomologationReport homol = HomologationRunner.builder().cases(HomologationCases.load(Path.of("mes-cas.json")))
 *         .endpoint(URI.create("https://omega-homologation.example/CreerDIT")).tls(tls)
 *         .client(OmegaConfiguration.load(Path.of("omega.properties")).builder("homologation"))
 *         .build().run();
 * }</pre>
 *
 * On the simulator, it is {@linkplain OmegaSimulator#reset() reset} before each case and a case's forced answer is
 * applied; elsewhere, cases that need the simulator are skipped. A case stops at its first call that fails.
 */
public final class HomologationRunner {

    private static final Set<String> PERSONAL = Set.of("nom", "telephone", "codeAcces", "complementAdresse",
            "telephoneFournisseur");
    private static final String MASK = "****";

    private final HomologationCases cases;
    private final OmegaSimulator simulator;
    private final URI endpoint;
    private final TlsConfig tls;
    private final DitClient.Builder client;
    private final Clock clock;
    private final Duration connectTimeout;

    private HomologationRunner(Builder b) {
        this.cases = b.cases;
        this.simulator = b.simulator;
        this.endpoint = b.simulator != null ? b.simulator.url() : b.endpoint;
        this.tls = b.tls;
        this.clock = b.clock;
        this.connectTimeout = b.connectTimeout;
        this.client = b.client != null ? b.client : DitClient.builder().dnEntreprise(OmegaSimulator.DEMO_DN_ENTREPRISE)
                .numeroCad(OmegaSimulator.DEMO_NUMERO_CAD).login(OmegaSimulator.DEMO_LOGIN);
    }

    /** A builder; cases and a target (simulator or endpoint) are required. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Runs every case, in order.
     *
     * @throws IllegalStateException when the client's settings are incomplete, or the relay cannot start
     */
    public HomologationReport run() {
        Instant started = clock.instant();
        List<CaseResult> results = new ArrayList<>();
        SSLContext ssl;
        try {
            ssl = tls == null ? null : tls.newSslContext();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot make the TLS context: " + e.getMessage(), e);
        }
        try (RecordingRelay relay = RecordingRelay.start(endpoint, ssl, connectTimeout, clock);
                Clients clients = new Clients(client.endpoint(relay.url()))) {
            LocalDate today = simulator != null ? simulator.today()
                    : LocalDate.now(clock.withZone(OmegaSimulator.PARIS));
            CaseRequests requests = new CaseRequests(today);
            for (HomologationCase c : cases.cases()) {
                results.add(runCase(c, relay, clients, requests));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the homologation relay on the loopback interface", e);
        }
        String target = simulator != null ? "embedded simulator " + simulator.url() + " (today " + simulator.today()
                + ")" : endpoint.toString();
        return new HomologationReport(cases.source(), cases.title(), target, started, clock.instant(), results);
    }

    private CaseResult runCase(HomologationCase c, RecordingRelay relay, Clients clients, CaseRequests requests) {
        if (c.needsSimulator() && simulator == null) {
            return new CaseResult(c.id(), c.distributorId(), c.title(), c.guide(), Verdict.SKIPPED, null, null, null,
                    "skipped: the case forces an answer, which only the embedded simulator does (the distributor "
                            + "provokes this row on its platform)", List.of());
        }
        if (simulator != null) {
            simulator.reset();
            if (c.needsSimulator()) {
                simulator.force(requests.forced(c.force()));
            }
        }
        relay.drain();
        Instant start = clock.instant();
        DitClient dit = clients.variant(c.numeroVersion(), c.validation());
        Dialogue dialogue = c.resume() != null ? dit.resume(c.resume()) : dit.newDialogue();
        List<CallResult> calls = new ArrayList<>();
        boolean passed = true;
        for (Call call : c.calls()) {
            CallResult r = runCall(call, dialogue, relay, requests);
            calls.add(r);
            if (!r.passed()) {
                passed = false;
                break;
            }
        }
        return new CaseResult(c.id(), c.distributorId(), c.title(), c.guide(), passed ? Verdict.PASSED
                : Verdict.FAILED, start, clock.instant(), dialogue.numeroDemande().orElse(null), null, calls);
    }

    private CallResult runCall(Call call, Dialogue dialogue, RecordingRelay relay, CaseRequests requests) {
        Instant start = clock.instant();
        Expectation expect = call.expect();
        List<String> diff = new ArrayList<>();
        String answer;
        String numero = null;
        try {
            Reponse r = send(call, dialogue, requests);
            numero = r.numeroDemande();
            answer = r.codeRetour() == null ? "no answer (" + r.getClass().getSimpleName() + "): the request may have "
                    + "reached OMEGA" : r.typeRetourDialogue() + " / " + r.codeRetour() + " " + r.messages();
            compare(expect, r, diff);
        } catch (InvalidRequestException e) {
            List<String> rules = e.violations().stream().filter(Violation::isError).map(Violation::ruleId).toList();
            answer = "refused by the client " + e.violations().stream().filter(Violation::isError)
                    .map(Violation::toString).toList();
            if (expect.refused().isEmpty()) {
                diff.add("expected " + expect + ", but the client refused the request before sending it: " + rules);
            }
            for (String rule : expect.refused()) {
                if (!rules.contains(rule)) {
                    diff.add("expected a refusal by rule " + rule + ", got " + rules);
                }
            }
        } catch (OutOfSequenceException e) {
            answer = "refused by the client: out of sequence in state " + e.state();
            if (!expect.outOfSequence()) {
                diff.add("expected " + expect + ", but the call is out of sequence in state " + e.state());
            }
        } catch (DitServiceException e) {
            answer = "no usable answer: " + e.failure() + ": " + e.getMessage();
            diff.add("expected " + expect + ", got no usable answer (" + e.failure() + ")");
        } catch (IllegalArgumentException e) {
            answer = "cannot make the request: " + e.getMessage();
            diff.add("the case's request cannot be made here: " + e.getMessage());
        }
        List<Exchange> exchanges = new ArrayList<>();
        for (RecordingRelay.Exchange x : relay.drain()) {
            exchanges.add(new Exchange(x.status(), PayloadLogging.mask(x.requestBody()),
                    PayloadLogging.mask(x.responseBody()), x.failure()));
        }
        if (expect.refusedBeforeSending() && !exchanges.isEmpty()) {
            diff.add("the request was sent (" + exchanges.size() + " HTTP exchange(s)) though the client must refuse"
                    + " it before sending");
        }
        return new CallResult(call.operation(), start, clock.instant(), masked(call.request()), expect.toString(),
                answer, numero, diff.isEmpty(), diff, exchanges);
    }

    private static Reponse send(Call call, Dialogue dialogue, CaseRequests requests) {
        Map<String, Object> f = call.request();
        return switch (call.operation()) {
            case VERIFIER_RECEVABILITE_DIT -> dialogue.verifierRecevabilite(requests.verifier(f));
            case CREER_DEMANDE_DIT -> dialogue.creerDemande(requests.creer(f));
            case PROPOSER_DATE_PLAGE -> dialogue.proposerDatePlage(requests.datePlage(f, "ProposerDatePlage"));
            case DEMANDER_PREC_SUIV -> dialogue.demanderPrecSuiv(requests.sens(f));
            case ACCEPTER_RDV -> dialogue.accepterRdv(slot(f, dialogue, requests));
            case ABANDONNER_RDV -> dialogue.abandonnerRdv();
            case ABANDONNER_DEMANDE -> dialogue.abandonnerDemande();
        };
    }

    private static DatePlage slot(Map<String, Object> f, Dialogue dialogue, CaseRequests requests) {
        Object which = f.get("slot");
        if (which == null) {
            return requests.datePlage(f, "AccepterRdv");
        }
        List<DatePlage> offered = dialogue.offeredSlots();
        if (offered.isEmpty()) {
            throw new IllegalArgumentException("slot \"" + which + "\": no slot was offered in this dialogue");
        }
        return "last".equals(which) ? offered.get(offered.size() - 1) : offered.get(0);
    }

    private static void compare(Expectation expect, Reponse r, List<String> diff) {
        String got = r.typeRetourDialogue() + " / " + r.codeRetour();
        if (expect.refusedBeforeSending()) {
            diff.add("expected " + expect + ", but the client sent the request and got " + got);
            return;
        }
        if (expect.typeRetourDialogue() != r.typeRetourDialogue() || !expect.codeRetour().equals(r.codeRetour())) {
            diff.add("expected " + expect.typeRetourDialogue() + " / " + expect.codeRetour() + ", got " + got
                    + " " + r.messages());
            return;
        }
        if (!expect.raisons().isEmpty()) {
            List<String> actual = Reasons.of(r.messages());
            for (String reason : expect.raisons()) {
                if (!Reasons.matches(reason, actual)) {
                    diff.add("reason " + reason + " missing; the answer's reasons: " + actual);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> masked(Map<String, Object> request) {
        Map<String, Object> out = new LinkedHashMap<>();
        request.forEach((k, v) -> out.put(k, PERSONAL.contains(k) && v != null ? MASK
                : v instanceof Map<?, ?> m ? masked((Map<String, Object>) m) : v));
        return out;
    }

    /** The client and its variants (another NumeroVersion or validation mode), built once each. */
    private static final class Clients implements AutoCloseable {
        private final DitClient base;
        private final Map<String, DitClient> variants = new HashMap<>();

        Clients(DitClient.Builder builder) {
            try {
                this.base = builder.build();
            } catch (IllegalStateException e) {
                throw new IllegalStateException("the client's settings are incomplete: " + e.getMessage(), e);
            }
        }

        DitClient variant(NumeroVersion version, ValidationMode validation) {
            if (version == null && validation == null) {
                return base;
            }
            return variants.computeIfAbsent(version + "/" + validation, k -> {
                DitClient.Builder b = base.toBuilder();
                if (version != null) {
                    b.numeroVersion(version);
                }
                if (validation != null) {
                    b.validationMode(validation);
                }
                return b.build();
            });
        }

        @Override
        public void close() {
            variants.values().forEach(DitClient::close);
            base.close();
        }
    }

    /** Settings of a {@link HomologationRunner}. */
    public static final class Builder {
        private HomologationCases cases;
        private OmegaSimulator simulator;
        private URI endpoint;
        private TlsConfig tls;
        private DitClient.Builder client;
        private Clock clock = Clock.systemUTC();
        private Duration connectTimeout = DitClient.DEFAULT_CONNECT_TIMEOUT;

        private Builder() {}

        /** The cases to run. Required. */
        public Builder cases(HomologationCases value) {
            this.cases = Objects.requireNonNull(value, "cases");
            return this;
        }

        /** Runs against this simulator (started), forcing the answers cases ask for. */
        public Builder simulator(OmegaSimulator value) {
            this.simulator = Objects.requireNonNull(value, "simulator");
            return this;
        }

        /** Runs against this endpoint (the distributor's homologation platform). */
        public Builder endpoint(URI value) {
            Objects.requireNonNull(value, "endpoint");
            DitClient.builder().endpoint(value);
            this.endpoint = value;
            return this;
        }

        /** The client certificate and trust for an https endpoint. */
        public Builder tls(TlsConfig value) {
            this.tls = value;
            return this;
        }

        /**
         * The client's identity and settings (NumeroVersion, validation, timeouts, rate limit...); the runner sets its
         * endpoint. Default on the simulator: its demo supplier.
         */
        public Builder client(DitClient.Builder value) {
            this.client = Objects.requireNonNull(value, "client");
            return this;
        }

        /** The clock of the report's timestamps (and of today's date off the simulator). Default the system's. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The relay's connect timeout to the endpoint. Default 10 s. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = Objects.requireNonNull(value, "connectTimeout");
            return this;
        }

        /**
         * The runner.
         *
         * @throws IllegalStateException without cases, or without exactly one target
         */
        public HomologationRunner build() {
            if (cases == null) {
                throw new IllegalStateException("cases are required");
            }
            if ((simulator == null) == (endpoint == null)) {
                throw new IllegalStateException("give either a simulator or an endpoint");
            }
            if (simulator == null && client == null) {
                throw new IllegalStateException("client settings (identity) are required for an endpoint");
            }
            return new HomologationRunner(this);
        }
    }
}
