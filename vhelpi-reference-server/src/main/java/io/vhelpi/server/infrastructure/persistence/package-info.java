/**
 * The database: JPA implementations of the domain repositories, the versioned schema migrations
 * (Flyway, run at deployment) and the demo data of the embedded default.
 */
package io.vhelpi.server.infrastructure.persistence;
