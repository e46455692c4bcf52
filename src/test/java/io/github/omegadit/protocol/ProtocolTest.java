/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The public facts of the protocol package: which calls are retried, which states end, the versions, the outcomes. */
class ProtocolTest {

    @Nested
    class Operations {

        /** Guide §2.1: only the two reads may be sent again; the five others change the demande at OMEGA. */
        @Test
        void onlyTheTwoReads_areIdempotent() {
            assertThat(EnumSet.allOf(Operation.class)).filteredOn(Operation::idempotent)
                    .containsExactlyInAnyOrder(Operation.VERIFIER_RECEVABILITE_DIT, Operation.DEMANDER_PREC_SUIV);
        }

        @Test
        void eachCall_isNamedAsInTheWsdl() {
            assertThat(Operation.CREER_DEMANDE_DIT.wsdlName()).isEqualTo("CreerDemandeDIT");
            assertThat(Operation.ABANDONNER_RDV).hasToString("AbandonnerRdv");
        }
    }

    @Nested
    class States {

        @ParameterizedTest
        @EnumSource(value = DialogueState.class, names = {"NEW", "RECEIVABLE", "AWAITING_APPOINTMENT"})
        void aStateThatAllowsACall_isNotTerminal(DialogueState state) {
            assertThat(state.isTerminal()).isFalse();
            assertThat(state.allowed()).isNotEmpty().allSatisfy(op -> assertThat(state.allows(op)).isTrue());
        }

        @ParameterizedTest
        @EnumSource(value = DialogueState.class, names = {"REFUSED", "DONE", "ABANDONED", "OUTCOME_UNKNOWN"})
        void aTerminalState_allowsNothing(DialogueState state) {
            assertThat(state.isTerminal()).isTrue();
            assertThat(EnumSet.allOf(Operation.class)).noneMatch(state::allows);
        }

        @Test
        void aTransition_readsAsFromCallOutcomeTo() {
            assertThat(Transitions.of(DialogueState.NEW, Operation.VERIFIER_RECEVABILITE_DIT, Outcome.A))
                    .hasToString("NEW --VerifierRecevabiliteDIT/A--> REFUSED");
        }
    }

    @Nested
    class Outcomes {

        @Test
        void aTypeRetourDialogueOutsidePAT_isUnclassified() {
            assertThat(Outcome.of(null, true, true)).isEqualTo(Outcome.UNCLASSIFIED);
            assertThat(Outcome.of(TypeRetourDialogue.fromWire("X"), false, false)).isEqualTo(Outcome.UNCLASSIFIED);
        }

        @Test
        void aP_withoutNumeroDemande_isOnlyAProblemWhereOneIsRequired() {
            assertThat(Outcome.of(TypeRetourDialogue.P, true, false)).isEqualTo(Outcome.P_WITHOUT_NUMERO_DEMANDE);
            assertThat(Outcome.of(TypeRetourDialogue.P, true, true)).isEqualTo(Outcome.P);
            assertThat(Outcome.of(TypeRetourDialogue.P, false, false)).isEqualTo(Outcome.P);
            assertThat(Outcome.of(TypeRetourDialogue.T, true, false)).isEqualTo(Outcome.T);
            assertThat(Outcome.of(TypeRetourDialogue.A, true, false)).isEqualTo(Outcome.A);
        }
    }

    @Nested
    class Versions {

        @Test
        void v1_isTheOldestVersion() {
            assertThat(NumeroVersion.parse("V1")).isEqualTo(new NumeroVersion(1));
            assertThatThrownBy(() -> NumeroVersion.parse("V0")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("NumeroVersion must be V1 or later, got V0");
        }

        @Test
        void versions_compareAsNumbers() {
            assertThat(NumeroVersion.parse("V10")).isGreaterThan(NumeroVersion.parse("V9"));
            assertThat(NumeroVersion.V10.isAtLeast(NumeroVersion.V10)).isTrue();
            assertThat(NumeroVersion.V9.isAtLeast(NumeroVersion.V10)).isFalse();
            assertThat(NumeroVersion.LATEST).hasToString("V10");
        }
    }
}
