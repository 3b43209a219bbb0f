/**
 * The data the REST API returns: licenses, sessions with their invitations, and history pages, as
 * immutable records read from JSON. Depends only on the core module; everything else in the SDK may
 * depend on it.
 */
package io.vhelpi.sdk.model;
