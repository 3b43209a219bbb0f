package io.vhelpi.sdk.transport;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.ext.ContextResolver;

/** The JSON configuration of the SDK: tolerant of fields and enum values it does not know. */
final class JsonMapping implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    JsonMapping(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** A mapper for the REST API's JSON. */
    static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
                // For enums without a default value, such as the core module's Channel.
                .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL);
    }

    /** The same mapper for every type. */
    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
