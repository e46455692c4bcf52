/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import java.io.InputStream;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Objects;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A request payload built from one of the contract's sample requests ({@code contract/valid/<op>-request.xml}),
 * edited by element paths of local names ({@code "RdvDemande/Plage"}).
 */
final class Payload {

    static final String NS = "https://omegadit.github.io/ns/creerdit/1";

    private final Document doc;

    private Payload(Document doc) {
        this.doc = doc;
    }

    /** The sample request of an operation, e.g. {@code "CreerDemandeDIT"}. */
    static Payload sample(String operation) {
        String resource = "contract/valid/" + operation + "-request.xml";
        try (InputStream in = Payload.class.getClassLoader().getResourceAsStream(resource)) {
            Objects.requireNonNull(in, resource);
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new Payload(f.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    // ------------------------------------------------------------------ the seven requests

    static Payload verifier(String pce, String codePostal) {
        return sample("VerifierRecevabiliteDIT").set("NumeroPCE", pce).setOrRemove("CodePostal", codePostal);
    }

    /**
     * A CreerDemandeDIT for the demo supplier: no motif, no index, no express unless set; the sample's contact
     * (digits-only telephone) and supplier data are kept.
     */
    static Payload creer(String pce, String codePostal, String code, String motif, LocalDate date, String plage) {
        Payload p = sample("CreerDemandeDIT")
                .set("Demande/NumeroPCE", pce)
                .setOrRemove("Demande/CodePostal", codePostal)
                .set("DonneesTypeDemande/CodeLibelleIntervention", code)
                .remove("DonneesTypeDemande/OptionExpress")
                .remove("DonneesTypeDemande/IndexConteste")
                .remove("DonneesTypeDemande/IndexClient")
                .remove("DonneesTypeDemande/PrecisionIntervention")
                .set("RdvDemande/Date", date.toString())
                .setOrRemove("RdvDemande/Plage", plage);
        if (motif != null) {
            p.insertAfter("DonneesTypeDemande/CodeLibelleIntervention", "CodeMotifIntervention", motif);
        }
        return p;
    }

    /** Adds the sample's IndexConteste and IndexClient (for G1, 253). */
    Payload withIndexes() {
        Payload sample = sample("CreerDemandeDIT");
        Element after = find("DonneesTypeDemande/CodeMotifIntervention");
        if (after == null) {
            after = find("DonneesTypeDemande/OptionExpress");
        }
        if (after == null) {
            after = require("DonneesTypeDemande/CodeLibelleIntervention");
        }
        Node conteste = doc.importNode(sample.require("DonneesTypeDemande/IndexConteste"), true);
        Node client = doc.importNode(sample.require("DonneesTypeDemande/IndexClient"), true);
        after.getParentNode().insertBefore(client, after.getNextSibling());
        after.getParentNode().insertBefore(conteste, after.getNextSibling());
        return this;
    }

    /** Sets OptionExpress, right after the code or motif. */
    Payload express(String value) {
        Element after = find("DonneesTypeDemande/CodeMotifIntervention");
        String path = after != null ? "DonneesTypeDemande/CodeMotifIntervention"
                : "DonneesTypeDemande/CodeLibelleIntervention";
        return insertAfter(path, "OptionExpress", value);
    }

    /** Adds PrecisionIntervention at the end of DonneesTypeDemande. */
    Payload precision(String text) {
        Element parent = require("DonneesTypeDemande");
        Element e = doc.createElementNS(NS, "PrecisionIntervention");
        e.setTextContent(text);
        parent.appendChild(e);
        return this;
    }

    static Payload proposer(String numeroDemande, LocalDate date, String plage) {
        return sample("ProposerDatePlage").set("NumeroDemande", numeroDemande).set("Date", date.toString())
                .set("Plage", plage);
    }

    static Payload accepter(String numeroDemande, LocalDate date, String plage) {
        return sample("AccepterRdv").set("NumeroDemande", numeroDemande).set("Date", date.toString())
                .set("Plage", plage);
    }

    static Payload precSuiv(String numeroDemande, String sens) {
        return sample("DemanderPrecSuiv").set("NumeroDemande", numeroDemande).set("Sens", sens);
    }

    static Payload abandonnerRdv(String numeroDemande) {
        return sample("AbandonnerRdv").set("NumeroDemande", numeroDemande);
    }

    static Payload abandonnerDemande(String numeroDemande) {
        return sample("AbandonnerDemande").set("NumeroDemande", numeroDemande);
    }

    /** Acts as another supplier. */
    Payload as(String dnEntreprise, String numeroCad) {
        return set("DNEntreprise", dnEntreprise).set("NumeroCAD", numeroCad);
    }

    // ------------------------------------------------------------------ editing

    /** Sets the text of an existing element. */
    Payload set(String path, String value) {
        require(path).setTextContent(value);
        return this;
    }

    /** Sets the text, or removes the element when {@code value} is null. */
    Payload setOrRemove(String path, String value) {
        return value == null ? remove(path) : set(path, value);
    }

    /** Removes the element if present. */
    Payload remove(String path) {
        Element e = find(path);
        if (e != null) {
            e.getParentNode().removeChild(e);
        }
        return this;
    }

    /** Inserts a new element after an existing one (replacing an existing element of that name there). */
    Payload insertAfter(String siblingPath, String name, String value) {
        Element sibling = require(siblingPath);
        Element parent = (Element) sibling.getParentNode();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && name.equals(el.getLocalName())) {
                parent.removeChild(el);
                break;
            }
        }
        Element e = doc.createElementNS(NS, name);
        e.setTextContent(value);
        parent.insertBefore(e, sibling.getNextSibling());
        return this;
    }

    /** The payload document, without XML declaration. */
    String xml() {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(doc.getDocumentElement()), new StreamResult(out));
            return out.toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The payload in a SOAP 1.1 envelope. */
    String envelope() {
        return "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Header/>"
                + "<soap:Body>" + xml() + "</soap:Body></soap:Envelope>";
    }

    private Element require(String path) {
        Element e = find(path);
        if (e == null) {
            throw new IllegalArgumentException("no element " + path + " in " + xml());
        }
        return e;
    }

    /** The first element matching the path (its first step anywhere, the next ones as children). */
    private Element find(String path) {
        String[] steps = path.split("/");
        var candidates = doc.getElementsByTagNameNS(NS, steps[0]);
        for (int i = 0; i < candidates.getLength(); i++) {
            Element e = (Element) candidates.item(i);
            for (int s = 1; s < steps.length && e != null; s++) {
                e = child(e, steps[s]);
            }
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }
}
