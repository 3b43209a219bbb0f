/**
 * The Vhelpi reference server, layered as {@code domain} (the rules), {@code application} (use
 * cases and their transactions), {@code infrastructure} (database, channels, schedules) and {@code
 * interfaces} (the REST API and the customer's pages). Dependencies point inwards only.
 */
package io.vhelpi.server;
