/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import static io.github.omegadit.cli.Cli.list;
import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.answer.CreationReponse;
import io.github.omegadit.answer.DmdKo;
import io.github.omegadit.answer.RdvReponse;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.answer.ResultatIncertain;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.protocol.Operation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON and exit code of answers the simulator does not give on its own: unknown codes, every DmdKo reason. */
class JsonViewTest {

    static Map<String, Object> json(Map<String, Object> view) {
        return StrictJson.object(Json.write(view));
    }

    @ParameterizedTest
    @CsvSource({"P, 0", "T, 0", "A, 3", "X, 5", "'', 5"})
    void codeRetourInconnu_keepsWhatOmegaSent_andItsTypeDecidesTheExitCode(String type, int exitCode) {
        CodeRetourInconnu answer = new CodeRetourInconnu(type, "DmdNouveau", List.of("texte \"neuf\"\u0001"),
                "DIT000000042");

        Map<String, Object> m = json(JsonView.of(Operation.ACCEPTER_RDV, (RdvReponse) answer, null));

        assertThat(ExitCodes.of(answer)).isEqualTo(exitCode);
        assertThat(m).containsEntry("operation", "AccepterRdv").containsEntry("type", "CodeRetourInconnu")
                .containsEntry("codeRetour", "DmdNouveau").containsEntry("numeroDemande", "DIT000000042")
                .containsEntry("typeRetourDialogueBrut", type)
                .containsEntry("typeRetourDialogue", "PTA".contains(type) && !type.isEmpty() ? type : null);
        assertThat(m.get("messages")).isEqualTo(List.of("texte \"neuf\"\u0001"));
    }

    @Test
    void dmdKo_mapsEveryKindOfReason() {
        DmdKo ko = DmdKo.of(null, List.of("Donnée incorrecte : CODE_MOTIF / MOTIF_INCONNU",
                "Numéro de PCE incorrect ou inconnu PCE_INCONNU", "Demande non recevable : NR01",
                "Habilitation incorrecte", "Un texte nouveau"));

        Map<String, Object> m = json(JsonView.of((CreationReponse) ko, null));

        assertThat(m).containsEntry("type", "DmdKo").containsEntry("typeRetourDialogue", "A")
                .doesNotContainKey("state");
        assertThat(list(m.get("raisons"))).extracting(r -> r.get("type")).containsExactly("DonneeIncorrecte",
                "PceIncorrectOuInconnu", "NonRecevable", "Fixe", "Autre");
        assertThat(list(m.get("raisons")).get(0)).containsEntry("codeChamp", "CODE_MOTIF")
                .containsEntry("codeCoherence", "MOTIF_INCONNU");
        assertThat(list(m.get("raisons")).get(3)).containsEntry("raison", "HABILITATION_INCORRECTE");
        assertThat(list(m.get("raisons")).get(4)).containsEntry("texte", "Un texte nouveau");
        assertThat(ExitCodes.of(ko)).isEqualTo(3);
    }

    @Test
    void resultatIncertain_carriesTheFailureAndTheReference() {
        DitServiceException cause = new DitServiceException(Operation.CREER_DEMANDE_DIT, null,
                DitServiceException.Failure.RECEIVE_TIMEOUT, 0, "no answer in 60 s", null);

        Map<String, Object> m = json(JsonView.of(new ResultatIncertain("GI000001", "CRM-9", cause), null));

        assertThat(m).containsEntry("type", "ResultatIncertain").containsEntry("failure", "RECEIVE_TIMEOUT")
                .containsEntry("mayHaveBeenReceived", true).containsEntry("retrySafe", false)
                .containsEntry("referenceDemande", "CRM-9").containsEntry("numeroPce", "GI000001");
        assertThat((String) m.get("message")).contains("no answer in 60 s");
    }

    @Test
    void serviceFailures_mapToNotSentOrOutcomeUnknown() {
        assertThat(ExitCodes.of(new DitServiceException(Operation.CREER_DEMANDE_DIT, null,
                DitServiceException.Failure.TLS_HANDSHAKE_FAILED, 0, "x", null))).isEqualTo(4);
        assertThat(ExitCodes.of(new DitServiceException(Operation.VERIFIER_RECEVABILITE_DIT, null,
                DitServiceException.Failure.SOAP_FAULT, 500, "x", null))).isEqualTo(5);
        assertThat(json(JsonView.usageError(null, "m"))).containsEntry("operation", null)
                .containsEntry("type", "UsageError").containsEntry("message", "m");
    }
}
