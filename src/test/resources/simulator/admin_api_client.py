"""Drives the OMEGA simulator's admin API and SOAP endpoint from Python's standard library only.

Usage: python3 admin_api_client.py ADMIN_URL   (e.g. http://127.0.0.1:54321/__admin/)
Prints one "ok ..." line per step and exits 0; exits 1 with the reason on the first surprise.
"""
import json
import sys
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET

ADMIN = sys.argv[1]
NS = "https://omegadit.github.io/ns/creerdit/1"
SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
IDENTITY = ("<DNEntreprise>CN=Fournisseur Demo,O=Demo Energie,C=FR</DNEntreprise><NumeroCAD>GAZ0001</NumeroCAD>"
            "<Utilisateur><Login>jdupont</Login></Utilisateur><NumeroVersion>V10</NumeroVersion>")


def fail(why):
    print("FAILED: " + why)
    sys.exit(1)


def strict_json(text):
    def no_duplicates(pairs):
        keys = [k for k, _ in pairs]
        if len(keys) != len(set(keys)):
            fail("duplicate member in " + text)
        return dict(pairs)

    def no_constant(name):
        fail("non-JSON constant " + name + " in " + text)

    return json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)


def admin(method, path, body=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    req = urllib.request.Request(ADMIN + path, data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            status, ctype, text = r.status, r.headers.get("Content-Type"), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        status, ctype, text = e.code, e.headers.get("Content-Type"), e.read().decode("utf-8")
    if ctype != "application/json; charset=UTF-8":
        fail(method + " " + path + ": Content-Type " + str(ctype))
    return status, strict_json(text)


def soap(endpoint, payload):
    envelope = ('<soap:Envelope xmlns:soap="' + SOAP + '"><soap:Body>' + payload + "</soap:Body></soap:Envelope>")
    req = urllib.request.Request(endpoint, data=envelope.encode("utf-8"), method="POST",
                                 headers={"Content-Type": "text/xml; charset=UTF-8", "SOAPAction": '""'})
    with urllib.request.urlopen(req, timeout=30) as r:
        root = ET.fromstring(r.read())
    answer = root.find("{%s}Body" % SOAP)[0]
    return {
        "type": answer.findtext("{%s}TypeRetourDialogue" % NS),
        "code": answer.findtext("{%s}Retour/{%s}CodeRetour" % (NS, NS)),
        "messages": [m.text for m in answer.findall("{%s}Retour/{%s}MessageRetour" % (NS, NS))],
        "numero": answer.findtext("{%s}ReponseCreerDemandeObjet/{%s}NumeroDemande" % (NS, NS)),
        "slots": [(s.findtext("{%s}Date" % NS), s.findtext("{%s}Plage" % NS))
                  for s in answer.findall("{%s}ReponseCreerDemandeObjet/{%s}ListeDatePlage" % (NS, NS))],
    }


def expect(what, actual, expected):
    if actual != expected:
        fail("%s: expected %r, got %r" % (what, expected, actual))


status, index = admin("GET", "")
expect("GET /__admin status", status, 200)
endpoint = index["endpoint"]
print("ok index " + endpoint)

status, pce = admin("POST", "pces", {"numeroPce": "GI200001", "segment": "6M", "codePostal": "44000",
                                     "commune": "Nantes", "numeroCadTitulaire": "GAZ0001"})
expect("POST pces status", status, 201)
print("ok pce " + pce["numeroPce"])

status, forced = admin("POST", "forced", {
    "pce": "GI200001", "operations": ["CreerDemandeDIT"], "times": 1,
    "answer": {"row": "LISTE_DP", "presenceClient": "PO",
               "creneaux": [{"date": "2026-12-15", "plage": "MATIN"}, {"date": "2026-12-16", "plage": "APRES-MIDI"}]}})
expect("POST forced status", status, 201)
print("ok forced " + forced["description"])

verifier = soap(endpoint, '<RequeteWSVerifierRecevabiliteDIT xmlns="%s">%s<NumeroPCE>GI200001</NumeroPCE>'
                          "<CodePostal>44000</CodePostal></RequeteWSVerifierRecevabiliteDIT>" % (NS, IDENTITY))
expect("VerifierRecevabiliteDIT", (verifier["type"], verifier["code"]), ("P", "Message"))
print("ok verifier")

creer = soap(endpoint, '<RequeteWSCreerDIT xmlns="%s">%s<Demande><TypeDemande>DIT</TypeDemande>'
                       "<NumeroPCE>GI200001</NumeroPCE><DonneesFournisseur><ReferenceDemande>PY-1</ReferenceDemande>"
                       "</DonneesFournisseur><DonneesTypeDemande><CodeLibelleIntervention>34</CodeLibelleIntervention>"
                       "<CodeMotifIntervention>23</CodeMotifIntervention></DonneesTypeDemande><RdvDemande>"
                       "<Date>2026-12-07</Date><Plage>MATIN</Plage></RdvDemande></Demande></RequeteWSCreerDIT>"
                       % (NS, IDENTITY))
expect("CreerDemandeDIT", (creer["type"], creer["code"]), ("P", "ListeDP"))
expect("forced slots", creer["slots"], [("2026-12-15", "MATIN"), ("2026-12-16", "APRES-MIDI")])
numero = creer["numero"]
print("ok creer " + numero)

status, demandes = admin("GET", "demandes")
expect("demandes", [(d["numeroDemande"], d["statut"], d["referenceDemande"]) for d in demandes["demandes"]],
       [(numero, "EN_ATTENTE_DE_RDV", "PY-1")])
print("ok demandes")

status, clock = admin("POST", "clock", {"advance": "P2D"})
expect("clock today", clock["today"], "2026-12-02")
accepter = soap(endpoint, '<RequeteWSAccepterRdv xmlns="%s">%s<NumeroDemande>%s</NumeroDemande>'
                          "<Date>2026-12-15</Date><Plage>MATIN</Plage></RequeteWSAccepterRdv>" % (NS, IDENTITY, numero))
expect("AccepterRdv after a long pause", (accepter["type"], accepter["code"]), ("A", "DmdKo"))
if not accepter["messages"][0].startswith("Dialogue interrompu") or "DEMANDE_MODIFIEE_PAR_OMEGA" not in \
        accepter["messages"][0]:
    fail("AccepterRdv message: " + repr(accepter["messages"]))
print("ok interrompu")

status, calls = admin("GET", "calls?body=false")
expect("counts", (calls["counts"]["VerifierRecevabiliteDIT"], calls["counts"]["CreerDemandeDIT"],
                  calls["counts"]["AccepterRdv"]), (1, 1, 1))
expect("codes", [c["codeRetour"] for c in calls["calls"]], ["Message", "ListeDP", "DmdKo"])
print("ok calls")

status, error = admin("POST", "forced", {"answer": {"row": "LISTE_DP", "creneaux": [{"date": "15/12/2026"}]}})
expect("bad forced answer status", status, 400)
if "answer.creneaux[0]" not in error["error"]:
    fail("the error does not name the member: " + error["error"])
print("ok refused")

status, _ = admin("POST", "reset")
expect("reset status", status, 200)
status, demandes = admin("GET", "demandes")
expect("demandes after reset", demandes["demandes"], [])
print("ok reset")
