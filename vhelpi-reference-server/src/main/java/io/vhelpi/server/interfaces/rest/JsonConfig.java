package io.vhelpi.server.interfaces.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON output: null members are written out, so every documented field is always present. */
@Provider
public class JsonConfig implements ContextResolver<Jsonb> {

    /** The JSON-B configuration of every answer, also for answers serialised ahead of time. */
    static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
