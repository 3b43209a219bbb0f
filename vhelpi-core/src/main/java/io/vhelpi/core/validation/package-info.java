/**
 * Validation of what a claim system sends when it creates an invitation: Hungarian mobile numbers,
 * case numbers, e-mail addresses, external references, and the whole invitation, with error codes
 * and their English and Hungarian messages. Depends on {@code io.vhelpi.core}, its privacy package
 * and libphonenumber.
 */
package io.vhelpi.core.validation;
