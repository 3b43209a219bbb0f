/** Work the server does on its own, on a schedule: expiring idle sessions, retrying invitations. */
package io.vhelpi.server.infrastructure.scheduling;
