package io.vhelpi.samples.claimdesk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, driven through Debian's chromedriver, headless, each browser with a fresh
 * profile of its own (its own cookies, so two browsers are two different people).
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    /** Fails with what to install when the machine has no Chromium or no driver. */
    static void requireInstalled() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            throw new IllegalStateException(
                    "The browser test needs Chromium and its driver at "
                            + BROWSER
                            + " and "
                            + DRIVER
                            + ": install them with 'apt-get install -y chromium"
                            + " chromium-driver'");
        }
    }

    /**
     * Starts a browser.
     *
     * @param profiles the folder under which the browser's fresh profile is made
     * @param width the window's width in pixels
     * @param height the window's height in pixels
     */
    static ChromeDriver start(Path profiles, int width, int height) {
        requireInstalled();
        try {
            Path profile = Files.createTempDirectory(Files.createDirectories(profiles), "profile");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER.toFile());
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--no-first-run",
                    "--lang=hu-HU",
                    "--window-size=" + width + "," + height,
                    "--user-data-dir=" + profile);
            ChromeDriverService service =
                    new ChromeDriverService.Builder()
                            .usingDriverExecutable(DRIVER.toFile())
                            .usingAnyFreePort()
                            .build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
