package org.mentorbot.teams.auth;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of Azure Bot registration, as Azure names it: a multi-tenant app (no longer created
 * since 31 July 2025), a single-tenant app, or a user-assigned managed identity. It decides which
 * authority issues the bot's own tokens and which issuers the bot trusts.
 */
public enum AppType {
    MULTI_TENANT("MultiTenant"),
    SINGLE_TENANT("SingleTenant"),
    USER_ASSIGNED_MSI("UserAssignedMSI");

    private final String azureName;

    AppType(String azureName) {
        this.azureName = azureName;
    }

    /** The name Azure and the Bot Framework's settings use, e.g. {@code SingleTenant}. */
    public String azureName() {
        return azureName;
    }

    /** The type Azure calls {@code name} (any case), or empty when there is none. */
    public static Optional<AppType> named(String name) {
        return Arrays.stream(values()).filter(type -> type.azureName.equalsIgnoreCase(name.strip())).findFirst();
    }

    @Override
    public String toString() {
        return azureName;
    }
}
