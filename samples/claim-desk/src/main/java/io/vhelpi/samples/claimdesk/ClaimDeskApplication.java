package io.vhelpi.samples.claimdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the claim desk; the {@code VhelpiClient} comes from the {@code vhelpi.*} properties. */
@SpringBootApplication
public class ClaimDeskApplication {

    /**
     * Runs the application.
     *
     * @param args Spring Boot's command line arguments, e.g. {@code --server.port=8082}
     */
    public static void main(String[] args) {
        SpringApplication.run(ClaimDeskApplication.class, args);
    }
}
