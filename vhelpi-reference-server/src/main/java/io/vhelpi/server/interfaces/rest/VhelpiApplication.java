package io.vhelpi.server.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The JAX-RS application at the root of the deployment: the API under {@code /api/v1}, the join
 * page under {@code /j} and, on the embedded default, the dev outbox under {@code /dev}.
 */
@ApplicationPath("/")
public class VhelpiApplication extends Application {}
