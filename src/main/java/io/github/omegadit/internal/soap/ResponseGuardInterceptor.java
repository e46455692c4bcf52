/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;

/**
 * First look at every answer: records its HTTP status and content type for failure reports, and caps its size so a
 * huge or endless body is refused after {@code maxBytes} with bounded memory.
 */
final class ResponseGuardInterceptor extends AbstractPhaseInterceptor<Message> {

    private final long maxBytes;

    ResponseGuardInterceptor(long maxBytes) {
        super(Phase.RECEIVE);
        this.maxBytes = maxBytes;
    }

    @Override
    public void handleMessage(Message message) {
        CallContext ctx = CallRunner.CURRENT.get();
        Object code = message.get(Message.RESPONSE_CODE);
        Object type = message.get(Message.CONTENT_TYPE);
        if (ctx != null) {
            ctx.httpStatus = code instanceof Integer status ? status : 0;
            ctx.contentType = type == null ? null : type.toString();
        }
        InputStream in = message.getContent(InputStream.class);
        if (in != null) {
            Capped capped = new Capped(in, maxBytes, ctx == null ? Long.MAX_VALUE : ctx.deadlineNanos());
            message.setContent(InputStream.class, capped);
            if (ctx != null) {
                ctx.answerStream(capped);
            }
        }
    }

    /** Fails the read once more than {@code max} bytes came, or once the call's deadline has passed. */
    static final class Capped extends FilterInputStream {
        private final long max;
        private final long deadlineNanos;
        private long count;
        private volatile boolean closed;

        Capped(InputStream in, long max, long deadlineNanos) {
            super(in);
            this.max = max;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }

        @Override
        public int read() throws IOException {
            checkDeadline();
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            checkDeadline();
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void checkDeadline() throws IOException {
            if (System.nanoTime() - deadlineNanos >= 0 || closed) {
                throw new DeadlineExceededException();
            }
        }

        private void count(int n) throws IOException {
            checkDeadline();
            count += n;
            if (count > max) {
                throw new ResponseLimitException("answer larger than " + max + " bytes refused");
            }
        }
    }
}
