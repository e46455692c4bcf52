/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import io.github.omegadit.Dialogue;
import io.github.omegadit.DitClient;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.ListeDP;
import io.github.omegadit.answer.RecevabiliteReponse;
import io.github.omegadit.answer.Recevable;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.internal.generated.CreerDITPortType;
import io.github.omegadit.internal.generated.ReponseDialogueDIT;
import io.github.omegadit.internal.generated.ReponseWSVerifierRecevabiliteDIT;
import io.github.omegadit.internal.generated.TypeRetourDialogue;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.VerifierRecevabilite;
import jakarta.xml.ws.WebServiceException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** The contenders, each a JMH state holding one client built once and shared by the benchmark's threads. */
public final class Contenders {

    private Contenders() {}

    /** The floor: the JDK HttpClient (HTTP/1.1) posting pre-serialised bytes and reading the body. */
    public static class Raw extends ServedState {
        HttpClient http;
        HttpRequest verifier;
        HttpRequest creer;

        @Override
        protected void open(URI endpoint) {
            http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
            verifier = request(endpoint, Payloads.ACTION_VERIFIER, Payloads.VERIFIER_REQUEST);
            creer = request(endpoint, Payloads.ACTION_CREER, Payloads.CREER_REQUEST);
        }

        private static HttpRequest request(URI endpoint, String action, byte[] body) {
            return HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "text/xml; charset=UTF-8").header("SOAPAction", "\"" + action + "\"")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        }

        /** Posts a request and returns the answer's body. */
        byte[] post(HttpRequest request) throws IOException, InterruptedException {
            HttpResponse<byte[]> r;
            for (int attempt = 1; ; attempt++) {
                try {
                    r = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    break;
                } catch (IOException e) {
                    if (attempt >= 3 || !PoolRace.is(e)) {
                        throw e;
                    }
                    PoolRace.hit();
                }
            }
            if (r.statusCode() != 200) {
                throw new IOException("HTTP " + r.statusCode());
            }
            return r.body();
        }

        @Override
        protected void check() throws Exception {
            if (post(verifier).length != Payloads.RECEVABLE_ANSWER.length
                    || post(creer).length != Payloads.LISTE_DP_ANSWER.length) {
                throw new IllegalStateException("unexpected answer");
            }
        }

        @Override
        protected void closeContender() {
            // Java 17's HttpClient has no close(); its threads are daemons and end with the fork
        }
    }

    /** Plain CXF: the generated stub, built the fastest reasonable way (see {@link CxfStubs#fast}). */
    public static class Cxf extends ServedState {
        CxfStubs.Stub stub;
        CreerDITPortType port;

        @Override
        protected void open(URI endpoint) {
            stub = CxfStubs.fast(endpoint);
            port = stub.port();
        }

        /** VerifierRecevabiliteDIT as an integrator writes it: fill the generated request, call. */
        ReponseWSVerifierRecevabiliteDIT verifier() {
            return retrying(() -> port.verifierRecevabiliteDIT(Payloads.verifierWire()));
        }

        /** VerifierRecevabiliteDIT, then CreerDemandeDIT when the answer is P (receivable). */
        ReponseDialogueDIT pair() {
            ReponseWSVerifierRecevabiliteDIT r = verifier();
            if (r.getTypeRetourDialogue() != TypeRetourDialogue.P) {
                throw new IllegalStateException("not receivable");
            }
            return retrying(() -> port.creerDemandeDIT(Payloads.creerWire()));
        }

        /** One call, made again when the JDK client's pool race ({@link PoolRace}) broke it. */
        static <T> T retrying(Supplier<T> call) {
            for (int attempt = 1; ; attempt++) {
                try {
                    return call.get();
                } catch (WebServiceException e) {
                    if (attempt >= 3 || !PoolRace.is(e)) {
                        throw e;
                    }
                    PoolRace.hit();
                }
            }
        }

        @Override
        protected void check() {
            ReponseDialogueDIT created = pair();
            if (!"ListeDP".equals(created.getRetour().getCodeRetour())) {
                throw new IllegalStateException("unexpected answer " + created.getRetour().getCodeRetour());
            }
        }

        @Override
        protected void closeContender() {
            stub.close();
        }
    }

    /** Plain CXF, the typical integrator's way: {@code new CreerDITService(wsdlUrl).getCreerDITPort()}. */
    public static class CxfWsdl extends Cxf {
        @Override
        protected void open(URI endpoint) {
            stub = CxfStubs.typical(endpoint);
            port = stub.port();
        }
    }

    /** DitClient with its defaults: STRICT validation, typed results, deadline, retries of retry-safe failures. */
    public static class Dit extends ServedState {
        DitClient client;
        final VerifierRecevabilite verifier = Payloads.verifier();
        final CreerDemande creer = Payloads.creer();

        @Override
        protected void open(URI endpoint) {
            client = newClient(endpoint);
        }

        /** A client as the README shows it, for the bench identity. */
        static DitClient newClient(URI endpoint) {
            return DitClient.builder().endpoint(endpoint)
                    .dnEntreprise(Payloads.DN).numeroCad(Payloads.CAD).login(Payloads.LOGIN)
                    .build();
        }

        /** VerifierRecevabiliteDIT on a new dialogue. */
        RecevabiliteReponse verifier() {
            return client.newDialogue().verifierRecevabilite(verifier);
        }

        /** VerifierRecevabiliteDIT, then CreerDemandeDIT, on a new dialogue (one creation per dialogue). */
        CreationReponse pair() {
            Dialogue d = client.newDialogue();
            if (!(d.verifierRecevabilite(verifier) instanceof Recevable)) {
                throw new IllegalStateException("not receivable");
            }
            CreationReponse created = d.creerDemande(creer);
            if (created instanceof ResultatIncertain) {
                PoolRace.hit();
            }
            return created;
        }

        @Override
        protected void check() {
            CreationReponse created = pair();
            if (!(created instanceof ListeDP)) {
                throw new IllegalStateException("unexpected answer " + created);
            }
        }

        @Override
        protected void closeContender() {
            client.close();
        }
    }
}
