-- omega-dit campaign journal, schema version 1 (SQLite). Applied by the library on first use; never edit a
-- released version: add V2__....sql instead.

-- One row per demande of a campaign: where it stands now.
CREATE TABLE campagne_demande (
    campagne          TEXT    NOT NULL,
    reference_demande TEXT    NOT NULL,  -- the supplier's ReferenceDemande, unique within the campaign
    seq               INTEGER NOT NULL,  -- position in the input: demandes run in this order
    numero_pce        TEXT    NOT NULL,
    demande           TEXT    NOT NULL,  -- the CreerDemande: one CSV record, columns of the campaign file
    statut            TEXT    NOT NULL,  -- io.github.omegadit.campagne.Statut
    numero_demande    TEXT,
    code_retour       TEXT,
    rdv_date          TEXT,
    rdv_plage         TEXT,
    detail            TEXT,
    owner             INTEGER,           -- the runner working on it now, NULL when none
    updated_at        TEXT    NOT NULL,  -- ISO-8601 UTC
    PRIMARY KEY (campagne, reference_demande)
);
CREATE INDEX campagne_demande_todo ON campagne_demande (campagne, owner, statut, seq);

-- One row per state-changing call: written (intent) before the request leaves, completed with the answer after.
CREATE TABLE campagne_appel (
    id                INTEGER PRIMARY KEY AUTOINCREMENT,
    campagne          TEXT    NOT NULL,
    reference_demande TEXT    NOT NULL,
    operation         TEXT    NOT NULL,  -- CreerDemandeDIT, ProposerDatePlage, AccepterRdv, AbandonnerRdv
    numero_demande    TEXT,              -- sent (appointment calls) or received (creation)
    rdv_date          TEXT,
    rdv_plage         TEXT,
    owner             INTEGER NOT NULL,
    intent_at         TEXT    NOT NULL,
    answer_at         TEXT,
    issue             TEXT,              -- ANSWERED, NOT_SENT, NO_ANSWER; NULL while in flight
    type_retour       TEXT,
    code_retour       TEXT,
    detail            TEXT
);
CREATE INDEX campagne_appel_demande ON campagne_appel (campagne, reference_demande);
