/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.wire;

import static io.github.omegadit.internal.wire.ServerCodec.SOAP11;
import static io.github.omegadit.internal.wire.ServerCodec.SOAP12;

import io.github.omegadit.internal.wire.ServerCodec.Fault;
import io.github.omegadit.protocol.Operation;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.JAXBIntrospector;
import jakarta.xml.bind.UnmarshallerHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import org.xml.sax.helpers.NamespaceSupport;

/**
 * Reads one SOAP 1.1 request in one streaming pass: the contract's secure SAX reader (DOCTYPE refused, so no entity is
 * ever expanded or fetched) walks Envelope / Header / Body and feeds the Body's element to the XSD validator, which
 * feeds the JAXB unmarshaller: the request is validated while it is unmarshalled. Each thread keeps its reader,
 * validator and unmarshaller for the next request (creating them, a JAXP factory lookup on the class path, cost ten
 * times the parse); they are dropped after any failure.
 */
final class EnvelopeReader {

    private static final Map<String, Operation> OPERATIONS = Map.of(
            "RequeteWSVerifierRecevabiliteDIT", Operation.VERIFIER_RECEVABILITE_DIT,
            "RequeteWSCreerDIT", Operation.CREER_DEMANDE_DIT,
            "RequeteWSProposerDatePlage", Operation.PROPOSER_DATE_PLAGE,
            "RequeteWSDemanderPrecSuiv", Operation.DEMANDER_PREC_SUIV,
            "RequeteWSAccepterRdv", Operation.ACCEPTER_RDV,
            "RequeteWSAbandonnerRdv", Operation.ABANDONNER_RDV,
            "RequeteWSAbandonnerDemande", Operation.ABANDONNER_DEMANDE);

    /** A thread's reader, validator and unmarshaller, chained once; dropped after any failure. */
    private static final class Parts {
        final XMLReader reader;
        final UnmarshallerHandler unmarshaller;
        final EnvelopeHandler handler;

        Parts() {
            try {
                unmarshaller = Jaxb.context().createUnmarshaller().getUnmarshallerHandler();
                reader = Contract.secureReader();
            } catch (JAXBException | SAXException e) {
                throw new IllegalStateException("cannot set up the XML reader", e);
            }
            handler = new EnvelopeHandler(Contract.schema().newValidatorHandler(), unmarshaller);
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
        }
    }

    private static final ThreadLocal<Parts> PARTS = ThreadLocal.withInitial(Parts::new);

    private EnvelopeReader() {}

    /** Parses, validates and unmarshals one request envelope. */
    static Request read(byte[] body) throws Fault {
        Parts parts = PARTS.get();
        boolean ok = false;
        try {
            Request r = read(parts, body);
            ok = true;
            return r;
        } finally {
            if (!ok) {
                PARTS.remove();
            }
        }
    }

    private static Request read(Parts parts, byte[] body) throws Fault {
        EnvelopeHandler handler = parts.handler;
        handler.reset();
        try {
            parts.reader.parse(new InputSource(new ByteArrayInputStream(body)));
        } catch (FaultCarrier c) {
            throw c.fault;
        } catch (SAXParseException e) {
            String where = " (line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ")";
            if (handler.validating) {
                throw new Fault("soap:Client", "request does not match the CreerDIT schema" + where + ": "
                        + e.getMessage());
            }
            throw new Fault("soap:Client", "malformed or forbidden XML" + where + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            throw new Fault("soap:Client", "unreadable request: " + e.getMessage());
        } catch (MissingResourceException e) {
            // the JDK 17 validator has no text for one content error; name the element ourselves
            throw new Fault("soap:Client", "request does not match the CreerDIT schema: invalid content at element '"
                    + handler.lastElement + "': an element occurs more often than allowed or out of order");
        } catch (RuntimeException e) {
            throw new Fault("soap:Client", "request cannot be read as " + handler.operation + ": " + e);
        }
        if (handler.operation == null) {
            throw new Fault("soap:Client", "the SOAP Body holds no CreerDIT request element");
        }
        try {
            return Requests.fromWire(JAXBIntrospector.getValue(parts.unmarshaller.getResult()));
        } catch (JAXBException | IllegalStateException | IllegalArgumentException e) {
            throw new Fault("soap:Client", "request cannot be read as " + handler.operation + ": " + e);
        }
    }

    /** Carries a {@link Fault} out of a SAX callback, which may only throw {@link SAXException}. */
    private static final class FaultCarrier extends SAXException {
        private static final long serialVersionUID = 1L;
        final transient Fault fault;

        FaultCarrier(Fault fault) {
            super(fault.getMessage());
            this.fault = fault;
        }
    }

    /**
     * Walks Envelope / Header / Body and forwards the Body's single element, as a document of its own, to the schema
     * validator, which forwards it to the JAXB unmarshaller.
     */
    private static final class EnvelopeHandler extends DefaultHandler {
        private final ValidatorHandler validator;
        private final NamespaceSupport namespaces = new NamespaceSupport();
        private final List<String[]> pendingPrefixes = new ArrayList<>();
        private final List<String> forwardedPrefixes = new ArrayList<>();
        private Locator locator;
        private int depth;
        private boolean inBody;
        private int payloadDepth;
        private boolean payloadDone;
        boolean validating;
        Operation operation;
        String lastElement = "";

        /** Ready for the next document. */
        void reset() {
            namespaces.reset();
            pendingPrefixes.clear();
            forwardedPrefixes.clear();
            locator = null;
            depth = 0;
            inBody = false;
            payloadDepth = 0;
            payloadDone = false;
            validating = false;
            operation = null;
            lastElement = "";
        }

        EnvelopeHandler(ValidatorHandler validator, UnmarshallerHandler unmarshaller) {
            this.validator = validator;
            validator.setContentHandler(unmarshaller);
            validator.setErrorHandler(this);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            if (payloadDepth > 0) {
                validator.startPrefixMapping(prefix, uri);
            } else {
                pendingPrefixes.add(new String[] {prefix, uri});
            }
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            if (payloadDepth > 0) {
                validator.endPrefixMapping(prefix);
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            depth++;
            lastElement = localName;
            if (payloadDepth > 0) {
                payloadDepth++;
                validator.startElement(uri, localName, qName, atts);
                return;
            }
            namespaces.pushContext();
            for (String[] p : pendingPrefixes) {
                namespaces.declarePrefix(p[0], p[1]);
            }
            pendingPrefixes.clear();
            if (depth == 1) {
                if (SOAP12.equals(uri) && "Envelope".equals(localName)) {
                    throw fault("soap:VersionMismatch", "SOAP 1.2 envelope received: this service speaks SOAP 1.1 ("
                            + SOAP11 + ")");
                }
                if (!SOAP11.equals(uri) || !"Envelope".equals(localName)) {
                    throw fault("soap:Client", "expected a SOAP 1.1 Envelope, got {" + uri + "}" + localName);
                }
            } else if (depth == 2) {
                if (SOAP11.equals(uri) && "Body".equals(localName)) {
                    inBody = true;
                } else if (!(SOAP11.equals(uri) && "Header".equals(localName))) {
                    throw fault("soap:Client", "unexpected element {" + uri + "}" + localName
                            + " in the SOAP Envelope");
                }
            } else if (depth == 3 && inBody) {
                if (payloadDone) {
                    throw fault("soap:Client", "the SOAP Body must hold exactly one element, found another: "
                            + localName);
                }
                Operation op = Contract.NAMESPACE.equals(uri) ? OPERATIONS.get(localName) : null;
                if (op == null) {
                    throw fault("soap:Client", "unknown operation: the SOAP Body holds {" + uri + "}" + localName
                            + ", not a CreerDIT request element of namespace " + Contract.NAMESPACE);
                }
                operation = op;
                startPayload(uri, localName, qName, atts);
            }
        }

        private void startPayload(String uri, String localName, String qName, Attributes atts) throws SAXException {
            validating = true;
            payloadDepth = 1;
            if (locator != null) {
                validator.setDocumentLocator(locator);
            }
            validator.startDocument();
            Enumeration<?> prefixes = namespaces.getPrefixes();
            while (prefixes.hasMoreElements()) {
                String prefix = (String) prefixes.nextElement();
                forward(prefix, namespaces.getURI(prefix));
            }
            String defaultUri = namespaces.getURI("");
            if (defaultUri != null) {
                forward("", defaultUri);
            }
            validator.startElement(uri, localName, qName, atts);
        }

        private void forward(String prefix, String uri) throws SAXException {
            if (uri != null && !"xml".equals(prefix)) {
                validator.startPrefixMapping(prefix, uri);
                forwardedPrefixes.add(prefix);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            depth--;
            if (payloadDepth > 0) {
                validator.endElement(uri, localName, qName);
                payloadDepth--;
                if (payloadDepth == 0) {
                    for (String prefix : forwardedPrefixes) {
                        validator.endPrefixMapping(prefix);
                    }
                    validator.endDocument();
                    validating = false;
                    payloadDone = true;
                    namespaces.popContext();
                }
                return;
            }
            namespaces.popContext();
            if (depth == 1 && inBody) {
                inBody = false;
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            if (payloadDepth > 0) {
                validator.characters(ch, start, length);
            }
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            if (payloadDepth > 0) {
                validator.ignorableWhitespace(ch, start, length);
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            if (payloadDepth > 0) {
                validator.processingInstruction(target, data);
            }
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        private static FaultCarrier fault(String code, String message) {
            return new FaultCarrier(new Fault(code, message));
        }
    }
}
