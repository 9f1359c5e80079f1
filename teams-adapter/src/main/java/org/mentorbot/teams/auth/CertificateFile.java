package org.mentorbot.teams.auth;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PEM file holding the bot's certificate and its unencrypted private key, as Azure Key Vault
 * or {@code openssl req -x509 -newkey rsa:2048 -nodes} write them: {@code CERTIFICATE} blocks
 * (the first is the bot's) and one {@code PRIVATE KEY} block (PKCS #8). The key must be RSA and
 * belong to the certificate. Anything else is refused with a sentence saying what to change.
 */
public final class CertificateFile {

    private static final Pattern BLOCK = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private CertificateFile() {
    }

    /** The credential in the PEM file at {@code path}; throws {@link UnusableCertificateException} saying why not. */
    public static ClientCredential.Certificate read(Path path) {
        String pem;
        try {
            pem = Files.readString(path, StandardCharsets.US_ASCII);
        } catch (IOException unreadable) {
            throw new UnusableCertificateException("cannot be read (" + unreadable.getClass().getSimpleName() + ")");
        }
        List<X509Certificate> certificates = new ArrayList<>();
        List<PrivateKey> keys = new ArrayList<>();
        Matcher block = BLOCK.matcher(pem);
        while (block.find()) {
            byte[] der = decode(block.group(1), block.group(2));
            switch (block.group(1)) {
                case "CERTIFICATE" -> certificates.add(certificate(der));
                case "PRIVATE KEY" -> keys.add(privateKey(der));
                case "RSA PRIVATE KEY" -> throw new UnusableCertificateException(
                        "holds a PKCS #1 key; convert it to PKCS #8 with: openssl pkcs8 -topk8 -nocrypt -in old.pem");
                case "ENCRYPTED PRIVATE KEY" -> throw new UnusableCertificateException("holds an encrypted key; the key must not be encrypted");
                default -> { }
            }
        }
        if (certificates.isEmpty()) {
            throw new UnusableCertificateException("has no CERTIFICATE block");
        }
        if (keys.size() != 1) {
            throw new UnusableCertificateException(keys.isEmpty() ? "has no PRIVATE KEY block" : "has more than one PRIVATE KEY block");
        }
        return matching(certificates.get(0), keys.get(0));
    }

    private static ClientCredential.Certificate matching(X509Certificate certificate, PrivateKey key) {
        if (!(certificate.getPublicKey() instanceof RSAPublicKey publicKey) || !(key instanceof RSAPrivateKey privateKey)) {
            throw new UnusableCertificateException("must hold an RSA certificate and key");
        }
        if (!publicKey.getModulus().equals(privateKey.getModulus())) {
            throw new UnusableCertificateException("holds a private key that does not belong to its (first) certificate");
        }
        return new ClientCredential.Certificate(certificate, privateKey);
    }

    private static byte[] decode(String type, String base64) {
        try {
            return Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException garbled) {
            throw new UnusableCertificateException("has a " + type + " block that is not Base64");
        }
    }

    private static X509Certificate certificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException notACertificate) {
            throw new UnusableCertificateException("has a CERTIFICATE block that is not an X.509 certificate");
        }
    }

    private static PrivateKey privateKey(byte[] der) {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException notRsa) {
            throw new UnusableCertificateException("has a PRIVATE KEY block that is not an RSA key");
        }
    }

    /** The file cannot serve as the bot's certificate credential; the message says why, to follow "the file …". */
    public static final class UnusableCertificateException extends RuntimeException {
        UnusableCertificateException(String why) {
            super(why);
        }
    }
}
