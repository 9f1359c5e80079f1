package org.mentorbot.teams.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a PEM file must hold to be the bot's certificate credential, and what is said when it does not. */
class CertificateFileTest {

    @TempDir
    Path directory;

    private TestCertificate certificate;

    @BeforeEach
    void generate() throws Exception {
        certificate = TestCertificate.shared();
    }

    @Test
    void aCertificateAndItsKeyInEitherOrderAreTheCredential() throws Exception {
        Path keyFirst = Files.writeString(directory.resolve("key-first.pem"), certificate.privateKeyPem() + certificate.certificatePem());

        ClientCredential.Certificate read = CertificateFile.read(keyFirst);

        assertThat(read.certificate()).isEqualTo(certificate.certificate());
        assertThat(read.privateKey().getEncoded()).isEqualTo(certificate.privateKey().getEncoded());
    }

    @Test
    void eachUnusableFileIsRefusedSayingWhy() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = TestCertificate.pem("PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded());
        assertRefused(directory.resolve("missing.pem"), "cannot be read");
        assertRefused(write("only-certificate.pem", certificate.certificatePem()), "has no PRIVATE KEY block");
        assertRefused(write("only-key.pem", certificate.privateKeyPem()), "has no CERTIFICATE block");
        assertRefused(write("pkcs1.pem", certificate.certificatePem() + TestCertificate.pem("RSA PRIVATE KEY", new byte[] {1})),
                "openssl pkcs8 -topk8 -nocrypt");
        assertRefused(write("encrypted.pem", certificate.certificatePem() + TestCertificate.pem("ENCRYPTED PRIVATE KEY", new byte[] {1})),
                "must not be encrypted");
        assertRefused(write("mismatched.pem", certificate.certificatePem() + otherKey), "does not belong");
    }

    private Path write(String name, String pem) throws Exception {
        return Files.writeString(directory.resolve(name), pem, StandardCharsets.US_ASCII);
    }

    private static void assertRefused(Path file, String why) {
        assertThatThrownBy(() -> CertificateFile.read(file)).isInstanceOf(CertificateFile.UnusableCertificateException.class)
                .hasMessageContaining(why);
    }
}
