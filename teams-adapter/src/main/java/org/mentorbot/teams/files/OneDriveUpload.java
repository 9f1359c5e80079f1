package org.mentorbot.teams.files;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Puts a file's bytes into the upload session Teams opened in the person's OneDrive when they
 * allowed the file: {@code PUT} to the session's URL in fragments, each with its
 * {@code Content-Range}. OneDrive takes fragments of under 60 MiB in multiples of 320 KiB (all
 * but the last); it answers 202 to each fragment but the last, and 200 or 201 when the file is
 * whole. The URL carries its own authorisation: no token is sent with it.
 */
public final class OneDriveUpload {

    /** 5 MiB: sixteen times the 320 KiB OneDrive counts fragments in. */
    static final int FRAGMENT = 16 * 320 * 1024;
    private static final String SHAREPOINT = ".sharepoint.com";

    private final HttpClient http;
    private final Duration timeout;
    private final boolean plainHttp;

    /**
     * @param timeout   how long one fragment may take
     * @param plainHttp whether any {@code http:} or {@code https:} upload URL is taken (local mode, where
     *                  the activities that carry it are not authenticated either); otherwise only
     *                  {@code https:} to SharePoint
     */
    public OneDriveUpload(Duration timeout, boolean plainHttp) {
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
        this.timeout = timeout;
        this.plainHttp = plainHttp;
    }

    /**
     * Whether {@code url} is one this upload writes to: HTTPS to a SharePoint host, where OneDrive
     * for Business keeps people's files ({@code <tenant>-my.sharepoint.com}); in local mode any
     * absolute HTTP or HTTPS address. Nothing else: the address comes in an activity, and the bot
     * must not be made to send a file anywhere its sender names.
     */
    public boolean takes(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (host.isEmpty()) {
                return false;
            }
            if (plainHttp) {
                return scheme.equals("https") || scheme.equals("http");
            }
            return scheme.equals("https") && host.endsWith(SHAREPOINT) && uri.getUserInfo() == null;
        } catch (URISyntaxException malformed) {
            return false;
        }
    }

    /** Uploads {@code bytes} whole; throws {@link UploadFailedException}, saying why in words, when OneDrive does not take them. */
    public void put(String url, byte[] bytes) {
        if (!takes(url)) {
            throw new UploadFailedException("the place to save it is not a OneDrive address.");
        }
        if (bytes.length == 0) {
            throw new UploadFailedException("the file is empty.");
        }
        for (int start = 0; start < bytes.length; start += FRAGMENT) {
            int length = Math.min(FRAGMENT, bytes.length - start);
            HttpRequest fragment = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Content-Range", "bytes " + start + "-" + (start + length - 1) + "/" + bytes.length)
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes, start, length)).build();
            int status = send(fragment);
            boolean last = start + length == bytes.length;
            if (last ? status != 200 && status != 201 : status != 202 && status != 200) {
                throw new UploadFailedException("OneDrive answered HTTP " + status + ".");
            }
        }
    }

    private int send(HttpRequest fragment) {
        try {
            return http.send(fragment, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException unreachable) {
            throw new UploadFailedException("OneDrive could not be reached.");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new UploadFailedException("the bot was stopping.");
        }
    }

    /** The file did not reach OneDrive; the message says why, as the end of a sentence a person reads. */
    public static final class UploadFailedException extends RuntimeException {
        UploadFailedException(String why) {
            super(why);
        }
    }
}
