/**
 * The Actuator health of the connection to the Vhelpi server: reachable, and the API key accepted.
 * Auto-configured when Spring Boot's health module is present. Depends on the SDK and Spring Boot's
 * health module; nothing else in the module depends on it.
 */
package io.vhelpi.spring.health;
