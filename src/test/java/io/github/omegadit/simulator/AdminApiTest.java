/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.cli.StrictJson;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The admin API over HTTP, from Java; {@link AdminApiFromOutsideTest} drives it from another process. */
@OmegaSimulatorTest(today = "2026-11-30")
class AdminApiTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    record Json(int status, String contentType, Map<String, Object> body) {}

    static Json send(String method, URI uri, String body) {
        try {
            HttpRequest.BodyPublisher p = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
            HttpResponse<String> r = Soap.HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .method(method, p).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Json(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                    StrictJson.object(r.body()));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
        }
    }

    static String text(String method, URI uri, String body) {
        try {
            HttpRequest.BodyPublisher p = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
            return Soap.HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).method(method, p)
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + uri + " failed: " + e, e);
        }
    }

    static Json get(OmegaSimulator sim, String path) {
        return send("GET", sim.adminUrl().resolve(path), null);
    }

    static Json post(OmegaSimulator sim, String path, String body) {
        return send("POST", sim.adminUrl().resolve(path), body);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Json j, String member) {
        return (List<Map<String, Object>>) j.body().get(member);
    }

    @Nested
    class Routes {

        @Test
        void index_listsTheRoutes_andTheEndpoint(OmegaSimulator sim) {
            Json j = get(sim, "");

            assertThat(j.status()).isEqualTo(200);
            assertThat(j.contentType()).isEqualTo("application/json; charset=UTF-8");
            assertThat(j.body()).containsEntry("endpoint", sim.url().toString()).containsEntry("today", "2026-11-30");
            assertThat(send("GET", URI.create(sim.adminUrl().toString().replaceAll("/$", "")), null).status())
                    .isEqualTo(200);
        }

        @Test
        void pcesAndSuppliers_canBeAdded_andAreUsedByTheDialogue(OmegaSimulator sim) {
            Json f = post(sim, "fournisseurs", "{\"numeroCad\": \"GAZ0077\", \"dnEntreprise\": \"CN=Nouveau\"}");
            Json p = post(sim, "pces", "{\"numeroPce\": \"GI100001\", \"segment\": \"JJ_JM_MM\", \"codePostal\": "
                    + "\"44000\", \"commune\": \"Nantes\", \"numeroCadTitulaire\": \"GAZ0001\"}");

            assertThat(f.status()).isEqualTo(201);
            assertThat(p.status()).isEqualTo(201);
            assertThat(p.body()).containsEntry("segment", "JJ_JM_MM").containsEntry("frequenceReleve", "JJ_JM_MM");
            assertThat(list(get(sim, "pces"), "pces")).extracting(m -> m.get("numeroPce")).contains("GI100001");
            assertThat(list(get(sim, "fournisseurs"), "fournisseurs")).extracting(m -> m.get("numeroCad"))
                    .contains("GAZ0077");
            assertThat(Soap.call(sim.url(), Payload.verifier("GI100001", "44000")).codeRetour()).isEqualTo("Message");
        }

        @Test
        void forced_listeDP_isAnsweredWithItsSlots_andTheDemandeIsListed(OmegaSimulator sim) {
            Json forced = post(sim, "forced", "{\"operations\": [\"CreerDemandeDIT\"], \"times\": 1, \"answer\": {"
                    + "\"row\": \"LISTE_DP\", \"presenceClient\": \"PO\", \"creneaux\": [{\"date\": \"2026-12-15\","
                    + " \"plage\": \"MATIN\"}, {\"date\": \"2026-12-16\", \"plage\": \"APRES-MIDI\"}]}}");

            assertThat(forced.status()).isEqualTo(201);
            assertThat(forced.body()).containsEntry("kind", "ANSWER").containsEntry("times", 1L);
            assertThat(list(get(sim, "forced"), "forced")).hasSize(1);
            Soap.Answer a = Soap.call(sim.url(), Payload.creer(OmegaSimulator.PCE_6M, "75011", "34", "23", MONDAY,
                    "MATIN"));
            assertThat(a.codeRetour()).isEqualTo("ListeDP");
            assertThat(a.liste()).extracting(Object::toString).containsExactly("2026-12-15 MATIN",
                    "2026-12-16 APRES-MIDI");
            assertThat(list(get(sim, "demandes"), "demandes")).singleElement().satisfies(d -> {
                assertThat(d).containsEntry("numeroDemande", a.numeroDemande())
                        .containsEntry("statut", "EN_ATTENTE_DE_RDV");
            });
            assertThat(list(get(sim, "forced"), "forced")).as("used up").isEmpty();
        }

        @Test
        void forced_answerIsShownWithEveryComponent_andWhatIsShownCanBePostedBack(OmegaSimulator sim) {
            String answer = "{\"row\": \"DATE_PLAGE_H\", \"messages\": [\"ok\"], \"presenceClient\": \"PS\","
                    + " \"rdvSynchronisables\": [{\"date\": \"2026-12-09\", \"plage\": \"MATIN\"}], \"dateProgrammee\":"
                    + " {\"date\": \"2026-12-08\", \"plageHoraire\": \"MATIN\", \"heureMin\": \"08:00\", \"heureMax\":"
                    + " \"12:00\", \"retourSynchroIntervention\": 2}}";

            Json j = post(sim, "forced", "{\"times\": 1, \"answer\": " + answer + "}");

            @SuppressWarnings("unchecked")
            Map<String, Object> shown = (Map<String, Object>) j.body().get("answer");
            assertThat(shown).containsEntry("row", "DATE_PLAGE_H").containsEntry("typeRetourDialogue", "P")
                    .containsEntry("codeRetour", "DatePlageH").containsEntry("presenceClient", "PS")
                    .containsEntry("dateProgrammee", StrictJson.object("{\"date\": \"2026-12-08\", \"plageHoraire\":"
                            + " \"MATIN\", \"heureMin\": \"08:00\", \"heureMax\": \"12:00\","
                            + " \"retourSynchroIntervention\": 2}"));
            String listed = text("GET", sim.adminUrl().resolve("forced"), null);
            String shownAgain = listed.substring(listed.indexOf("\"answer\":"), listed.lastIndexOf("}]}"));
            Json again = post(sim, "forced", "{" + shownAgain + "}");
            assertThat(again.status()).as(again.toString()).isEqualTo(201);
            assertThat(again.body().get("answer")).isEqualTo(shown);
            assertThat(post(sim, "forced", "{\"answer\": {\"row\": \"LISTE_DP\", \"codeRetour\": \"DmdKo\"}}")
                    .body().get("error")).asString().contains("answer.codeRetour", "P / ListeDP");
        }

        @Test
        void calls_areListedWithTheirCounts_andWithoutBodiesOnRequest(OmegaSimulator sim) {
            Soap.call(sim.url(), Payload.verifier(OmegaSimulator.PCE_JJ, null));

            Json all = get(sim, "calls");
            Json light = get(sim, "calls?body=false");

            assertThat(all.body().get("counts")).isEqualTo(Map.of("VerifierRecevabiliteDIT", 1L,
                    "CreerDemandeDIT", 0L, "ProposerDatePlage", 0L, "DemanderPrecSuiv", 0L, "AccepterRdv", 0L,
                    "AbandonnerRdv", 0L, "AbandonnerDemande", 0L));
            assertThat(list(all, "calls")).singleElement().satisfies(c -> {
                assertThat(c).containsEntry("operation", "VerifierRecevabiliteDIT")
                        .containsEntry("codeRetour", "Message").containsEntry("numeroPce", OmegaSimulator.PCE_JJ);
                assertThat((String) c.get("requestBody")).contains("RequeteWSVerifierRecevabiliteDIT");
            });
            assertThat(list(light, "calls")).singleElement().satisfies(c -> assertThat(c)
                    .doesNotContainKey("requestBody"));
        }

        @Test
        void clock_advances_andAnInternalEventCanBeTriggered(OmegaSimulator sim) {
            String numero = Soap.call(sim.url(), Payload.creer(OmegaSimulator.PCE_6M, "75011", "34", "23", MONDAY,
                    "MATIN")).numeroDemande();

            Json clock = post(sim, "clock", "{\"advance\": \"PT2H\"}");
            Json event = post(sim, "demandes/" + numero + "/evenement-interne", null);
            Json again = post(sim, "demandes/" + numero + "/evenement-interne", null);

            assertThat(clock.body()).containsEntry("today", "2026-11-30").containsEntry("advancedBy", "PT2H")
                    .containsEntry("zone", "Europe/Paris");
            assertThat(event.status()).isEqualTo(200);
            assertThat(event.body()).containsEntry("statut", "MODIFIEE_PAR_EVENEMENT_INTERNE");
            assertThat(again.status()).isEqualTo(409);
            assertThat(get(sim, "demandes/" + numero).body()).containsEntry("statut",
                    "MODIFIEE_PAR_EVENEMENT_INTERNE");
            assertThat(post(sim, "clock", "{\"advance\": \"P3D\"}").body()).containsEntry("today", "2026-12-03");
        }

        @Test
        void reset_andDeleteForced_bringTheSimulatorBack(OmegaSimulator sim) {
            post(sim, "forced", "{\"pce\": \"GI000004\", \"answer\": {\"row\": \"DMD_KO\", \"messages\": [\"non\"]}}");
            post(sim, "forced", "{\"closeConnection\": true, \"pce\": \"GI000001\"}");
            Soap.call(sim.url(), Payload.verifier(OmegaSimulator.PCE_JJ, null));

            assertThat(list(send("DELETE", sim.adminUrl().resolve("forced?pce=GI000004"), null), "forced"))
                    .singleElement().satisfies(f -> assertThat(f).containsEntry("kind", "CLOSE_CONNECTION"));
            assertThat(post(sim, "reset", null).status()).isEqualTo(200);
            assertThat(list(get(sim, "demandes"), "demandes")).isEmpty();
            assertThat(list(get(sim, "calls"), "calls")).isEmpty();
            assertThat(list(get(sim, "forced"), "forced")).isEmpty();
        }
    }

    @Nested
    class Refusals {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "'{\"answer\": {\"row\": \"LISTE_DP\",}}'                        | request body:1:31: unexpected '}', expected a member name",
            "'{\"answer\": {\"row\": \"LISTE_DP\", \"creneau\": []}}'          | answer.creneau: unknown member",
            "'{\"answer\": {\"row\": \"LISTE_DP\", \"creneaux\": [{\"date\": \"07/12/2026\", \"plage\": \"M\"}]}}'"
                    + " | answer.creneaux[0].date: expected a date YYYY-MM-DD",
            "'{\"answer\": {\"row\": \"NOPE\"}}'                             | answer.row: unknown value \"NOPE\"",
            "'{\"answer\": {\"row\": \"DMD_KO\"}}'                           | at least one non-null MessageRetour",
            "'{\"closeConnection\": true, \"answerLost\": true}'            | give one of",
            "'{\"operations\": [\"Creer\"], \"closeConnection\": true}'      | operations[0]: unknown operation",
            "'{\"times\": 0, \"closeConnection\": true}'                     | times must be at least 1",
            "'{\"delay\": \"2s\"}'                                           | delay: expected an ISO-8601 duration",
            "'{\"answer\": {\"row\": \"DMD_KO\", \"messages\": [\"a\"]}, \"answer\": {}}' | duplicate member",
            "'[]'                                                          | the body: expected a JSON object",
        })
        void aBadForcedAnswer_isRefusedWith400_namingTheMember(String body, String message, OmegaSimulator sim) {
            Json j = post(sim, "forced", body);

            assertThat(j.status()).isEqualTo(400);
            assertThat((String) j.body().get("error")).contains(message);
            assertThat(sim.forced()).isEmpty();
        }

        @Test
        void aBadPce_isRefusedWith400(OmegaSimulator sim) {
            Json j = post(sim, "pces", "{\"numeroPce\": \"GI1\", \"segment\": \"6M\", \"codePostal\": \"4400\", "
                    + "\"numeroCadTitulaire\": \"GAZ0001\"}");

            assertThat(j.status()).isEqualTo(400);
            assertThat((String) j.body().get("error")).contains("codePostal must be 5 digits");
        }

        @Test
        void unknownResource_is404_andAWrongMethod405(OmegaSimulator sim) throws Exception {
            assertThat(get(sim, "nothing").status()).isEqualTo(404);
            assertThat(get(sim, "demandes/DIT999999999").status()).isEqualTo(404);
            HttpResponse<String> r = Soap.HTTP.send(HttpRequest.newBuilder(sim.adminUrl().resolve("reset"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(405);
            assertThat(r.headers().firstValue("Allow")).contains("POST");
            assertThat(StrictJson.object(r.body())).containsKey("error");
        }

        @Test
        void withoutTheAdminApi_thereIsNone() {
            try (OmegaSimulator plain = OmegaSimulator.builder().adminApi(false).build().start()) {
                HttpResponse<String> r = Soap.HTTP.send(HttpRequest.newBuilder(plain.url().resolve("/__admin/"))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                assertThat(r.statusCode()).isEqualTo(404);
                org.assertj.core.api.Assertions.assertThatThrownBy(plain::adminUrl)
                        .isInstanceOf(IllegalStateException.class);
            } catch (java.io.IOException | InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
