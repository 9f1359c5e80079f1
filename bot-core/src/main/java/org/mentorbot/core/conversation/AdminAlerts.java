package org.mentorbot.core.conversation;

import java.util.List;
import java.util.Map;
import org.mentorbot.core.people.Admins;

/** Tells the program's admins about something that needs a person: a pair asking for help, a stalled pair, someone unreachable. */
public final class AdminAlerts {

    private final Admins admins;
    private final Messenger messenger;

    public AdminAlerts(Admins admins, Messenger messenger) {
        this.admins = admins;
        this.messenger = messenger;
    }

    /** Sends the alert to every admin; with no admins configured nobody is told and the delivery is empty. */
    public Delivery alert(Reply alert) {
        if (admins.ids().isEmpty()) {
            return new Delivery(List.of(), Map.of());
        }
        return messenger.deliver(new Message(admins.list(), alert, Message.Kind.ADMIN_ALERT));
    }
}
