package org.mentorbot.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A Lua script that Redis runs atomically: nothing else touches the data while it runs. Kept
 * in a resource next to this class; Redis caches it by its SHA-1, so it is sent in full only
 * when the server does not know it yet.
 */
record LuaScript(String name, String source, String sha1) {

    LuaScript {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha1, "sha1");
    }

    static LuaScript named(String name) {
        String source = read(name);
        return new LuaScript(name, source, sha1Of(source));
    }

    /** The script {@code name} run after the functions it uses, defined in the script {@code library}. */
    static LuaScript named(String name, String library) {
        String source = read(library) + read(name);
        return new LuaScript(name, source, sha1Of(source));
    }

    private static String read(String name) {
        String resource = name + ".lua";
        try (InputStream in = LuaScript.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing Lua script resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Lua script resource " + resource, e);
        }
    }

    private static String sha1Of(String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(source.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
    }
}
