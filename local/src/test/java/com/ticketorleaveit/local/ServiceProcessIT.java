package com.ticketorleaveit.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceProcessIT {

    @TempDir
    Path directory;

    @Test
    void waitsForReadinessAndStopsOnRequest() throws Exception {
        ServiceProcess process = ServiceProcess.start(fakeService(Map.of("FAKE_SERVICE_GREETING", "hello")));
        try {
            process.awaitReady(Duration.ofSeconds(20));
            assertThat(process.isAlive()).isTrue();
        } finally {
            process.stop(Duration.ofSeconds(10));
        }

        assertThat(process.isAlive()).isFalse();
        assertThat(Files.readString(process.logFile())).contains("fake service says hello", "probes enabled: true");
    }

    @Test
    void namesTheProcessAndItsLogWhenItEndsBeforeItIsReady() throws Exception {
        ServiceProcess process = ServiceProcess.start(fakeService(Map.of("FAKE_SERVICE_EXIT_CODE", "3")));

        assertThatIllegalStateException()
                .isThrownBy(() -> process.awaitReady(Duration.ofSeconds(20)))
                .withMessageContaining("fake-service exited with code 3")
                .withMessageContaining(process.logFile().toString())
                .withMessageContaining("failing on purpose");
    }

    @Test
    void namesTheProcessWhenItIsNotReadyInTime() throws Exception {
        try (ServiceProcess process = ServiceProcess.start(fakeService(Map.of("FAKE_SERVICE_READY", "false")))) {
            assertThatIllegalStateException()
                    .isThrownBy(() -> process.awaitReady(Duration.ofSeconds(3)))
                    .withMessageContaining("fake-service was not ready on port " + process.port())
                    .withMessageContaining("HTTP 503");
        }
    }

    private ServiceProcess.Spec fakeService(Map<String, String> settings) throws IOException {
        int port = Ports.free();
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("FAKE_SERVICE_PORT", String.valueOf(port));
        return new ServiceProcess.Spec(
                "fake-service",
                fakeServiceJar(),
                port,
                environment,
                List.of("-Xmx32m", "-XX:TieredStopAtLevel=1"),
                directory.resolve("logs/fake-service.log"));
    }

    /** An executable jar holding only {@link FakeService}. */
    private Path fakeServiceJar() throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, FakeService.class.getName());
        Path jar = directory.resolve("fake-service.jar");
        String entry = FakeService.class.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream in = FakeService.class.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            in.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
