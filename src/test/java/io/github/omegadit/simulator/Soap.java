/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import io.github.omegadit.internal.wire.Contract;
import io.github.omegadit.support.ContractValidator;
import io.github.omegadit.request.DatePlage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/** Posts SOAP envelopes with {@link java.net.http.HttpClient} and reads the answers. */
final class Soap {

    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private Soap() {}

    /** Posts a payload in an envelope and parses the answer; a SOAP answer's payload is checked against the XSD. */
    static Answer call(URI endpoint, Payload payload) {
        return post(endpoint, payload.envelope());
    }

    /** Posts a raw body. */
    static Answer post(URI endpoint, String body) {
        try {
            HttpResponse<String> r = HTTP.send(request(endpoint, body).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (Exception e) {
            throw new IllegalStateException("call to " + endpoint + " failed: " + e, e);
        }
    }

    static HttpRequest.Builder request(URI endpoint, String body) {
        return HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "text/xml; charset=UTF-8")
                .header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }

    static String get(URI uri) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(r.statusCode()).as("GET %s", uri).isEqualTo(200);
            return r.body();
        } catch (Exception e) {
            throw new IllegalStateException("GET " + uri + " failed: " + e, e);
        }
    }

    static Document parse(String xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("not XML: " + xml, e);
        }
    }

    /** One HTTP answer. */
    static final class Answer {
        final int status;
        final String contentType;
        final String body;
        private final Element payload;
        private final Element fault;

        Answer(int status, String contentType, String body) {
            this.status = status;
            this.contentType = contentType;
            this.body = body;
            Element p = null;
            Element f = null;
            if (contentType.startsWith("text/xml")) {
                Element bodyEl = child(parse(body).getDocumentElement(), SOAP11, "Body");
                Element first = bodyEl == null ? null : firstElement(bodyEl);
                if (first != null && SOAP11.equals(first.getNamespaceURI()) && "Fault".equals(first.getLocalName())) {
                    f = first;
                } else {
                    p = first;
                }
            }
            this.payload = p;
            this.fault = f;
            if (p != null) {
                validate(p);
            }
        }

        /** The SOAP payload's root element name. */
        String element() {
            return payload().getLocalName();
        }

        String typeRetour() {
            return text(payload(), "TypeRetourDialogue");
        }

        String codeRetour() {
            return text(retour(), "CodeRetour");
        }

        List<String> messages() {
            List<String> out = new ArrayList<>();
            for (Element e : children(retour(), "MessageRetour")) {
                out.add(e.getTextContent());
            }
            return out;
        }

        String numeroDemande() {
            Element o = objet();
            return o == null ? null : text(o, "NumeroDemande");
        }

        String presenceClient() {
            Element o = objet();
            return o == null ? null : text(o, "PresenceClient");
        }

        LocalDate dateDemandee() {
            Element o = objet();
            String d = o == null ? null : text(o, "DateDemandee");
            return d == null ? null : LocalDate.parse(d);
        }

        List<DatePlage> liste() {
            List<DatePlage> out = new ArrayList<>();
            Element o = objet();
            if (o != null) {
                for (Element e : children(o, "ListeDatePlage")) {
                    out.add(new DatePlage(LocalDate.parse(text(e, "Date")), text(e, "Plage")));
                }
            }
            return out;
        }

        /** DateProgrammee as (date, plage, heureMin, heureMax), or null. */
        Programmee programmee() {
            Element o = objet();
            Element dp = o == null ? null : child(o, Payload.NS, "DateProgrammee");
            if (dp == null) {
                return null;
            }
            return new Programmee(LocalDate.parse(text(dp, "Date")), text(dp, "PlageHoraire"),
                    LocalTime.parse(text(dp, "HeureMin")), LocalTime.parse(text(dp, "HeureMax")));
        }

        /** Interventions of a receivability answer as "code/motif/presence". */
        List<String> interventions() {
            List<String> out = new ArrayList<>();
            for (Element e : children(retour(), "Interventions")) {
                Element motif = child(e, Payload.NS, "Motif");
                out.add(text(e, "Intervention") + "/" + motif.getTextContent() + "/"
                        + motif.getAttribute("PresenceClient"));
            }
            return out;
        }

        String faultCode() {
            return fault == null ? null : fault.getElementsByTagName("faultcode").item(0).getTextContent();
        }

        String faultString() {
            return fault == null ? null : fault.getElementsByTagName("faultstring").item(0).getTextContent();
        }

        private Element payload() {
            assertThat(payload).as("a SOAP answer payload (HTTP %s): %s", status, body).isNotNull();
            return payload;
        }

        private Element retour() {
            return child(payload(), Payload.NS, "Retour");
        }

        private Element objet() {
            return child(payload(), Payload.NS, "ReponseCreerDemandeObjet");
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + body;
        }
    }

    /** A DateProgrammee. */
    record Programmee(LocalDate date, String plage, LocalTime heureMin, LocalTime heureMax) {}

    private static void validate(Element payload) {
        try {
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            t.transform(new DOMSource(payload), new StreamResult(out));
            ContractValidator.validate(new InputSource(new StringReader(out.toString())));
        } catch (Exception e) {
            throw new AssertionError("the simulator's answer does not match the XSD: " + e.getMessage(), e);
        }
    }

    static String text(Element parent, String name) {
        Element e = child(parent, Payload.NS, name);
        return e == null ? null : e.getTextContent();
    }

    static Element child(Element parent, String ns, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName()) && ns.equals(e.getNamespaceURI())) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Element firstElement(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }
}
