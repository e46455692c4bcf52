/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.wire;

import io.github.omegadit.answer.CodeRetourInconnu;
import io.github.omegadit.answer.Reponse;
import io.github.omegadit.protocol.Operation;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The simulator's side of the wire: reads SOAP 1.1 requests into {@link Request}s and writes SOAP 1.1 answers from
 * the records of {@link io.github.omegadit.answer}. A request is parsed in one streaming pass by the contract's
 * secure SAX reader (DOCTYPE refused, so no entity is ever expanded or fetched); the Body's element is validated
 * against the XSD and unmarshalled to the generated type as it streams. Each thread keeps its reader, validator and
 * unmarshaller for the next request: creating them (a JAXP factory lookup on the class path) cost ten times more
 * than the parse itself.
 */
public final class ServerCodec {

    /** The SOAP 1.1 envelope namespace. */
    public static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";
    /** The SOAP 1.2 envelope namespace, refused with a VersionMismatch fault. */
    public static final String SOAP12 = "http://www.w3.org/2003/05/soap-envelope";

    /** A request the server refuses with a SOAP fault. */
    public static final class Fault extends Exception {
        private static final long serialVersionUID = 1L;
        private final String faultCode;

        Fault(String faultCode, String message) {
            super(message);
            this.faultCode = faultCode;
        }

        /** The SOAP faultcode, e.g. {@code soap:Client}. */
        public String faultCode() {
            return faultCode;
        }
    }

    private ServerCodec() {}

    private static final ThreadLocal<Marshaller> MARSHALLER = ThreadLocal.withInitial(ServerCodec::marshaller);

    /** Parses, validates and unmarshals one request envelope (see {@link EnvelopeReader}). */
    public static Request read(byte[] body) throws Fault {
        return EnvelopeReader.read(body);
    }


    /**
     * The SOAP 1.1 envelope of the answer to {@code operation}, UTF-8. A {@link CodeRetourInconnu} whose
     * TypeRetourDialogue is not P, A or T (which the contract's enumeration cannot carry) is written with its raw
     * value, still well-formed, and without the element when the value is {@code null}.
     */
    public static byte[] envelope(Operation operation, Reponse answer) {
        if (answer instanceof CodeRetourInconnu u && u.typeRetourDialogue() == null) {
            return rawTypeEnvelope(operation, u);
        }
        StringWriter out = open();
        try {
            MARSHALLER.get().marshal(Answers.toWire(operation, answer), out);
        } catch (JAXBException e) {
            MARSHALLER.remove();
            throw new IllegalStateException("cannot marshal the answer", e);
        }
        return close(out);
    }

    /** Marshals the answer with a placeholder type into a DOM, then puts the raw type in its place. */
    private static byte[] rawTypeEnvelope(Operation operation, CodeRetourInconnu u) {
        Object payload = Answers.toWire(operation, new CodeRetourInconnu("A", u.codeRetour(), u.messages(),
                u.numeroDemande()));
        StringWriter out = open();
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            Document doc = f.newDocumentBuilder().newDocument();
            MARSHALLER.get().marshal(payload, doc);
            Element root = doc.getDocumentElement();
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && "TypeRetourDialogue".equals(e.getLocalName())) {
                    if (u.typeRetourDialogueBrut() == null) {
                        root.removeChild(e);
                    } else {
                        e.setTextContent(xmlChars(u.typeRetourDialogueBrut()));
                    }
                    break;
                }
            }
            Transformer t = TransformerFactory.newDefaultInstance().newTransformer();
            t.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            t.transform(new DOMSource(root), new StreamResult(out));
        } catch (JAXBException | ParserConfigurationException | TransformerException e) {
            MARSHALLER.remove();
            throw new IllegalStateException("cannot write the answer", e);
        }
        return close(out);
    }

    private static StringWriter open() {
        StringWriter out = new StringWriter(2048);
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"" + SOAP11
                + "\"><soap:Body>");
        return out;
    }

    private static byte[] close(StringWriter out) {
        out.write("</soap:Body></soap:Envelope>");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static Marshaller marshaller() {
        try {
            Marshaller m = Jaxb.context().createMarshaller();
            m.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
            return m;
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot create the JAXB marshaller", e);
        }
    }

    /** The text with the characters XML 1.0 cannot carry replaced by '?'. */
    private static String xmlChars(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(c -> sb.appendCodePoint(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 ? c : '?'));
        return sb.toString();
    }

    /** A SOAP 1.1 fault envelope, UTF-8. */
    public static byte[] fault(String faultCode, String message) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"" + SOAP11
                + "\"><soap:Body><soap:Fault><faultcode>" + escape(faultCode) + "</faultcode><faultstring>"
                + escape(message) + "</faultstring></soap:Fault></soap:Body></soap:Envelope>";
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                        sb.append('?');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }
}
