package org.mentorbot.teams.auth;

import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPrivateKey;
import java.util.Objects;

/**
 * What the bot proves its identity with when it asks Microsoft Entra ID for a token: the app
 * registration's client secret, a certificate registered with it (whose private key signs a
 * client assertion), or nothing it holds itself: a managed identity's tokens come from the Azure
 * host it runs on.
 */
public sealed interface ClientCredential {

    /** A client secret ({@code MICROSOFT_APP_PASSWORD}); never printed. */
    record Secret(String value) implements ClientCredential {
        public Secret {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("a client secret cannot be empty");
            }
        }

        @Override
        public String toString() {
            return "Secret[****]";
        }
    }

    /** A certificate registered with the app, and its private key ({@link CertificateFile#read}). */
    record Certificate(X509Certificate certificate, RSAPrivateKey privateKey) implements ClientCredential {
        public Certificate {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(privateKey, "privateKey");
        }

        @Override
        public String toString() {
            return "Certificate[" + certificate.getSubjectX500Principal().getName() + "]";
        }
    }

    /** A user-assigned managed identity: the host hands out its tokens. */
    record ManagedIdentity() implements ClientCredential {
    }
}
