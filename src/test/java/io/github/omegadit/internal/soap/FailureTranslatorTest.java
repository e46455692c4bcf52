/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.omegadit.error.DitServiceException;
import io.github.omegadit.error.DitServiceException.Failure;
import io.github.omegadit.protocol.Operation;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.ws.WebServiceException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLHandshakeException;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.apache.cxf.binding.soap.SoapFault;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.staxutils.DepthExceededStaxException;
import org.apache.cxf.transport.http.HTTPException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The failure a caller gets for each way a call can go wrong, as CXF and the JDK report it: the exception chains
 * below are the ones a CreerDIT client sees (captured from real calls against WireMock, the simulator and a TLS
 * server), plus the ones loopback cannot produce (unknown host, no route). The kind decides what the caller may do
 * ({@link DitServiceException#mayHaveBeenReceived()}, {@link DitServiceException#retrySafe()}); the message is what
 * an operator reads.
 */
class FailureTranslatorTest {

    static final Operation OP = Operation.VERIFIER_RECEVABILITE_DIT;
    static final String URL = "http://127.0.0.1:8080/omega/CreerDIT";
    static final QName SERVER = new QName("http://schemas.xmlsoap.org/soap/envelope/", "Server");

    /** How CXF's JAX-WS proxy wraps what its conduit threw. */
    static WebServiceException notSent(Throwable cause) {
        return new WebServiceException("Could not send Message.", cause);
    }

    /** How CXF reports a failure while it reads the answer. */
    static WebServiceException reading(Throwable cause) {
        return new WebServiceException(cause.toString(), cause);
    }

    /** CXF's own fault for an answer it could not read: a SoapFault that has a cause. */
    static SoapFault unreadable(Throwable cause) {
        return new SoapFault("Error reading XMLStreamReader: " + cause.getMessage(), cause, SERVER);
    }

    static IOException invoking(IOException cause) {
        IOException e = new IOException("IOException invoking " + URL + ": " + cause.getMessage());
        e.initCause(cause);
        return e;
    }

    static DitServiceException translate(Throwable t, int status, String contentType) {
        return FailureTranslator.translate(OP, null, t, false, status, contentType);
    }

    record Case(String name, Throwable thrown, int status, String contentType, Failure failure, int httpStatus,
            String detail) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        IOException reset = new IOException("HTTP/1.1 header parser received no bytes",
                new SocketException("Connection reset"));
        return Stream.of(
                new Case("SOAP fault from OMEGA, HTTP 500",
                        reading(new SoapFault("OMEGA indisponible", SERVER)), 500, "text/xml",
                        Failure.SOAP_FAULT, 500, "SOAP fault Server: OMEGA indisponible"),
                new Case("SOAP fault from OMEGA, HTTP 200", reading(new SoapFault("requete invalide",
                        new QName("http://schemas.xmlsoap.org/soap/envelope/", "Client"))), 200, "text/xml",
                        Failure.SOAP_FAULT, 200, "SOAP fault Client: requete invalide"),
                new Case("SOAP fault without a fault code", reading(new SoapFault("sans code", (QName) null)),
                        500, "text/xml", Failure.SOAP_FAULT, 500, "SOAP fault : sans code"),
                new Case("truncated XML", reading(unreadable(new XMLStreamException(
                        "Unexpected EOF in attribute value"))), 200, "text/xml; charset=UTF-8",
                        Failure.MALFORMED_RESPONSE, 200, "answer is not a well-formed CreerDIT message:"
                                + " XMLStreamException: Unexpected EOF in attribute value"),
                new Case("XML the contract does not know", reading(new Fault(new UnmarshalException(
                        "unexpected element (uri:\"urn:x\", local:\"Date\")"))), 200, "TEXT/XML",
                        Failure.MALFORMED_RESPONSE, 200, "answer is not a well-formed CreerDIT message:"
                                + " UnmarshalException: unexpected element (uri:\"urn:x\", local:\"Date\")"),
                new Case("a body part the WSDL does not declare", reading(new Fault(new WebServiceException(
                        "Message part {urn:x}Foo was not recognized.  (Does it exist in service WSDL?)"))), 200,
                        "text/xml", Failure.MALFORMED_RESPONSE, 200, "answer is not a well-formed CreerDIT message:"
                                + " WebServiceException: Message part {urn:x}Foo was not recognized."),
                new Case("HTML page with 200", reading(new Fault(new WebServiceException(
                        "Response was of unexpected text/html ContentType."))), 200, "text/html",
                        Failure.MALFORMED_RESPONSE, 200, "answer is not a SOAP message (content type text/html)"),
                new Case("JSON with 200", reading(new Fault(new WebServiceException(
                        "Response was of unexpected application/json ContentType."))), 200, "application/json",
                        Failure.MALFORMED_RESPONSE, 200,
                        "answer is not a SOAP message (content type application/json)"),
                new Case("HTML page with 500", reading(new Fault(new WebServiceException(
                        "Response was of unexpected text/html ContentType."))), 500, "text/html",
                        Failure.HTTP_ERROR, 500, "answer is not a SOAP message (content type text/html)"),
                new Case("HTML page with 400", reading(new Fault(new WebServiceException(
                        "Response was of unexpected text/html ContentType."))), 400, "text/html",
                        Failure.HTTP_ERROR, 400, "answer is not a SOAP message (content type text/html)"),
                new Case("XML that is no SOAP envelope, HTTP 400", reading(unreadable(new XMLStreamException(
                        "Unexpected element {urn:x}erreur"))), 400, "text/xml", Failure.HTTP_ERROR, 400,
                        "answer is not a SOAP message (content type text/xml)"),
                new Case("an answer of the wrong call", new WebServiceException("Could not read the answer.",
                        new Fault(new IllegalStateException("Unexpected wrapper element {urn:x}ReponseWSAccepterRdv"
                                + " found."))), 200, "text/xml",
                        Failure.MALFORMED_RESPONSE, 200, "answer is not a well-formed CreerDIT message:"
                                + " IllegalStateException: Unexpected wrapper element {urn:x}ReponseWSAccepterRdv"),
                new Case("a field JAXB cannot read", reading(new Fault(new IllegalStateException(
                        "Unmarshalling Error: Date"))), 200, "text/xml", Failure.MALFORMED_RESPONSE, 200,
                        "answer is not a well-formed CreerDIT message: IllegalStateException: Unmarshalling Error"),
                new Case("an element the contract does not know, outside JAXB", reading(new Fault(
                        new IllegalStateException("unexpected element Foo"))), 200, "text/xml",
                        Failure.MALFORMED_RESPONSE, 200, "answer is not a well-formed CreerDIT message:"
                                + " IllegalStateException: unexpected element Foo"),
                new Case("empty 500", reading(new Fault(new WebServiceException("no content"))), 500, null,
                        Failure.HTTP_ERROR, 500, "answer is not a SOAP message (content type null)"),
                new Case("503 without SOAP", notSent(httpException(503)), 0, null, Failure.HTTP_ERROR, 503,
                        "HTTP status 503"),
                new Case("DOCTYPE", reading(unreadable(new XMLStreamException(
                        "Received event DTD, instead of START_ELEMENT or END_ELEMENT."))), 200, "text/xml",
                        Failure.RESPONSE_REJECTED, 200, "answer refused: XMLStreamException: Received event DTD,"
                                + " instead of START_ELEMENT or END_ELEMENT."),
                new Case("nesting past the parser's limit", reading(unreadable(new XMLStreamException(
                        "Maximum Element Depth limit (32) Exceeded"))), 200, "text/xml", Failure.RESPONSE_REJECTED,
                        200, "answer refused: XMLStreamException: Maximum Element Depth limit (32) Exceeded"),
                new Case("CXF's own depth limit", reading(new Fault(new DepthExceededStaxException(
                        "Maximum element depth exceeded"))), 200, "text/xml", Failure.RESPONSE_REJECTED, 200,
                        "answer refused: DepthExceededStaxException: Maximum element depth exceeded"),
                new Case("answer over the size limit", notSent(new ResponseLimitException(
                        "answer larger than 1048576 bytes refused")), 0, null, Failure.RESPONSE_REJECTED, 0,
                        "answer larger than 1048576 bytes refused"),
                new Case("connection reset", notSent(invoking(reset)), 0, null, Failure.CONNECTION_LOST, 0,
                        "connection lost: SocketException: Connection reset"),
                new Case("empty response", notSent(invoking(new IOException("HTTP/1.1 header parser received no"
                        + " bytes", new EOFException("EOF reached while reading")))), 0, null,
                        Failure.CONNECTION_LOST, 0, "connection lost: EOFException: EOF reached while reading"),
                new Case("an I/O failure without a message", notSent(new IOException()), 0, null,
                        Failure.CONNECTION_LOST, 0, "connection lost: IOException"),
                new Case("answer broken off after its status line", reading(new IOException("chunked stream ended"
                        + " unexpectedly")), 200, "text/xml", Failure.MALFORMED_RESPONSE, 200,
                        "answer broken off: IOException: chunked stream ended unexpectedly"),
                new Case("connection refused", notSent(connectRefused()), 0, null, Failure.CONNECT_FAILED, 0,
                        "cannot connect: ConnectException: ConnectException invoking " + URL + ": null"),
                new Case("unknown host", notSent(new UnknownHostException("omega.example")), 0, null,
                        Failure.CONNECT_FAILED, 0, "cannot connect: UnknownHostException: omega.example"),
                new Case("no route to host", notSent(new NoRouteToHostException("No route to host")), 0, null,
                        Failure.CONNECT_FAILED, 0, "cannot connect: NoRouteToHostException: No route to host"),
                new Case("unresolved address", notSent(new IOException(new UnresolvedAddressException())), 0,
                        null, Failure.CONNECT_FAILED, 0, "cannot connect: UnresolvedAddressException"),
                new Case("connect timeout", notSent(new HttpConnectTimeoutException("HTTP connect timed out")), 0,
                        null, Failure.CONNECT_TIMEOUT, 0, "no connection within the connect timeout"),
                new Case("receive timeout", notSent(new HttpTimeoutException("request timed out")), 0, null,
                        Failure.RECEIVE_TIMEOUT, 0, "no answer within the receive timeout"),
                new Case("socket read timeout", notSent(new SocketTimeoutException("Read timed out")), 0, null,
                        Failure.RECEIVE_TIMEOUT, 0, "no answer within the receive timeout"),
                new Case("TLS handshake", notSent(new SSLHandshakeException("Received fatal alert:"
                        + " bad_certificate")), 0, null, Failure.TLS_HANDSHAKE_FAILED, 0,
                        "the server refused our client certificate"),
                new Case("empty 202", new NullPointerException("the answer is null"), 0, null,
                        Failure.MALFORMED_RESPONSE, 0, "unexpected answer: NullPointerException: the answer is null"))
                .map(c -> Arguments.of(c));
    }

    static HTTPException httpException(int status) {
        try {
            return new HTTPException(status, "HTTP " + status, URI.create(URL).toURL());
        } catch (java.net.MalformedURLException e) {
            throw new AssertionError(e);
        }
    }

    static ConnectException connectRefused() {
        ConnectException outer = new ConnectException("ConnectException invoking " + URL + ": null");
        ConnectException inner = new ConnectException();
        inner.initCause(new java.nio.channels.ClosedChannelException());
        outer.initCause(inner);
        return outer;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFailure_getsItsKind_status_andAMessageWithoutCxfInternals(Case c) {
        DitServiceException e = translate(c.thrown(), c.status(), c.contentType());

        assertThat(e.failure()).as(e.getMessage()).isEqualTo(c.failure());
        assertThat(e.httpStatus()).isEqualTo(c.httpStatus());
        assertThat(e.getMessage()).startsWith("VerifierRecevabiliteDIT failed (" + c.failure()
                + (c.httpStatus() > 0 ? ", HTTP " + c.httpStatus() : "") + "): ").contains(c.detail())
                .doesNotContain("org.apache.cxf");
        assertThat(e.getCause()).isSameAs(c.thrown());
        assertThat(e.operation()).isEqualTo(OP);
    }

    @Nested
    class WhatTheCallerMayDo {

        @Test
        void failuresBeforeTheRequestLeft_areNotReceived_andSafeToRetry_evenForACreation() {
            for (Throwable t : List.of(notSent(connectRefused()), notSent(new UnknownHostException("omega.example")),
                    notSent(new HttpConnectTimeoutException("HTTP connect timed out")),
                    notSent(new SSLHandshakeException("bad_certificate")))) {
                DitServiceException e = FailureTranslator.translate(Operation.CREER_DEMANDE_DIT, null, t, false, 0,
                        null);
                assertThat(e.mayHaveBeenReceived()).as(e.getMessage()).isFalse();
                assertThat(e.retrySafe()).as(e.getMessage()).isTrue();
            }
        }

        @Test
        void aFailureAfterTheRequestLeft_isRetrySafeOnlyForAnIdempotentCall() {
            Throwable reset = notSent(invoking(new IOException("reset", new SocketException("Connection reset"))));
            assertThat(FailureTranslator.translate(Operation.DEMANDER_PREC_SUIV, "DIT1", reset, false, 0, null)
                    .retrySafe()).isTrue();
            DitServiceException creation = FailureTranslator.translate(Operation.CREER_DEMANDE_DIT, null, reset,
                    false, 0, null);
            assertThat(creation.mayHaveBeenReceived()).isTrue();
            assertThat(creation.retrySafe()).isFalse();
        }
    }

    @Nested
    class Deadline {

        @Test
        void whenTheWatchdogFired_theDeadlineWins_overWhatTheInterruptCaused() {
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the answer");
            interrupted.initCause(new InterruptedException());

            DitServiceException e = FailureTranslator.translate(OP, "DIT1", notSent(interrupted), true, 0, null);

            assertThat(e.failure()).isEqualTo(Failure.DEADLINE_EXCEEDED);
            assertThat(e.numeroDemande()).contains("DIT1");
            assertThat(e.getMessage()).contains("no complete answer before the call deadline");
        }

        @Test
        void aReadStoppedByTheDeadline_isDeadlineExceeded_evenIfTheWatchdogHadNotFiredYet() {
            DitServiceException e = translate(reading(unreadable(new DeadlineExceededException())), 200,
                    "text/xml");

            assertThat(e.failure()).isEqualTo(Failure.DEADLINE_EXCEEDED);
            assertThat(e.httpStatus()).isEqualTo(200);
        }
    }

    @Nested
    class MessageLength {

        @Test
        void aCauseTextOf300Characters_isKeptWhole() {
            String text = "x".repeat(300 - "IOException: ".length());

            assertThat(translate(notSent(new IOException(text)), 0, null).getMessage())
                    .endsWith("connection lost: IOException: " + text);
        }

        @Test
        void aLongerCauseText_isCutAt300Characters() {
            String text = "y".repeat(5000);

            String message = translate(notSent(new IOException(text)), 0, null).getMessage();

            assertThat(message).endsWith("connection lost: IOException: " + "y".repeat(300 - 13) + "…");
        }
    }
}
