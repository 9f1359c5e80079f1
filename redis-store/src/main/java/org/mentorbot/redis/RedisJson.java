package org.mentorbot.redis;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.mentorbot.core.choice.RequestId;
import org.mentorbot.core.people.CheckInId;
import org.mentorbot.core.people.CircleId;
import org.mentorbot.core.people.PairId;
import org.mentorbot.core.people.ParticipantId;
import org.mentorbot.core.people.PollId;
import org.mentorbot.core.programs.ProgramSlug;

/**
 * The stored form of the core records: JSON with exactly the records' components, nothing a
 * convenience accessor computes ({@code Participant.isActive()}, {@code Pairing.members()}).
 * Typed ids are plain strings, so that Lua scripts can read a pairing's mentor and mentee;
 * instants and durations are ISO-8601 strings, exact to the nanosecond. Unknown fields are
 * ignored when reading, so a newer Mentorbot may add some within the same schema version; a
 * missing number reads as 0, so a record written before it gained one still reads.
 */
final class RedisJson {

    /** How many values a read must have before it is parsed in parallel. */
    private static final int IN_PARALLEL = 2_000;

    private final ObjectMapper mapper = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(typedIds())
            .addModule(new SimpleModule("mentorbot-instants").addDeserializer(Instant.class, new UtcInstants()))
            .visibility(PropertyAccessor.GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.IS_GETTER, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    String write(Object record) {
        try {
            return mapper.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a " + record.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** Reads the value stored at {@code key}; a value that is not a valid record is a corrupt store. */
    <T> T read(String json, Class<T> type, String key) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the value at Redis key " + key + " is not a valid "
                    + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Reads many stored values, in their order. A long list (a whole program's participants or
     * pairings) is parsed on every core, as parsing, not Redis, is most of what reading it costs.
     */
    <T> List<T> readAll(List<String> values, Class<T> type, String key) {
        return (values.size() < IN_PARALLEL ? values.stream() : values.parallelStream()).map(value -> read(value, type, key)).toList();
    }

    private static SimpleModule typedIds() {
        SimpleModule ids = new SimpleModule("mentorbot-ids");
        ids.addSerializer(ParticipantId.class, ToStringSerializer.instance);
        ids.addSerializer(PairId.class, ToStringSerializer.instance);
        ids.addSerializer(CheckInId.class, ToStringSerializer.instance);
        ids.addSerializer(PollId.class, ToStringSerializer.instance);
        ids.addSerializer(ProgramSlug.class, ToStringSerializer.instance);
        ids.addSerializer(RequestId.class, ToStringSerializer.instance);
        ids.addSerializer(CircleId.class, ToStringSerializer.instance);
        ids.addDeserializer(CircleId.class, new FromString<>(CircleId.class, CircleId::new));
        ids.addDeserializer(RequestId.class, new FromString<>(RequestId.class, RequestId::new));
        ids.addDeserializer(ProgramSlug.class, new FromString<>(ProgramSlug.class, ProgramSlug::new));
        ids.addDeserializer(ParticipantId.class, new FromString<>(ParticipantId.class, ParticipantId::new));
        ids.addDeserializer(PairId.class, new FromString<>(PairId.class, PairId::new));
        ids.addDeserializer(CheckInId.class, new FromString<>(CheckInId.class, CheckInId::new));
        ids.addDeserializer(PollId.class, new FromString<>(PollId.class, PollId::new));
        return ids;
    }

    /** Reads a typed id from its plain string form, validated by the id's constructor. */
    private static final class FromString<T> extends StdScalarDeserializer<T> {

        private final transient Function<String, T> make;

        FromString(Class<T> type, Function<String, T> make) {
            super(type);
            this.make = make;
        }

        @Override
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = parser.getValueAsString();
            if (text == null) {
                return context.reportInputMismatch(this, "expected a %s as a string", handledType().getSimpleName());
            }
            try {
                return make.apply(text);
            } catch (IllegalArgumentException e) {
                return context.reportInputMismatch(this, "invalid %s: %s", handledType().getSimpleName(), e.getMessage());
            }
        }
    }
}
