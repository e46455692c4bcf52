/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.homologation;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP/1.1 GET on a socket already connected (and, for https, already through its handshake), read to the end:
 * the doctor's probe, which must see each step (connect, handshake, first read) apart, so no HTTP client library
 * hides them. Bounded: the answer is cut at {@code maxBytes}.
 *
 * @param status  the status code
 * @param headers the headers, names in lower case (the last one wins)
 * @param body    the body, de-chunked
 */
public record HttpGet(int status, Map<String, String> headers, byte[] body) {

    /** Sends {@code GET uri} with {@code Connection: close} and reads the answer. */
    public static HttpGet send(Socket socket, URI uri, int maxBytes) throws IOException {
        String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        String host = uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nAccept: */*\r\nUser-Agent: omega-dit doctor"
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        InputStream in = new BufferedInputStream(socket.getInputStream());
        String statusLine = line(in);
        if (statusLine == null || !statusLine.startsWith("HTTP/")) {
            throw new IOException("not an HTTP answer: " + (statusLine == null ? "connection closed"
                    : "'" + statusLine.substring(0, Math.min(60, statusLine.length())) + "'"));
        }
        String[] parts = statusLine.split(" ", 3);
        int status;
        try {
            status = Integer.parseInt(parts.length > 1 ? parts[1] : "");
        } catch (NumberFormatException e) {
            throw new IOException("bad HTTP status line '" + statusLine + "'", e);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(in); h != null && !h.isEmpty(); h = line(in)) {
            int colon = h.indexOf(':');
            if (colon > 0) {
                headers.put(h.substring(0, colon).trim().toLowerCase(Locale.ROOT), h.substring(colon + 1).trim());
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            for (String size = line(in); size != null; size = line(in)) {
                int n = Integer.parseInt(size.split(";", 2)[0].trim(), 16);
                if (n == 0) {
                    break;
                }
                copy(in, body, n, maxBytes);
                line(in);
            }
        } else if (headers.containsKey("content-length")) {
            copy(in, body, Long.parseLong(headers.get("content-length")), maxBytes);
        } else {
            copy(in, body, Long.MAX_VALUE, maxBytes);
        }
        return new HttpGet(status, headers, body.toByteArray());
    }

    private static void copy(InputStream in, ByteArrayOutputStream out, long n, int max) throws IOException {
        byte[] buf = new byte[8192];
        long left = n;
        while (left > 0) {
            int r = in.read(buf, 0, (int) Math.min(buf.length, left));
            if (r < 0) {
                return;
            }
            if (out.size() + r > max) {
                throw new IOException("answer larger than " + max + " bytes");
            }
            out.write(buf, 0, r);
            left -= r;
        }
    }

    /** A line ending with CRLF (or LF), without it; {@code null} at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                int n = sb.length();
                return n > 0 && sb.charAt(n - 1) == '\r' ? sb.substring(0, n - 1) : sb.toString();
            }
            if (sb.length() > 16 * 1024) {
                throw new IOException("HTTP header line longer than 16 KiB");
            }
            sb.append((char) c);
        }
        return sb.length() == 0 ? null : sb.toString();
    }
}
