package org.mentorbot.app.teams;

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
 * A self-signed RSA certificate and its key, made once per test run by the JDK's own
 * {@code keytool} (the JDK has no API that builds certificates), and the PEM file
 * ({@code MICROSOFT_APP_CERTIFICATE}) holding both, deleted when the JVM exits.
 */
record TestCertificate(X509Certificate certificate, PrivateKey privateKey, Path pemFile) {

    private static final char[] PASSWORD = "not-a-secret".toCharArray();
    private static TestCertificate shared;

    static synchronized TestCertificate shared() {
        if (shared == null) {
            try {
                shared = generate();
            } catch (IOException | GeneralSecurityException failed) {
                throw new IllegalStateException("no test certificate", failed);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while making a test certificate", interrupted);
            }
        }
        return shared;
    }

    private static TestCertificate generate() throws IOException, GeneralSecurityException, InterruptedException {
        Path directory = Files.createTempDirectory("mentorbot-teams-certificate");
        directory.toFile().deleteOnExit();
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
        X509Certificate certificate = (X509Certificate) keys.getCertificate("bot");
        PrivateKey key = (PrivateKey) keys.getKey("bot", PASSWORD);
        Path pem = Files.writeString(directory.resolve("bot.pem"),
                pem("CERTIFICATE", certificate.getEncoded()) + pem("PRIVATE KEY", key.getEncoded()), StandardCharsets.US_ASCII);
        pem.toFile().deleteOnExit();
        return new TestCertificate(certificate, key, pem);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
