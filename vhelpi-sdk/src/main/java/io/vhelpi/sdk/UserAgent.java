package io.vhelpi.sdk;

/** The {@code User-Agent} header: the SDK's version, the Java version and the host's suffix. */
final class UserAgent {

    private UserAgent() {}

    /**
     * The header value, e.g. {@code vhelpi-sdk/0.1.0 Java/17.0.15 claim-desk/1.0}.
     *
     * @param suffix the host application's product token, or {@code null}
     */
    static String of(String suffix) {
        String agent = "vhelpi-sdk/" + version() + " Java/" + System.getProperty("java.version");
        return suffix == null || suffix.isBlank() ? agent : agent + " " + suffix.strip();
    }

    /** The version from the jar's manifest; {@code dev} when running from classes. */
    static String version() {
        String version = UserAgent.class.getPackage().getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }
}
