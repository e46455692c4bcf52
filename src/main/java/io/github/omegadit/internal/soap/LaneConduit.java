/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.cxf.Bus;
import org.apache.cxf.message.Message;
import org.apache.cxf.service.model.EndpointInfo;
import org.apache.cxf.transport.http.Address;
import org.apache.cxf.transport.http.HTTPConduit;
import org.apache.cxf.transport.http.HTTPConduitFactory;
import org.apache.cxf.transport.http.Headers;
import org.apache.cxf.transport.https.HttpsURLConnectionInfo;
import org.apache.cxf.transports.http.configuration.HTTPClientPolicy;
import org.apache.cxf.ws.addressing.EndpointReferenceType;

/**
 * CXF's HTTP conduit SPI on {@link ConnectionLanes}: the request is marshalled into memory (a CreerDIT request is a
 * few KiB), sent in one piece from the calling thread, and the answer read whole, within {@code maxResponseBytes},
 * before CXF parses it. CXF's own JDK-client conduit instead pipes the body through a publisher thread and hands the
 * answer over through the client's executor: on loopback that hand-off costs four times the exchange itself.
 *
 * <p>The properties DitClient relies on are kept: the JDK client never re-sends a POST, this conduit never
 * retransmits (no redirects, no authentication retries), and the wait for the answer ends when the call's watchdog
 * interrupts the caller (the exchange is then cancelled and its connection closed).
 */
final class LaneConduit extends HTTPConduit {

    /** Headers the JDK client sets itself and refuses from callers; case-insensitive, so no lower-casing per call. */
    private static final Set<String> RESTRICTED = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        RESTRICTED.addAll(List.of("connection", "content-length", "expect", "host", "upgrade", "content-type"));
    }

    /** Message key: the call's receive timeout, worked out once from the policy {@code prepare} already has. */
    private static final String RECEIVE_TIMEOUT_MILLIS = LaneConduit.class.getName() + ".receiveTimeoutMillis";

    private final ConnectionLanes lanes;
    private final long maxResponseBytes;

    LaneConduit(Bus bus, EndpointInfo ei, EndpointReferenceType target, ConnectionLanes lanes,
            long maxResponseBytes) throws IOException {
        super(bus, ei, target);
        this.lanes = lanes;
        this.maxResponseBytes = maxResponseBytes;
    }

    /** The factory CXF asks for a conduit, registered as an extension of the client's own bus. */
    static HTTPConduitFactory factory(ConnectionLanes lanes, long maxResponseBytes) {
        return (transport, bus, ei, target) -> new LaneConduit(bus, ei, target, lanes, maxResponseBytes);
    }

    @Override
    protected void setupConnection(Message message, Address address, HTTPClientPolicy policy) {
        message.put(KEY_HTTP_CONNECTION_ADDRESS, address);
        message.put(RECEIVE_TIMEOUT_MILLIS, determineReceiveTimeout(message, policy));
    }

    @Override
    protected OutputStream createOutputStream(Message message, boolean needToCacheRequest, boolean isChunking,
            int chunkThreshold) {
        Address address = (Address) message.get(KEY_HTTP_CONNECTION_ADDRESS);
        return new Exchange(message, address.getURI(), (Integer) message.get(RECEIVE_TIMEOUT_MILLIS));
    }

    /** One request and its answer. */
    private final class Exchange extends WrappedOutputStream {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
        private final int receiveTimeoutMillis;
        private HttpResponse<byte[]> response;

        Exchange(Message message, URI uri, int receiveTimeoutMillis) {
            super(message, false, false, 0, getConduitName(), uri);
            this.receiveTimeoutMillis = receiveTimeoutMillis;
        }

        @Override
        protected void setupWrappedStream() {
            wrappedStream = body;
        }

        @Override
        protected void setProtocolHeaders() {
            // read from the message when the request is built
        }

        @Override
        public void thresholdReached() {
            // never chunks: the body is sent whole
        }

        @Override
        protected void setFixedLengthStreamingMode(int length) {
            // the whole body is in memory: its length is known when it is sent
        }

        /** Sends the request on a lane and waits for the whole answer; the first call does the exchange. */
        private HttpResponse<byte[]> exchange() throws IOException {
            if (response != null) {
                return response;
            }
            HttpRequest request = request();
            ConnectionLanes.Lane lane = lanes.acquire();
            boolean reusable = false;
            CompletableFuture<HttpResponse<byte[]>> future =
                    lane.client.sendAsync(request, info -> new BoundedBody(info, maxResponseBytes));
            try {
                response = future.get();
                reusable = true;
                return response;
            } catch (InterruptedException e) {
                future.cancel(true);
                Thread.currentThread().interrupt();
                InterruptedIOException ie = new InterruptedIOException("interrupted while waiting for the answer");
                ie.initCause(e);
                throw ie;
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IOException(cause.getMessage(), cause);
            } catch (CancellationException e) {
                throw new InterruptedIOException("exchange cancelled");
            } finally {
                lanes.release(lane, reusable);
            }
        }

        private HttpRequest request() {
            HttpRequest.Builder rb = HttpRequest.newBuilder(url)
                    .timeout(Duration.ofMillis(receiveTimeoutMillis > 0 ? receiveTimeoutMillis : Integer.MAX_VALUE))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            Headers h = new Headers(outMessage);
            for (Map.Entry<String, List<String>> e : h.headerMap().entrySet()) {
                if (!RESTRICTED.contains(e.getKey())) {
                    rb.header(e.getKey(), String.join(",", e.getValue()));
                }
            }
            if (!h.headerMap().containsKey("User-Agent")) {
                rb.header("User-Agent", Headers.USER_AGENT);
            }
            rb.header("Content-Type", h.determineContentType());
            return rb.build();
        }

        @Override
        protected int getResponseCode() throws IOException {
            return exchange().statusCode();
        }

        @Override
        protected String getResponseMessage() throws IOException {
            return "HTTP " + exchange().statusCode();
        }

        @Override
        protected void updateResponseHeaders(Message inMessage) throws IOException {
            HttpHeaders headers = exchange().headers();
            new Headers(inMessage).readFromConnection(headers.map());
            inMessage.put(Message.CONTENT_TYPE, headers.firstValue("Content-Type").orElse(null));
        }

        @Override
        protected InputStream getInputStream() throws IOException {
            return new ByteArrayInputStream(exchange().body());
        }

        @Override
        protected InputStream getPartialResponse() throws IOException {
            byte[] b = exchange().body();
            return b.length == 0 ? null : new ByteArrayInputStream(b);
        }

        @Override
        protected void closeInputStream() {
            // the answer was read whole: nothing holds the connection
        }

        @Override
        protected void handleResponseAsync() throws IOException {
            handleResponseOnWorkqueue(true, false);
        }

        @Override
        protected boolean usingProxy() {
            return false;
        }

        @Override
        protected HttpsURLConnectionInfo getHttpsURLConnectionInfo() throws IOException {
            throw new IOException("no trust decider is supported: TLS trust is the client's TlsConfig");
        }

        @Override
        protected void setupNewConnection(String newUrl) throws IOException {
            throw new IOException("retransmission is disabled: a request is sent at most once");
        }

        @Override
        protected void retransmitStream() throws IOException {
            throw new IOException("retransmission is disabled: a request is sent at most once");
        }

        @Override
        protected void updateCookiesBeforeRetransmit() {
            // never retransmits
        }
    }
}
