/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.wire;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.internal.generated.ReponseDialogueDIT;
import io.github.omegadit.protocol.Operation;
import jakarta.xml.bind.JAXBElement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A return code outside Annexe A, as the simulator writes it and the client reads it back. */
class AnswersTest {

    static ReponseDialogueDIT written(CodeRetourInconnu answer) {
        return (ReponseDialogueDIT) ((JAXBElement<?>) Answers.toWire(Operation.CREER_DEMANDE_DIT, answer)).getValue();
    }

    @Test
    void anUnknownCodeWithANumeroDemande_keepsTheNumber() {
        CodeRetourInconnu answer = new CodeRetourInconnu("P", "DmdOkXX", List.of("texte nouveau"), "DIT000000042");

        ReponseDialogueDIT wire = written(answer);

        assertThat(wire.getReponseCreerDemandeObjet().getNumeroDemande()).isEqualTo("DIT000000042");
        assertThat(Answers.creation(wire)).isEqualTo(answer);
    }

    @Test
    void anUnknownCodeWithoutNumeroDemande_sendsNoReponseCreerDemandeObjet() {
        CodeRetourInconnu answer = new CodeRetourInconnu("A", "DmdKoXX", List.of("texte nouveau"), null);

        ReponseDialogueDIT wire = written(answer);

        assertThat(wire.getReponseCreerDemandeObjet()).isNull();
        assertThat(Answers.creation(wire)).isEqualTo(answer);
    }
}
