/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import java.io.IOException;
import java.net.URL;
import java.util.MissingResourceException;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

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

    /**
     * Validates one message document (no SOAP envelope) against the XSD. DOCTYPEs are refused. Throws
     * {@link SAXParseException} naming the offending element and line for every violation, including the one for
     * which the JDK 17 built-in validator has no English message text (it would otherwise throw
     * {@link MissingResourceException}, key {@code cvc-complex-type.2.4.d.1}: too many occurrences at the end of a
     * sequence).
     */
    public static void validate(InputSource document) throws SAXException, IOException {
        XMLReader reader = secureReader();
        ValidatorHandler validator = schema().newValidatorHandler();
        ElementTracker tracker = new ElementTracker(reader);
        tracker.setContentHandler(validator);
        validator.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        try {
            tracker.parse(document);
        } catch (MissingResourceException e) {
            throw new SAXParseException("cvc-complex-type.2.4.d: invalid content at " + tracker.event
                    + ": an element occurs more often than allowed or out of order", tracker.locator);
        }
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

    /** Remembers the element being started so a validator failure without message text can still name it. */
    private static final class ElementTracker extends XMLFilterImpl {
        private Locator locator;
        private String event = "start of document";
        private String lastEnded = "";

        ElementTracker(XMLReader parent) {
            super(parent);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
            super.setDocumentLocator(locator);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            event = "element '" + localName + "'";
            super.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            event = "end of element '" + localName + "', after element '" + lastEnded + "'";
            super.endElement(uri, localName, qName);
            lastEnded = localName;
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
