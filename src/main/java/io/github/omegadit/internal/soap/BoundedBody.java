/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.internal.soap;

import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects an answer's body into one array, refusing it (and cancelling the exchange, which closes the connection)
 * as soon as more than {@code max} bytes came: memory stays bounded whatever the server sends.
 */
final class BoundedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final long max;
    private byte[] buf;
    private int length;
    private Flow.Subscription subscription;

    BoundedBody(HttpResponse.ResponseInfo info, long max) {
        this.max = Math.min(max, Integer.MAX_VALUE - 16);
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        this.buf = new byte[(int) Math.max(256, Math.min(declared < 0 ? 8192 : declared, Math.min(max, 1 << 20)))];
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer b : items) {
            int n = b.remaining();
            if (length + (long) n > max) {
                subscription.cancel();
                result.completeExceptionally(new ResponseLimitException("answer larger than " + max
                        + " bytes refused"));
                return;
            }
            if (length + n > buf.length) {
                buf = Arrays.copyOf(buf, (int) Math.min(max, Math.max((long) buf.length * 2, length + n)));
            }
            b.get(buf, length, n);
            length += n;
        }
    }

    @Override
    public void onError(Throwable t) {
        result.completeExceptionally(t);
    }

    @Override
    public void onComplete() {
        result.complete(length == buf.length ? buf : Arrays.copyOf(buf, length));
    }
}
