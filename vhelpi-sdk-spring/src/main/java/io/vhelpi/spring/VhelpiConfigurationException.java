package io.vhelpi.spring;

/**
 * The {@code vhelpi.*} properties do not describe a usable client: a required property is missing
 * or a value is invalid. Thrown while the application starts; the message names the property.
 */
public class VhelpiConfigurationException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong and which property to set
     */
    public VhelpiConfigurationException(String message) {
        super(message);
    }

    /**
     * Creates the exception for an invalid value the SDK refused.
     *
     * @param message what is wrong and which property to check
     * @param cause the SDK's refusal
     */
    public VhelpiConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
