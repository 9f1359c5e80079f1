package org.mentorbot.redis;

import org.mentorbot.core.checkin.CheckInStore;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.conversation.SeenEvents;
import org.mentorbot.core.feedback.FeedbackStore;
import org.mentorbot.core.pairing.PairingStore;
import org.mentorbot.core.people.ParticipantStore;
import redis.clients.jedis.UnifiedJedis;

/**
 * Every store of the program, kept in one Redis under one key prefix (see {@link RedisKeys}).
 * Creating it checks the schema version of the data under the prefix, and writes it when there
 * is no data yet: it refuses, with an IllegalStateException, data written by a newer Mentorbot,
 * and throws {@link org.mentorbot.core.people.StoreUnavailableException} when Redis cannot be
 * reached. The caller owns the Jedis client and closes it.
 */
public final class RedisStores {

    private final RedisKeys keys;
    private final ParticipantStore participants;
    private final PairingStore pairings;
    private final CheckInStore checkIns;
    private final FeedbackStore feedback;
    private final AddressBook addressBook;
    private final SeenEvents seenEvents;

    public RedisStores(UnifiedJedis jedis, String keyPrefix) {
        keys = new RedisKeys(keyPrefix);
        RedisAccess redis = new RedisAccess(jedis);
        checkSchema(redis, keys);
        RedisJson json = new RedisJson();
        participants = new RedisParticipantStore(redis, keys, json);
        pairings = new RedisPairingStore(redis, keys, json);
        checkIns = new RedisCheckInStore(redis, keys, json);
        feedback = new RedisFeedbackStore(redis, keys, json);
        addressBook = new RedisAddressBook(redis, keys);
        seenEvents = new RedisSeenEvents(redis, keys);
    }

    public RedisStores(UnifiedJedis jedis) {
        this(jedis, RedisKeys.DEFAULT_PREFIX);
    }

    public String keyPrefix() {
        return keys.prefix();
    }

    public ParticipantStore participants() {
        return participants;
    }

    public PairingStore pairings() {
        return pairings;
    }

    public CheckInStore checkIns() {
        return checkIns;
    }

    public FeedbackStore feedback() {
        return feedback;
    }

    public AddressBook addressBook() {
        return addressBook;
    }

    public SeenEvents seenEvents() {
        return seenEvents;
    }

    private static void checkSchema(RedisAccess redis, RedisKeys keys) {
        String current = Integer.toString(RedisKeys.SCHEMA_VERSION);
        String found = redis.call("checking the schema version", jedis -> {
            jedis.setnx(keys.schema(), current);
            return jedis.get(keys.schema());
        });
        if (!current.equals(found)) {
            throw new IllegalStateException("Redis key " + keys.schema() + " says the data under prefix '"
                    + keys.prefix() + "' has schema version '" + found + "', but this Mentorbot reads version "
                    + current + " only. Upgrade Mentorbot, or configure another key prefix.");
        }
    }
}
