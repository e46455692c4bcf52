/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.wire;

import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Where the contract files live on the classpath, and the compiled XSD. The build copies {@code wsdl/} and
 * {@code xsd/} from the repository root under {@value #BASE}.
 */
public final class Contract {

    /** Classpath folder holding {@code wsdl/CreerDIT.wsdl} and {@code xsd/CreerDIT.xsd}. */
    public static final String BASE = "io/github/omegadit/contract/";
    /** Classpath resource of the WSDL. */
    public static final String WSDL_RESOURCE = BASE + "wsdl/CreerDIT.wsdl";
    /** Classpath resource of the XSD. */
    public static final String XSD_RESOURCE = BASE + "xsd/CreerDIT.xsd";
    /** Target namespace of the messages. */
    public static final String NAMESPACE = "https://omegadit.github.io/ns/creerdit/1";

    private Contract() {}

    /** URL of a contract resource, failing loudly if the jar was built without it. */
    public static URL resource(String path) {
        URL url = Contract.class.getClassLoader().getResource(path);
        if (url == null) {
            throw new IllegalStateException("contract resource missing from the classpath: " + path);
        }
        return url;
    }

    /** The compiled schema; thread-safe, built once. */
    public static Schema schema() {
        return SchemaHolder.SCHEMA;
    }

    /** A namespace-aware SAX reader that refuses DOCTYPEs and never resolves external entities. */
    public static XMLReader secureReader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("JDK SAX parser lacks a required secure feature", e);
        }
    }

    private static final class SchemaHolder {
        static final Schema SCHEMA = load();

        private static Schema load() {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                // the XSD is self-contained: forbid fetching anything while compiling it
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "jar,file");
                return factory.newSchema(resource(XSD_RESOURCE));
            } catch (SAXException e) {
                throw new IllegalStateException("cannot compile " + XSD_RESOURCE, e);
            }
        }
    }
}
