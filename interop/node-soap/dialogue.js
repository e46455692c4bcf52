// A whole CreerDIT dialogue driven only by the WSDL the simulator serves, with node-soap (not CXF).
// Usage: node dialogue.js http://127.0.0.1:PORT/omega/CreerDIT?wsdl [YYYY-MM-DD requested date]
const soap = require('soap');

const wsdl = process.argv[2];
const date = process.argv[3] || nextMonday();
const identity = {
  DNEntreprise: 'CN=Fournisseur Demo,O=Demo Energie,C=FR',
  NumeroCAD: 'GAZ0001',
  Utilisateur: { Login: 'jdupont' },
  NumeroVersion: 'V10',
};

function nextMonday() {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + 14 + ((8 - d.getUTCDay()) % 7));
  return d.toISOString().slice(0, 10);
}

function fail(message) {
  console.error('FAILED: ' + message);
  process.exit(1);
}

async function main() {
  if (!wsdl) fail('usage: node dialogue.js <wsdl url> [date]');
  const client = await soap.createClientAsync(wsdl);
  const ops = Object.keys(client.describe().CreerDITService.CreerDITPort);
  console.log('operations from the WSDL (' + ops.length + '): ' + ops.join(', '));
  if (ops.length !== 7) fail('expected 7 operations');

  const [recevabilite] = await client.VerifierRecevabiliteDITAsync({ ...identity, NumeroPCE: 'GI000001' });
  console.log('VerifierRecevabiliteDIT: ' + recevabilite.TypeRetourDialogue + ' ' + recevabilite.Retour.CodeRetour
    + ', ' + [].concat(recevabilite.Retour.Interventions).length + ' (code, motif) pairs');
  if (recevabilite.TypeRetourDialogue !== 'P') fail('not receivable');

  const [creation] = await client.CreerDemandeDITAsync({
    ...identity,
    Demande: {
      TypeDemande: 'DIT',
      NumeroPCE: 'GI000001',
      DonneesFournisseur: { ReferenceDemande: 'NODE-SOAP-1' },
      DonneesTypeDemande: { CodeLibelleIntervention: '34', CodeMotifIntervention: '23', OptionExpress: '0' },
      RdvDemande: { Date: date, Plage: 'MATIN' },
      ContactIntervention: { Nom: 'Martin', Telephone: '0612345678' },
    },
  });
  const objet = creation.ReponseCreerDemandeObjet;
  console.log('CreerDemandeDIT: ' + creation.TypeRetourDialogue + ' ' + creation.Retour.CodeRetour
    + ', NumeroDemande ' + objet.NumeroDemande);
  if (creation.TypeRetourDialogue !== 'P') fail('creation did not open the appointment step');

  const slot = objet.DateProgrammee
    ? { Date: objet.DateProgrammee.Date, Plage: objet.DateProgrammee.PlageHoraire }
    : [].concat(objet.ListeDatePlage)[0];
  const day = (d) => (d instanceof Date ? d.toISOString().slice(0, 10) : String(d).slice(0, 10));
  const [accepted] = await client.AccepterRdvAsync({
    ...identity, NumeroDemande: objet.NumeroDemande, Date: day(slot.Date), Plage: slot.Plage,
  });
  console.log('AccepterRdv ' + day(slot.Date) + ' ' + slot.Plage + ': ' + accepted.TypeRetourDialogue + ' '
    + accepted.Retour.CodeRetour + ' - ' + [].concat(accepted.Retour.MessageRetour).join(' '));
  if (accepted.Retour.CodeRetour !== 'DmdOkDP') fail('appointment not programmed');
  console.log('OK: dialogue completed with node-soap');
}

main().catch((e) => fail(e.stack || e));
