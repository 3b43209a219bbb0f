/**
 * The rules shared by the SDK and the reference server, so that one implementation serves both. The
 * root holds the shared vocabulary (the invitation {@link io.vhelpi.core.Channel}); the subpackages
 * hold validation, masking of personal data and display formats. This module depends on nothing of
 * Vhelpi; everything else may depend on it.
 */
package io.vhelpi.core;
