/**
 * Sessions: the live inspection an operator holds with a customer, from invitation to close or
 * expiry, with the join token that lets the customer in. Depends on the license and notification
 * packages only through ids.
 */
package io.vhelpi.server.domain.session;
