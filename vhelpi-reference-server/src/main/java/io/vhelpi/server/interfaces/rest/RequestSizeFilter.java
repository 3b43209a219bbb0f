package io.vhelpi.server.interfaces.rest;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies larger than any request of this API needs (64 KiB) before they are read,
 * with a problem+json answer.
 */
@Provider
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public class RequestSizeFilter implements ContainerRequestFilter {

    /** The largest body accepted, in bytes. */
    public static final long MAX_BODY = 64 * 1024;

    /** The detail of the refusal. */
    static final String DETAIL = "The request body is larger than " + MAX_BODY / 1024 + " KiB.";

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BODY) {
            throw new ApiProblem("payload_too_large", DETAIL);
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedStream(request.getEntityStream()));
        }
    }

    /** Whether {@code error}, or one of its causes, is a body read past the limit. */
    static boolean exceeded(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** Thrown by the body's stream when a reader goes past the limit. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException() {
            super(DETAIL);
        }
    }

    /** A body stream that fails once more than {@link #MAX_BODY} bytes were read from it. */
    private static final class LimitedStream extends FilterInputStream {
        private long read;

        LimitedStream(InputStream body) {
            super(body);
        }

        @Override
        public int read() throws IOException {
            int next = super.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(int bytes) throws IOException {
            read += bytes;
            if (read > MAX_BODY) {
                throw new BodyTooLargeException();
            }
        }
    }
}
