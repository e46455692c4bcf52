/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.homologation;

import io.github.omegadit.internal.wire.Contract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * What a contract offers, for comparing the one a server serves with ours: each WSDL operation with its input and
 * output elements and SOAPAction, and each element of the XSD by path from a message root
 * ({@code RequeteWSCreerDIT/Demande/ContactIntervention/Telephone}) with its occurrences. Types, facets and
 * namespaces are not compared: a renamed or added element, an operation or a cardinality is what breaks a client.
 *
 * @param operations operation name → its signature
 * @param elements   element path → {@code min..max}
 */
public record ContractShape(Map<String, String> operations, Map<String, String> elements) {

    private static final String WSDL = "http://schemas.xmlsoap.org/wsdl/";
    private static final String SOAP = "http://schemas.xmlsoap.org/wsdl/soap/";
    private static final String XS = XMLConstants.W3C_XML_SCHEMA_NS_URI;
    /** Bound on nesting, so that a recursive type ends. */
    private static final int MAX_DEPTH = 16;

    /** The bundled contract. */
    public static ContractShape bundled() {
        try {
            return of(read(Contract.WSDL_RESOURCE), read(Contract.XSD_RESOURCE));
        } catch (IOException | SAXException e) {
            throw new IllegalStateException("cannot read the bundled contract", e);
        }
    }

    private static byte[] read(String resource) throws IOException {
        try (InputStream in = Contract.resource(resource).openStream()) {
            return in.readAllBytes();
        }
    }

    /**
     * The shape of a WSDL and its schema.
     *
     * @param wsdl the WSDL document
     * @param xsd  the schema holding the message elements, or {@code null} when the WSDL embeds it
     * @throws SAXException when a document is not well-formed XML (or has a DOCTYPE)
     */
    public static ContractShape of(byte[] wsdl, byte[] xsd) throws SAXException, IOException {
        Document w = parse(wsdl);
        Map<String, String> messages = new HashMap<>();
        for (Element m : children(w.getDocumentElement(), WSDL, "message")) {
            for (Element part : children(m, WSDL, "part")) {
                messages.put(m.getAttribute("name"), local(part.getAttribute("element")));
            }
        }
        Map<String, String> actions = new HashMap<>();
        for (Element b : children(w.getDocumentElement(), WSDL, "binding")) {
            for (Element op : children(b, WSDL, "operation")) {
                for (Element so : children(op, SOAP, "operation")) {
                    actions.put(op.getAttribute("name"), so.getAttribute("soapAction"));
                }
            }
        }
        Map<String, String> operations = new TreeMap<>();
        for (Element pt : children(w.getDocumentElement(), WSDL, "portType")) {
            for (Element op : children(pt, WSDL, "operation")) {
                String in = children(op, WSDL, "input").stream().findFirst()
                        .map(e -> messages.get(local(e.getAttribute("message")))).orElse(null);
                String out = children(op, WSDL, "output").stream().findFirst()
                        .map(e -> messages.get(local(e.getAttribute("message")))).orElse(null);
                String name = op.getAttribute("name");
                operations.put(name, "input " + in + ", output " + out + ", SOAPAction \""
                        + actions.getOrDefault(name, "") + "\"");
            }
        }
        List<Element> schemas = new ArrayList<>();
        if (xsd != null) {
            schemas.add(parse(xsd).getDocumentElement());
        }
        for (Element types : children(w.getDocumentElement(), WSDL, "types")) {
            schemas.addAll(children(types, XS, "schema"));
        }
        return new ContractShape(operations, new Schema(schemas).paths());
    }

    /** What differs, one line each, ours first: empty when the shapes match. */
    public List<String> differences(ContractShape served) {
        List<String> out = new ArrayList<>();
        compare("operation", operations, served.operations, out);
        compare("element", elements, served.elements, out);
        return out;
    }

    private static void compare(String what, Map<String, String> ours, Map<String, String> theirs,
            List<String> out) {
        TreeSet<String> all = new TreeSet<>(ours.keySet());
        all.addAll(theirs.keySet());
        for (String k : all) {
            String a = ours.get(k);
            String b = theirs.get(k);
            if (b == null) {
                out.add(what + " " + k + ": in our contract, not served");
            } else if (a == null) {
                out.add(what + " " + k + ": served, not in our contract");
            } else if (!a.equals(b)) {
                out.add(what + " " + k + ": ours " + a + ", served " + b);
            }
        }
    }

    /** The global elements, types and groups of some schema documents, walked into paths. */
    private static final class Schema {
        private final Map<String, Element> elements = new HashMap<>();
        private final Map<String, Element> types = new HashMap<>();
        private final Map<String, Element> groups = new HashMap<>();

        Schema(List<Element> schemas) {
            for (Element s : schemas) {
                for (Element e : children(s, XS, "element")) {
                    elements.put(e.getAttribute("name"), e);
                }
                for (Element e : children(s, XS, "complexType")) {
                    types.put(e.getAttribute("name"), e);
                }
                for (Element e : children(s, XS, "group")) {
                    groups.put(e.getAttribute("name"), e);
                }
            }
        }

        Map<String, String> paths() {
            Map<String, String> out = new TreeMap<>();
            for (Map.Entry<String, Element> e : elements.entrySet()) {
                out.put(e.getKey(), "1..1");
                content(e.getValue(), e.getKey(), 0, out);
            }
            return out;
        }

        /** The children of an element declaration: its inline or named complex type. */
        private void content(Element decl, String path, int depth, Map<String, String> out) {
            if (depth > MAX_DEPTH) {
                return;
            }
            for (Element ct : children(decl, XS, "complexType")) {
                particles(ct, path, depth, out);
            }
            Element named = types.get(local(decl.getAttribute("type")));
            if (named != null) {
                particles(named, path, depth, out);
            }
        }

        private void particles(Element node, String path, int depth, Map<String, String> out) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element c) || !XS.equals(c.getNamespaceURI())) {
                    continue;
                }
                switch (c.getLocalName()) {
                    case "sequence", "choice", "all", "complexContent", "simpleContent" ->
                            particles(c, path, depth, out);
                    case "extension", "restriction" -> {
                        Element base = types.get(local(c.getAttribute("base")));
                        if (base != null) {
                            particles(base, path, depth + 1, out);
                        }
                        particles(c, path, depth, out);
                    }
                    case "group" -> {
                        Element g = c.hasAttribute("ref") ? groups.get(local(c.getAttribute("ref"))) : c;
                        if (g != null) {
                            particles(g, path, depth + 1, out);
                        }
                    }
                    case "element" -> {
                        Element decl = c.hasAttribute("ref") ? elements.get(local(c.getAttribute("ref"))) : c;
                        String name = c.hasAttribute("ref") ? local(c.getAttribute("ref")) : c.getAttribute("name");
                        String child = path + "/" + name;
                        out.put(child, occurs(c));
                        if (decl != null) {
                            content(decl, child, depth + 1, out);
                        }
                    }
                    default -> { }
                }
            }
        }

        private static String occurs(Element e) {
            String min = e.hasAttribute("minOccurs") ? e.getAttribute("minOccurs") : "1";
            String max = e.hasAttribute("maxOccurs") ? e.getAttribute("maxOccurs") : "1";
            return min + ".." + ("unbounded".equals(max) ? "n" : max);
        }
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static String local(String qname) {
        int i = qname.indexOf(':');
        return i < 0 ? qname : qname.substring(i + 1);
    }

    private static Document parse(byte[] xml) throws SAXException, IOException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            return b.parse(new InputSource(new ByteArrayInputStream(xml)));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("JDK XML parser lacks a required secure feature", e);
        }
    }

    /** The first {@code schemaLocation} a WSDL imports, or {@code null} when it imports none. */
    public static String importedSchema(byte[] wsdl) throws SAXException, IOException {
        Document w = parse(wsdl);
        for (Element types : children(w.getDocumentElement(), WSDL, "types")) {
            for (Element s : children(types, XS, "schema")) {
                for (Element imp : children(s, XS, "import")) {
                    if (imp.hasAttribute("schemaLocation")) {
                        return imp.getAttribute("schemaLocation");
                    }
                }
            }
        }
        return null;
    }
}
