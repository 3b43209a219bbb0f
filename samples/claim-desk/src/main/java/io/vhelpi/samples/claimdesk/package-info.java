/**
 * The claim desk: a Spring Boot web application with the operator's screens of the manual (sign-in,
 * main screen with the new session form, the open session and the history, waiting screen, session
 * screen), in Hungarian. It talks to Vhelpi only through the auto-configured {@code VhelpiClient}.
 */
package io.vhelpi.samples.claimdesk;
