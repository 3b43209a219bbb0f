package io.vhelpi.sdk.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The invitation sent to the customer.
 *
 * @param status how far delivery got
 * @param failureReason why delivery failed, or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Invitation(DeliveryStatus status, String failureReason) {}
