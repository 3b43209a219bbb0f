package io.vhelpi.sdk.transport;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.glassfish.jersey.media.sse.EventInput;
import org.glassfish.jersey.media.sse.InboundEvent;

/**
 * An open stream of server-sent events with JSON data. Read it from one thread; {@link #close()}
 * may come from any thread and ends a blocked read at once.
 */
public final class EventStream implements AutoCloseable {

    /**
     * One named event.
     *
     * @param name the event's name
     * @param data the event's data, JSON text
     */
    public record Event(String name, String data) {}

    private final Response response;
    private final EventInput input;
    private final ObjectMapper mapper;

    EventStream(Response response, EventInput input, ObjectMapper mapper) {
        this.response = response;
        this.input = input;
        this.mapper = mapper;
    }

    /**
     * Waits for the next named event; comments (the server's keep-alive pings) are skipped.
     *
     * @return the event, or empty when the stream ended
     * @throws ProcessingException when the connection broke or went quiet for the read timeout
     */
    public Optional<Event> next() {
        while (true) {
            InboundEvent event = input.read();
            if (event == null) {
                return Optional.empty();
            }
            if (event.getName() == null || event.isEmpty()) {
                continue;
            }
            return Optional.of(new Event(event.getName(), event.readData(String.class)));
        }
    }

    /**
     * Reads an event's JSON data.
     *
     * @param data the JSON text
     * @param type the type to read it as
     * @param <T> the type to read it as
     * @return the value
     * @throws UncheckedIOException when the data is not such JSON
     */
    public <T> T read(String data, Class<T> type) {
        try {
            return mapper.readValue(data, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Closes the stream, aborting the connection; never fails. */
    @Override
    public void close() {
        try {
            input.close();
        } catch (ProcessingException alreadyAborted) {
            // Closing from another thread aborts the connection under a running read; the
            // socket is gone either way, which is all closing is for.
        } finally {
            closeResponse();
        }
    }

    private void closeResponse() {
        try {
            response.close();
        } catch (ProcessingException alreadyAborted) {
            // as above
        }
    }
}
