package org.mentorbot.app.slack;

import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The bot's WebSocket to Slack in Socket Mode: opened with the app token when the application
 * has started, closed when it stops. Slack then delivers commands, clicks and events over it,
 * so the bot needs no public URL.
 */
class SocketModeConnection implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);

    private final App app;
    private final String appToken;
    private SocketModeApp socket;

    SocketModeConnection(App app, String appToken) {
        this.app = app;
        this.appToken = appToken;
    }

    @Override
    public synchronized void start() {
        try {
            socket = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
            socket.startAsync();
            log.info("Slack is on over Socket Mode");
        } catch (Exception failure) {
            throw new IllegalStateException("Could not open Slack's Socket Mode connection: " + failure.getMessage(), failure);
        }
    }

    @Override
    public synchronized void stop() {
        if (socket == null) {
            return;
        }
        try {
            socket.close();
        } catch (Exception failure) {
            log.warn("Closing Slack's Socket Mode connection failed: {}", failure.getMessage());
        }
        socket = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return socket != null;
    }
}
