/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.support;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Builds SOAP 1.1 answers in the contract's shape and reads fields of the requests a client sent. */
public final class Soap {

    public static final String NS = "https://omegadit.github.io/ns/creerdit/1";

    private Soap() {}

    /** Wraps a payload in a SOAP 1.1 envelope. */
    public static String envelope(String payload) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body>"
                + payload + "</soap:Body></soap:Envelope>";
    }

    /**
     * A dialogue answer (CreerDemandeDIT and the five appointment/stop calls share its structure).
     *
     * @param root     e.g. {@code ReponseWSCreerDIT}
     * @param objet    inner XML of ReponseCreerDemandeObjet, or {@code null} to omit it
     */
    public static String dialogueAnswer(String root, String type, String code, String objet, String... messages) {
        StringBuilder b = new StringBuilder();
        b.append('<').append(root).append(" xmlns=\"").append(NS).append("\">")
                .append("<TypeRetourDialogue>").append(type).append("</TypeRetourDialogue><Retour><CodeRetour>")
                .append(code).append("</CodeRetour>");
        for (String m : messages) {
            b.append("<MessageRetour>").append(escape(m)).append("</MessageRetour>");
        }
        b.append("</Retour>");
        if (objet != null) {
            b.append("<ReponseCreerDemandeObjet>").append(objet).append("</ReponseCreerDemandeObjet>");
        }
        b.append("</").append(root).append('>');
        return envelope(b.toString());
    }

    /** A receivability answer with (code, motif, presence) triples. */
    public static String recevabiliteAnswer(String type, String code, List<String[]> interventions,
            String... messages) {
        StringBuilder b = new StringBuilder("<ReponseWSVerifierRecevabiliteDIT xmlns=\"" + NS + "\">");
        b.append("<TypeRetourDialogue>").append(type).append("</TypeRetourDialogue><Retour><CodeRetour>")
                .append(code).append("</CodeRetour>");
        for (String m : messages) {
            b.append("<MessageRetour>").append(escape(m)).append("</MessageRetour>");
        }
        for (String[] i : interventions) {
            b.append("<Interventions><Intervention>").append(i[0]).append("</Intervention><Motif")
                    .append(i.length > 2 ? " PresenceClient=\"" + i[2] + "\"" : "").append('>').append(i[1])
                    .append("</Motif></Interventions>");
        }
        b.append("</Retour></ReponseWSVerifierRecevabiliteDIT>");
        return envelope(b.toString());
    }

    public static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Parses a request body. */
    public static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("request body is not XML: " + xml, e);
        }
    }

    /**
     * Text of the element at a path of local names, e.g. {@code "Demande/ContactIntervention/Telephone"}, anywhere in
     * the body; {@code null} when absent.
     */
    public static String field(String xml, String path) {
        List<String> all = fields(xml, path);
        return all.isEmpty() ? null : all.get(0);
    }

    /** Texts of every element at that path. */
    public static List<String> fields(String xml, String path) {
        StringBuilder expr = new StringBuilder();
        for (String step : path.split("/")) {
            expr.append(expr.length() == 0 ? "//" : "/").append("*[local-name()='").append(step).append("']");
        }
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(expr.toString(), parse(xml), XPathConstants.NODESET);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent());
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The local name of the SOAP body's first element. */
    public static String bodyRoot(String xml) {
        try {
            return (String) XPathFactory.newInstance().newXPath().evaluate(
                    "local-name(/*[local-name()='Envelope']/*[local-name()='Body']/*[1])", parse(xml),
                    XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
