/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.protocol.Operation;
import jakarta.xml.ws.soap.SOAPFaultException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import javax.net.ssl.SSLHandshakeException;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.transport.http.HTTPException;

/**
 * Turns whatever CXF and the JDK threw into a {@link DitServiceException} that says what happened and whether the
 * request may have reached OMEGA, without CXF internals in the message.
 */
final class FailureTranslator {

    private FailureTranslator() {}

    /**
     * @param deadlineFired true when the call's deadline watchdog interrupted it
     * @param httpStatus    the status of the HTTP answer when one was read, else 0
     * @param contentType   the content type of the HTTP answer when one was read, else {@code null}
     */
    static DitServiceException translate(Operation op, String numeroDemande, Throwable t, boolean deadlineFired,
            int httpStatus, String contentType) {
        if (deadlineFired || hasCause(t, DeadlineExceededException.class)) {
            return new DitServiceException(op, numeroDemande, Failure.DEADLINE_EXCEEDED, httpStatus,
                    "no complete answer before the call deadline", t);
        }
        Failure failure = null;
        String detail = null;
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof SOAPFaultException f) {
                failure = Failure.SOAP_FAULT;
                detail = "SOAP fault " + f.getFault().getFaultCode() + ": " + f.getFault().getFaultString();
                break;
            }
            // a SoapFault with a cause is CXF's own report of an unreadable answer, not OMEGA's fault
            if (c instanceof SoapFault f && f.getCause() == null) {
                failure = Failure.SOAP_FAULT;
                detail = "SOAP fault " + (f.getFaultCode() == null ? "" : f.getFaultCode().getLocalPart()) + ": "
                        + f.getReason();
                break;
            }
            if (c instanceof HttpConnectTimeoutException) {
                failure = Failure.CONNECT_TIMEOUT;
                detail = "no connection within the connect timeout";
                break;
            }
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof NoRouteToHostException || c instanceof UnresolvedAddressException) {
                failure = Failure.CONNECT_FAILED;
                detail = "cannot connect: " + simpleMessage(c);
                break;
            }
            if (c instanceof SSLHandshakeException) {
                failure = Failure.TLS_HANDSHAKE_FAILED;
                detail = TlsDiagnosis.explain((SSLHandshakeException) c);
                break;
            }
            if (c instanceof HttpTimeoutException || c instanceof SocketTimeoutException) {
                failure = Failure.RECEIVE_TIMEOUT;
                detail = "no answer within the receive timeout";
                break;
            }
            if (c instanceof ResponseLimitException) {
                failure = Failure.RESPONSE_REJECTED;
                detail = c.getMessage();
                break;
            }
            if (c instanceof HTTPException h) {
                failure = Failure.HTTP_ERROR;
                httpStatus = h.getResponseCode();
                detail = "HTTP status " + h.getResponseCode();
                break;
            }
            if (isLimitViolation(c)) {
                failure = Failure.RESPONSE_REJECTED;
                detail = "answer refused: " + simpleMessage(c);
                break;
            }
        }
        if (failure == null) {
            if (httpStatus >= 400 || (contentType != null && !isXml(contentType))) {
                failure = httpStatus >= 400 ? Failure.HTTP_ERROR : Failure.MALFORMED_RESPONSE;
                detail = "answer is not a SOAP message (content type " + contentType + ")";
            } else if (hasCause(t, XMLStreamException.class) || hasCause(t, jakarta.xml.bind.JAXBException.class)
                    || isUnmarshalFault(t)) {
                failure = Failure.MALFORMED_RESPONSE;
                detail = "answer is not a well-formed CreerDIT message: " + simpleMessage(rootCause(t));
            } else if (hasCause(t, IOException.class)) {
                failure = httpStatus > 0 ? Failure.MALFORMED_RESPONSE : Failure.CONNECTION_LOST;
                detail = (httpStatus > 0 ? "answer broken off: " : "connection lost: ") + simpleMessage(rootCause(t));
            } else {
                failure = Failure.MALFORMED_RESPONSE;
                detail = "unexpected answer: " + simpleMessage(rootCause(t));
            }
        }
        return new DitServiceException(op, numeroDemande, failure, httpStatus, detail, t);
    }

    private static boolean isXml(String contentType) {
        String ct = contentType.toLowerCase(java.util.Locale.ROOT);
        return ct.contains("xml");
    }

    private static boolean isLimitViolation(Throwable c) {
        String m = c.getMessage();
        if (m == null) {
            return false;
        }
        String cls = c.getClass().getName();
        return (c instanceof XMLStreamException || cls.startsWith("com.ctc.wstx") || cls.contains("DepthExceeded"))
                && (m.contains("limit") || m.contains("Maximum") || m.contains("maximum") || m.contains("exceed")
                    || m.contains("DOCTYPE") || m.contains("DTD") || m.contains("entity"));
    }

    private static boolean isUnmarshalFault(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = c.getMessage();
            if (m != null && (m.contains("Unmarshalling Error") || m.contains("Unexpected wrapper element")
                    || m.contains("Message part") || m.contains("unexpected element"))) {
                return true;
            }
        }
        return false;
    }

    static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c) {
            c = c.getCause();
        }
        return c;
    }

    private static String simpleMessage(Throwable c) {
        String m = c.getMessage();
        String text = c.getClass().getSimpleName() + (m == null ? "" : ": " + m);
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
