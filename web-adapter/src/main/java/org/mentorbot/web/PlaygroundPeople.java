package org.mentorbot.web;

import java.text.Normalizer;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.mentorbot.core.people.Admins;
import org.mentorbot.core.people.ParticipantId;

/**
 * The people of the playground, in the order they were created. Ids are made from names
 * ({@code web:ada-lovelace}), but never an admin's: a name whose id would be an admin's gets a
 * numbered id instead, so nobody becomes an admin by choosing a name. Admins are people by id:
 * the {@code web:} ids among the program's admins are in the directory from the start, and when
 * the playground has an admin seat, the first person created takes it. The directory is bounded,
 * since it lives in memory.
 */
public final class PlaygroundPeople {

    public static final int MAX_PEOPLE = 200;
    public static final int MAX_NAME = 80;
    private static final int MAX_SLUG = 40;

    private final Map<String, Person> byUserId = new LinkedHashMap<>();
    private final Optional<ParticipantId> adminSeat;
    private final Admins admins;

    /**
     * @param adminSeat the id the first person created gets, when the playground hands out an admin seat
     * @param admins    the program's admins, to mark who is one
     */
    public PlaygroundPeople(Optional<ParticipantId> adminSeat, Admins admins) {
        this.adminSeat = adminSeat;
        this.admins = admins;
        admins.ids().stream().filter(id -> "web".equals(id.platform()) && !adminSeat.equals(Optional.of(id))).sorted()
                .forEach(id -> add(id, nameOf(id), ZoneOffset.UTC));
    }

    /** Creates a person; the first one takes the admin seat when there is one. */
    public synchronized Person create(String name, ZoneId timezone) {
        String clean = validName(name);
        Optional<ParticipantId> seat = adminSeat.filter(s -> !byUserId.containsKey(s.userId()));
        return add(seat.orElseGet(() -> ParticipantId.of("web", freeSlug(slug(clean)))), clean, timezone);
    }

    /**
     * The person in the admin seat, seated now under this name and time zone if the seat is free; empty when
     * the playground hands out no seat. The demo seats its visitor this way, so the page opens on the admin.
     */
    public synchronized Optional<Person> seatAdmin(String name, ZoneId timezone) {
        return adminSeat.map(seat -> {
            Person seated = byUserId.get(seat.userId());
            return seated != null ? seated : add(seat, validName(name), timezone);
        });
    }

    /** The person with this id, created if they are new (a sample person loaded twice stays one person). */
    public synchronized Person ensure(String userId, String name, ZoneId timezone) {
        Person known = byUserId.get(userId);
        return known != null ? known : add(ParticipantId.of("web", userId), validName(name), timezone);
    }

    public synchronized Optional<Person> find(String userId) {
        return Optional.ofNullable(byUserId.get(userId));
    }

    public synchronized boolean knows(ParticipantId id) {
        return "web".equals(id.platform()) && byUserId.containsKey(id.userId());
    }

    public synchronized List<Person> all() {
        return List.copyOf(new ArrayList<>(byUserId.values()));
    }

    private Person add(ParticipantId id, String name, ZoneId timezone) {
        if (byUserId.size() >= MAX_PEOPLE) {
            throw new PlaygroundRequestException("The playground holds at most " + MAX_PEOPLE + " people; restart it to begin afresh.");
        }
        Person person = new Person(id, name, timezone, admins.includes(id));
        byUserId.put(id.userId(), person);
        return person;
    }

    private static String validName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty() || clean.length() > MAX_NAME) {
            throw new PlaygroundRequestException("A name is 1 to " + MAX_NAME + " characters.");
        }
        return clean;
    }

    private String freeSlug(String base) {
        String candidate = base;
        for (int n = 2; taken(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    /** A slug is taken by someone already here, by the admin seat, or by any admin's id. */
    private boolean taken(String slug) {
        ParticipantId id = ParticipantId.of("web", slug);
        return byUserId.containsKey(slug) || adminSeat.equals(Optional.of(id)) || admins.includes(id);
    }

    private static String nameOf(ParticipantId admin) {
        String name = admin.userId();
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        slug = slug.length() > MAX_SLUG ? slug.substring(0, MAX_SLUG).replaceAll("-+$", "") : slug;
        return slug.isEmpty() ? "person" : slug;
    }
}
