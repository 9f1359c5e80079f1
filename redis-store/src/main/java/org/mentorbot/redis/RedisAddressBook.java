package org.mentorbot.redis;

import java.util.Optional;
import org.mentorbot.core.conversation.AddressBook;
import org.mentorbot.core.people.ParticipantId;

/** Addresses in one Redis hash from participant id to address, so they survive restarts. */
public final class RedisAddressBook implements AddressBook {

    private final RedisAccess redis;
    private final RedisKeys keys;

    RedisAddressBook(RedisAccess redis, RedisKeys keys) {
        this.redis = redis;
        this.keys = keys;
    }

    @Override
    public void remember(ParticipantId person, String address) {
        redis.call("remembering an address", jedis -> jedis.hset(keys.addresses(), person.value(), address));
    }

    @Override
    public Optional<String> addressOf(ParticipantId person) {
        return Optional.ofNullable(redis.call("reading an address", jedis -> jedis.hget(keys.addresses(), person.value())));
    }

    @Override
    public void forget(ParticipantId person) {
        redis.call("forgetting an address", jedis -> jedis.hdel(keys.addresses(), person.value()));
    }
}
