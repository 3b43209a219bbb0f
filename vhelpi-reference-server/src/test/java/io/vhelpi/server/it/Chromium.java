package io.vhelpi.server.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, driven through Debian's chromedriver, headless, phone-sized, with a fresh
 * profile that is deleted afterwards. The paths come from the build ({@code it.chromium.binary},
 * {@code it.chromedriver}); a machine without them fails the test saying what to install.
 */
final class Chromium implements AutoCloseable {

    /** A phone's viewport, so that pages are seen as customers see them. */
    private static final String WINDOW = "--window-size=390,844";

    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(String userAgent) {
        File binary = required("vhelpi.it.chromium", "/usr/bin/chromium", "chromium");
        File driverBinary =
                required("vhelpi.it.chromedriver", "/usr/bin/chromedriver", "chromium-driver");
        try {
            profile = Files.createTempDirectory("vhelpi-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--lang=hu",
                WINDOW,
                "--user-data-dir=" + profile);
        if (userAgent != null) {
            options.addArguments("--user-agent=" + userAgent);
        }
        ChromeDriverService service =
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(driverBinary)
                        .usingAnyFreePort()
                        .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** A browser as a customer's phone has it. */
    static Chromium start() {
        return new Chromium(null);
    }

    /** A browser that presents itself with {@code userAgent}, e.g. an app's built-in browser. */
    static Chromium startAs(String userAgent) {
        return new Chromium(userAgent);
    }

    ChromeDriver driver() {
        return driver;
    }

    /** Saves what the browser shows as a PNG in the screenshot folder of the build. */
    Path screenshot(String name) {
        Path folder =
                Path.of(ReferenceServer.property("vhelpi.it.screenshots", "the screenshot folder"))
                        .toAbsolutePath()
                        .normalize();
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static File required(String property, String fallback, String debianPackage) {
        File file = new File(System.getProperty(property, fallback));
        if (!file.canExecute()) {
            throw new IllegalStateException(
                    file
                            + " is missing: the browser tests need Debian's chromium and"
                            + " chromium-driver (apt-get install -y chromium chromium-driver);"
                            + " the package '"
                            + debianPackage
                            + "' provides this file");
        }
        return file;
    }
}
