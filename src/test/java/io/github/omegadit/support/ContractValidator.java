/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.support;

import io.github.omegadit.internal.wire.Contract;
import java.io.IOException;
import java.util.MissingResourceException;
import javax.xml.validation.ValidatorHandler;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/** Validates message documents against the bundled XSD, for tests (the shipped code validates while parsing). */
public final class ContractValidator {

    private ContractValidator() {}

    /**
     * Validates one message document (no SOAP envelope) against the XSD. DOCTYPEs are refused. Throws
     * {@link SAXParseException} naming the offending element and line for every violation, including the one for
     * which the JDK 17 built-in validator has no English message text (it would otherwise throw
     * {@link MissingResourceException}, key {@code cvc-complex-type.2.4.d.1}: too many occurrences at the end of a
     * sequence).
     */
    public static void validate(InputSource document) throws SAXException, IOException {
        XMLReader reader = Contract.secureReader();
        ValidatorHandler validator = Contract.schema().newValidatorHandler();
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
}
