package org.mentorbot.redis;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import org.mentorbot.core.people.StoreUnavailableException;
import redis.clients.jedis.AbstractPipeline;
import redis.clients.jedis.AbstractTransaction;
import redis.clients.jedis.PipeliningBase;
import redis.clients.jedis.Response;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisAccessControlException;
import redis.clients.jedis.exceptions.JedisBusyException;
import redis.clients.jedis.exceptions.JedisClusterException;
import redis.clients.jedis.exceptions.JedisDataException;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.exceptions.JedisNoScriptException;
import redis.clients.jedis.exceptions.JedisValidationException;

/**
 * The one way the Redis stores reach the server: single commands, MULTI/EXEC transactions and
 * Lua scripts. Whenever Redis cannot serve (no connection, a timeout, an exhausted pool, a
 * server that is loading, read-only or busy, refused credentials) the caller gets a
 * {@link StoreUnavailableException} saying what was being done. Errors that mean a bug in the
 * command itself are left as they are.
 */
final class RedisAccess {

    private static final int BATCH = 500;
    private static final List<String> TEMPORARY_ERRORS = List.of("LOADING", "MASTERDOWN", "READONLY", "TRYAGAIN");

    private final UnifiedJedis jedis;
    private final LongAdder failed = new LongAdder();

    RedisAccess(UnifiedJedis jedis) {
        this.jedis = Objects.requireNonNull(jedis, "jedis");
    }

    <T> T call(String doing, Function<UnifiedJedis, T> command) {
        try {
            return command.apply(jedis);
        } catch (JedisException e) {
            failed.increment();
            throw translated(doing, e);
        }
    }

    /** How many calls Redis failed (no answer, or an error reply) since these stores were made. */
    long failures() {
        return failed.sum();
    }

    /** Runs the commands as one MULTI/EXEC transaction and answers their replies in order. */
    List<Object> transact(String doing, Consumer<AbstractTransaction> commands) {
        return call(doing, redis -> {
            try (AbstractTransaction transaction = redis.multi()) {
                commands.accept(transaction);
                return transaction.exec();
            }
        });
    }

    Object script(String doing, LuaScript script, List<String> keys, List<String> args) {
        return call(doing, redis -> {
            try {
                return redis.evalsha(script.sha1(), keys, args);
            } catch (JedisNoScriptException e) {
                return redis.eval(script.source(), keys, args);
            }
        });
    }

    /** Sends one command per key in a single pipeline and answers the replies in key order. */
    <T> List<T> eachOf(String doing, List<String> keys, BiFunction<PipeliningBase, String, Response<T>> command) {
        return call(doing, redis -> {
            try (AbstractPipeline pipeline = redis.pipelined()) {
                List<Response<T>> replies = keys.stream().map(key -> command.apply(pipeline, key)).toList();
                pipeline.sync();
                return replies.stream().map(Response::get).toList();
            }
        });
    }

    /** The string values at these keys that exist, read in batches. */
    List<String> values(String doing, List<String> keys) {
        List<String> found = new ArrayList<>();
        for (int from = 0; from < keys.size(); from += BATCH) {
            String[] batch = keys.subList(from, Math.min(keys.size(), from + BATCH)).toArray(String[]::new);
            for (String value : call(doing, redis -> redis.mget(batch))) {
                if (value != null) {
                    found.add(value);
                }
            }
        }
        return found;
    }

    private static RuntimeException translated(String doing, JedisException e) {
        if (cannotServe(e)) {
            return new StoreUnavailableException("Redis is unavailable while " + doing + ": " + e.getMessage(), e);
        }
        return e;
    }

    private static boolean cannotServe(JedisException e) {
        if (e instanceof JedisValidationException) {
            return false;
        }
        if (!(e instanceof JedisDataException)) {
            return true;
        }
        if (e instanceof JedisBusyException || e instanceof JedisAccessControlException
                || e instanceof JedisClusterException) {
            return true;
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return TEMPORARY_ERRORS.stream().anyMatch(message::startsWith);
    }
}
