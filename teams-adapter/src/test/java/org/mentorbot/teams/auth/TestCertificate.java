package org.mentorbot.teams.auth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * A self-signed RSA certificate and its key, made by the JDK's own {@code keytool} (the JDK has
 * no API that builds certificates), written as the PEM file the bot reads. One is made per test
 * run: keytool takes seconds. The adapter's tests and the app's end-to-end tests share it.
 */
public record TestCertificate(X509Certificate certificate, PrivateKey privateKey) {

    private static final char[] PASSWORD = "not-a-secret".toCharArray();
    private static TestCertificate shared;
    private static Path sharedPemFile;

    public static synchronized TestCertificate shared() {
        if (shared == null) {
            try {
                Path directory = Files.createTempDirectory("mentorbot-test-certificate");
                shared = generate(directory);
                Files.delete(directory);
            } catch (IOException | GeneralSecurityException failed) {
                throw new IllegalStateException("no test certificate", failed);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while making a test certificate", interrupted);
            }
        }
        return shared;
    }

    /**
     * The shared certificate's PEM file ({@code MICROSOFT_APP_CERTIFICATE}), written once in a
     * directory of its own; both are deleted when the JVM exits.
     */
    public static synchronized Path sharedPemFile() {
        if (sharedPemFile == null) {
            try {
                Path directory = Files.createTempDirectory("mentorbot-teams-certificate");
                directory.toFile().deleteOnExit();
                sharedPemFile = shared().write(directory.resolve("bot.pem"));
                sharedPemFile.toFile().deleteOnExit();
            } catch (IOException | GeneralSecurityException failed) {
                throw new IllegalStateException("could not write the test certificate", failed);
            }
        }
        return sharedPemFile;
    }

    private static TestCertificate generate(Path directory) throws IOException, InterruptedException, GeneralSecurityException {
        Path store = directory.resolve("bot.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "bot", "-keyalg", "RSA", "-keysize", "2048", "-sigalg", "SHA256withRSA",
                "-dname", "CN=mentorbot-test", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", new String(PASSWORD), "-keypass", new String(PASSWORD), "-noprompt")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (keytool.waitFor() != 0) {
            throw new IllegalStateException("keytool failed: " + output);
        }
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        Files.delete(store);
        return new TestCertificate((X509Certificate) keys.getCertificate("bot"), (PrivateKey) keys.getKey("bot", PASSWORD));
    }

    String certificatePem() throws GeneralSecurityException {
        return pem("CERTIFICATE", certificate.getEncoded());
    }

    String privateKeyPem() {
        return pem("PRIVATE KEY", privateKey.getEncoded());
    }

    /** The PEM file the bot is given: certificate, then key. */
    Path write(Path file) throws IOException, GeneralSecurityException {
        return Files.writeString(file, certificatePem() + privateKeyPem(), StandardCharsets.US_ASCII);
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
