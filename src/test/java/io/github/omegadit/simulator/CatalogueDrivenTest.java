/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static io.github.omegadit.simulator.OmegaSimulator.PCE_6M;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.rules.Catalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulator takes the facts of each code from the catalogue it is given (presence, version_min, index), not from
 * a list of its own: a supplier testing against a newer Annexe B gets OMEGA's answers for that table.
 */
class CatalogueDrivenTest {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);

    OmegaSimulator sim;

    @BeforeEach
    void start() throws IOException {
        String csv;
        try (InputStream in = Catalogue.class.getResourceAsStream("annexe-b-V24.1.csv")) {
            csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // 36 becomes "présence non obligatoire" and needs V10; S6 becomes a DIT with indexes, G1 an ordinary one
        String changed = csv
                .replace("6M,36,Coupure sans dépose compteur pour travaux,17,Travaux,0,,0,PS",
                        "6M,36,Coupure sans dépose compteur pour travaux,17,Travaux,0,V10,0,PNO")
                .replace("6M,G1,Vérification des données de comptage,,,0,V10,1,PS",
                        "6M,G1,Vérification des données de comptage,,,0,,0,PS")
                .replace("6M,36,Coupure sans dépose compteur pour travaux,01,Autre,0,,0,PS",
                        "6M,36,Coupure sans dépose compteur pour travaux,01,Autre,0,V10,0,PNO")
                .replace("6M,S6,Contrôle en laboratoire du comptage,,,0,,0,PO",
                        "6M,S6,Contrôle en laboratoire du comptage,,,0,,1,PO");
        assertThat(changed.lines().filter(l -> !csv.contains(l))).hasSize(4);
        Catalogue catalogue = Catalogue.parse(new StringReader(changed), "test.csv");
        sim = OmegaSimulator.builder().today(LocalDate.of(2026, 11, 30)).catalogue(catalogue).build().start();
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    Soap.Answer call(Payload p) {
        return Soap.call(sim.url(), p);
    }

    @Test
    void verifier_announcesThePresenceOfTheGivenCatalogue() {
        assertThat(call(Payload.verifier(PCE_6M, null)).interventions()).contains("36/01/PNO", "36/17/PNO", "37//PO", "G1//PS");
    }

    @Test
    void creer_needsTheVersionOfTheGivenCatalogue() {
        Payload p = Payload.creer(PCE_6M, null, "36", "01", MONDAY, "MATIN").precision("Travaux de façade");

        assertThat(call(p.set("NumeroVersion", "V9")).messages())
                .containsExactly("Donnée incorrecte : NUMERO_VERSION / VERSION_INSUFFISANTE");
        Soap.Answer v10 = call(p.set("NumeroVersion", "V10"));
        assertThat(v10.typeRetour()).isEqualTo("P");
        assertThat(v10.presenceClient()).isEqualTo("PNO");
    }

    @Test
    void creer_wantsTheIndexesOfACodeTheGivenCatalogueMarksIndex() {
        Payload bare = Payload.creer(PCE_6M, null, "S6", null, MONDAY, "MATIN").set("NumeroVersion", "V10");

        assertThat(call(bare).messages()).containsExactly("Donnée incorrecte : INDEX_CONTESTE / INDEX_OBLIGATOIRE",
                "Donnée incorrecte : INDEX_CLIENT / INDEX_OBLIGATOIRE");
        assertThat(call(Payload.creer(PCE_6M, null, "S6", null, MONDAY, "MATIN").set("NumeroVersion", "V9")
                .withIndexes()).messages()).containsExactly("Donnée incorrecte : NUMERO_VERSION / VERSION_INSUFFISANTE");
        assertThat(call(Payload.creer(PCE_6M, null, "G1", null, MONDAY, "MATIN").set("NumeroVersion", "V10"))
                .typeRetour()).as("G1 is not marked index in this table").isEqualTo("P");
    }
}
