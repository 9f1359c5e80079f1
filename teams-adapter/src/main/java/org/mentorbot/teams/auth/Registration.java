package org.mentorbot.teams.auth;

import java.util.Objects;
import java.util.Optional;

/**
 * The bot's Azure registration: its app id (the audience of every token sent to it), the kind of
 * registration, its home tenant, and the credential it gets its own tokens with. A multi-tenant
 * bot gets them from the {@code botframework.com} tenant; a single-tenant bot or a managed
 * identity from its own tenant, or every send fails with {@code AADSTS700016}.
 */
public record Registration(String appId, AppType type, Optional<String> tenantId, ClientCredential credential) {

    /** The tenant a multi-tenant bot's tokens come from. */
    public static final String BOT_FRAMEWORK_TENANT = "botframework.com";

    public Registration {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(credential, "credential");
        if (appId == null || appId.isBlank()) {
            throw new IllegalArgumentException("a registration needs an app id");
        }
        tenantId = Objects.requireNonNull(tenantId, "tenantId").map(String::strip).filter(id -> !id.isEmpty());
        if (type != AppType.MULTI_TENANT && tenantId.isEmpty()) {
            throw new IllegalArgumentException("a " + type + " registration needs its tenant id");
        }
        if ((type == AppType.USER_ASSIGNED_MSI) != (credential instanceof ClientCredential.ManagedIdentity)) {
            throw new IllegalArgumentException("a managed identity is the credential of a UserAssignedMSI registration, and only of one");
        }
    }

    /** The tenant whose authority issues the bot's tokens: its own, or {@code botframework.com} for a multi-tenant bot. */
    public String authorityTenant() {
        return type == AppType.MULTI_TENANT ? BOT_FRAMEWORK_TENANT : tenantId.orElseThrow();
    }
}
