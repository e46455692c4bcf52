/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.bench;

import io.github.omegadit.internal.generated.Demande;
import io.github.omegadit.internal.generated.DonneesFournisseur;
import io.github.omegadit.internal.generated.DonneesTypeDemande;
import io.github.omegadit.internal.generated.RdvDemande;
import io.github.omegadit.internal.generated.RequeteWSCreerDIT;
import io.github.omegadit.internal.generated.RequeteWSVerifierRecevabiliteDIT;
import io.github.omegadit.internal.generated.TypeDemande;
import io.github.omegadit.internal.generated.Utilisateur;
import io.github.omegadit.request.ContactIntervention;
import io.github.omegadit.request.CreerDemande;
import io.github.omegadit.request.VerifierRecevabilite;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The one business case every contender sends: a receivability check of PCE GI000001, then a change of meter
 * (code 34, motif 23) with a requested date and plage; and the server's canned answers: receivable (listing 34/23)
 * and ListeDP. The raw contender's bytes carry the same data as what CXF serialises for the other contenders.
 */
public final class Payloads {

    static final String NS = "https://omegadit.github.io/ns/creerdit/1";
    static final String DN = "CN=Fournisseur Demo,O=Demo Energie,C=FR";
    static final String CAD = "GAZ0001";
    static final String LOGIN = "jdupont";
    static final String VERSION = "V10";
    static final String PCE = "GI000001";
    static final String CODE_POSTAL = "75011";
    static final LocalDate RDV = LocalDate.of(2026, 12, 1);

    /** SOAPAction of VerifierRecevabiliteDIT, as the WSDL names it. */
    public static final String ACTION_VERIFIER = "VerifierRecevabiliteDIT";
    /** SOAPAction of CreerDemandeDIT. */
    public static final String ACTION_CREER = "CreerDemandeDIT";

    private Payloads() {}

    // ------------------------------------------------------------------ the public API's requests (DitClient)

    /** The receivability check, as a DitClient caller writes it. */
    public static VerifierRecevabilite verifier() {
        return VerifierRecevabilite.pce(PCE).codePostal(CODE_POSTAL);
    }

    /** The change of meter, as a DitClient caller writes it. */
    public static CreerDemande creer() {
        return CreerDemande.builder()
                .numeroPce(PCE).codePostal(CODE_POSTAL)
                .referenceDemande("CRM-2026-000123").telephoneFournisseur("0102030405").groupeAppartenance("DEMO")
                .commentaire("Client absent le matin")
                .codeIntervention("34").codeMotif("23")
                .rdv(RDV, "MATIN")
                .contact(new ContactIntervention("Martin", "0612345678", "A12B", "Batiment C"))
                .build();
    }

    // ------------------------------------------------------------------ the same, as generated types (plain CXF)

    /** The receivability check, as an integrator fills the generated type. */
    public static RequeteWSVerifierRecevabiliteDIT verifierWire() {
        RequeteWSVerifierRecevabiliteDIT w = new RequeteWSVerifierRecevabiliteDIT();
        w.setDNEntreprise(DN);
        w.setNumeroCAD(CAD);
        w.setUtilisateur(utilisateur());
        w.setNumeroVersion(VERSION);
        w.setNumeroPCE(PCE);
        w.setCodePostal(CODE_POSTAL);
        return w;
    }

    /** The change of meter, as an integrator fills the generated types. */
    public static RequeteWSCreerDIT creerWire() {
        RequeteWSCreerDIT w = new RequeteWSCreerDIT();
        w.setDNEntreprise(DN);
        w.setNumeroCAD(CAD);
        w.setUtilisateur(utilisateur());
        w.setNumeroVersion(VERSION);
        Demande d = new Demande();
        d.setTypeDemande(TypeDemande.DIT);
        d.setNumeroPCE(PCE);
        d.setCodePostal(CODE_POSTAL);
        DonneesFournisseur f = new DonneesFournisseur();
        f.setReferenceDemande("CRM-2026-000123");
        f.setTelephoneFournisseur("0102030405");
        f.setGroupeAppartenance("DEMO");
        d.setDonneesFournisseur(f);
        d.setCommentaire("Client absent le matin");
        DonneesTypeDemande t = new DonneesTypeDemande();
        t.setCodeLibelleIntervention("34");
        t.setCodeMotifIntervention("23");
        t.setOptionExpress("0");
        d.setDonneesTypeDemande(t);
        RdvDemande rdv = new RdvDemande();
        rdv.setDate(RDV);
        rdv.setPlage("MATIN");
        d.setRdvDemande(rdv);
        io.github.omegadit.internal.generated.ContactIntervention c =
                new io.github.omegadit.internal.generated.ContactIntervention();
        c.setNom("Martin");
        c.setTelephone("0612345678");
        c.setCodeAcces("A12B");
        c.setComplementAdresse("Batiment C");
        d.setContactIntervention(c);
        w.setDemande(d);
        return w;
    }

    private static Utilisateur utilisateur() {
        Utilisateur u = new Utilisateur();
        u.setLogin(LOGIN);
        return u;
    }

    // ------------------------------------------------------------------ pre-serialised bytes (raw floor)

    /** VerifierRecevabiliteDIT request envelope. */
    public static final byte[] VERIFIER_REQUEST = envelope("<ns2:RequeteWSVerifierRecevabiliteDIT xmlns:ns2=\"" + NS
            + "\">" + identity()
            + "<ns2:NumeroPCE>" + PCE + "</ns2:NumeroPCE><ns2:CodePostal>" + CODE_POSTAL + "</ns2:CodePostal>"
            + "</ns2:RequeteWSVerifierRecevabiliteDIT>");

    /** CreerDemandeDIT request envelope. */
    public static final byte[] CREER_REQUEST = envelope("<ns2:RequeteWSCreerDIT xmlns:ns2=\"" + NS + "\">"
            + identity()
            + "<ns2:Demande><ns2:TypeDemande>DIT</ns2:TypeDemande><ns2:NumeroPCE>" + PCE + "</ns2:NumeroPCE>"
            + "<ns2:CodePostal>" + CODE_POSTAL + "</ns2:CodePostal>"
            + "<ns2:DonneesFournisseur><ns2:ReferenceDemande>CRM-2026-000123</ns2:ReferenceDemande>"
            + "<ns2:TelephoneFournisseur>0102030405</ns2:TelephoneFournisseur>"
            + "<ns2:GroupeAppartenance>DEMO</ns2:GroupeAppartenance></ns2:DonneesFournisseur>"
            + "<ns2:Commentaire>Client absent le matin</ns2:Commentaire>"
            + "<ns2:DonneesTypeDemande><ns2:CodeLibelleIntervention>34</ns2:CodeLibelleIntervention>"
            + "<ns2:CodeMotifIntervention>23</ns2:CodeMotifIntervention><ns2:OptionExpress>0</ns2:OptionExpress>"
            + "</ns2:DonneesTypeDemande>"
            + "<ns2:RdvDemande><ns2:Date>" + RDV + "</ns2:Date><ns2:Plage>MATIN</ns2:Plage></ns2:RdvDemande>"
            + "<ns2:ContactIntervention><ns2:Nom>Martin</ns2:Nom><ns2:Telephone>0612345678</ns2:Telephone>"
            + "<ns2:CodeAcces>A12B</ns2:CodeAcces><ns2:ComplementAdresse>Batiment C</ns2:ComplementAdresse>"
            + "</ns2:ContactIntervention></ns2:Demande></ns2:RequeteWSCreerDIT>");

    private static String identity() {
        return "<ns2:DNEntreprise>" + DN + "</ns2:DNEntreprise><ns2:NumeroCAD>" + CAD + "</ns2:NumeroCAD>"
                + "<ns2:Utilisateur><ns2:Login>" + LOGIN + "</ns2:Login></ns2:Utilisateur>"
                + "<ns2:NumeroVersion>" + VERSION + "</ns2:NumeroVersion>";
    }

    // ------------------------------------------------------------------ canned answers

    /** Receivable, listing the pairs allowed for the PCE (34/23 among them). */
    public static final byte[] RECEVABLE_ANSWER = envelope("<ReponseWSVerifierRecevabiliteDIT xmlns=\"" + NS + "\">"
            + "<TypeRetourDialogue>P</TypeRetourDialogue><Retour><CodeRetour>Message</CodeRetour>"
            + "<MessageRetour>Demande recevable</MessageRetour>"
            + intervention("34", "23", "PO") + intervention("G1", "", "PNO") + intervention("Y9", "16", "PS")
            + intervention("V8", "01", "PNO")
            + "</Retour></ReponseWSVerifierRecevabiliteDIT>");

    /** ListeDP: the requested slot is taken, three others are offered. */
    public static final byte[] LISTE_DP_ANSWER = envelope("<ReponseWSCreerDIT xmlns=\"" + NS + "\">"
            + "<TypeRetourDialogue>P</TypeRetourDialogue><Retour><CodeRetour>ListeDP</CodeRetour>"
            + "<MessageRetour>La date et la plage horaire demandées ne sont pas disponibles. Choisissez une nouvelle"
            + " date et ou plage horaire dans la liste.</MessageRetour></Retour>"
            + "<ReponseCreerDemandeObjet><NumeroDemande>DIT000000042</NumeroDemande>"
            + "<PresenceClient>PO</PresenceClient>"
            + "<ListeDatePlage><Date>2026-12-02</Date><Plage>MATIN</Plage></ListeDatePlage>"
            + "<ListeDatePlage><Date>2026-12-02</Date><Plage>APRES-MIDI</Plage></ListeDatePlage>"
            + "<ListeDatePlage><Date>2026-12-03</Date><Plage>MATIN</Plage></ListeDatePlage>"
            + "</ReponseCreerDemandeObjet></ReponseWSCreerDIT>");

    private static String intervention(String code, String motif, String presence) {
        return "<Interventions><Intervention>" + code + "</Intervention><Motif PresenceClient=\"" + presence + "\">"
                + motif + "</Motif></Interventions>";
    }

    private static byte[] envelope(String payload) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>" + payload
                + "</soap:Body></soap:Envelope>").getBytes(StandardCharsets.UTF_8);
    }

    private static final byte[] CREER_ROOT = "RequeteWSCreerDIT".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VERIFIER_ROOT = "RequeteWSVerifierRecevabiliteDIT".getBytes(StandardCharsets.US_ASCII);

    /** The canned answer to a request: by SOAPAction, else by the request's root element; {@code null} if neither. */
    static byte[] cannedAnswer(String soapAction, byte[] body, int length) {
        if (soapAction != null) {
            if (soapAction.contains(ACTION_VERIFIER)) {
                return RECEVABLE_ANSWER;
            }
            if (soapAction.contains(ACTION_CREER)) {
                return LISTE_DP_ANSWER;
            }
        }
        if (contains(body, length, VERIFIER_ROOT)) {
            return RECEVABLE_ANSWER;
        }
        if (contains(body, length, CREER_ROOT)) {
            return LISTE_DP_ANSWER;
        }
        return null;
    }

    static boolean contains(byte[] hay, int length, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (hay[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
