package org.mentorbot.app.playground;

import org.mentorbot.web.PlaygroundEndpoint;
import org.mentorbot.web.PlaygroundPage;
import org.mentorbot.web.WebAnswer;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The playground's routes: its page at {@code /} and its JSON API under {@code /playground/api}.
 * Each goes to the web adapter in one call, with the body and its content type as they came;
 * the adapter says which HTTP answer that makes.
 */
@Conditional(PlaygroundEnabled.class)
@RestController
class PlaygroundController {

    private static final String API = "/playground/api";

    private final PlaygroundEndpoint api;
    private final PlaygroundPage page;

    PlaygroundController(PlaygroundEndpoint api, PlaygroundPage page) {
        this.api = api;
        this.page = page;
    }

    @GetMapping("/")
    ResponseEntity<byte[]> page() {
        return http(page.page());
    }

    @GetMapping(API + "/people")
    ResponseEntity<byte[]> people() {
        return http(api.people());
    }

    @PostMapping(API + "/people")
    ResponseEntity<byte[]> create(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                                  @RequestBody(required = false) byte[] body) {
        return http(api.create(contentType, body));
    }

    @PostMapping(API + "/people/{id}/commands")
    ResponseEntity<byte[]> command(@PathVariable String id,
                                   @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                                   @RequestBody(required = false) byte[] body) {
        return http(api.command(id, contentType, body));
    }

    @PostMapping(API + "/people/{id}/buttons")
    ResponseEntity<byte[]> button(@PathVariable String id,
                                  @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                                  @RequestBody(required = false) byte[] body) {
        return http(api.button(id, contentType, body));
    }

    @PostMapping(API + "/people/{id}/forms")
    ResponseEntity<byte[]> form(@PathVariable String id,
                                @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType,
                                @RequestBody(required = false) byte[] body) {
        return http(api.form(id, contentType, body));
    }

    @GetMapping(API + "/people/{id}/inbox")
    ResponseEntity<byte[]> inbox(@PathVariable String id) {
        return http(api.inbox(id));
    }

    @PostMapping(API + "/samples")
    ResponseEntity<byte[]> loadSamples() {
        return http(api.loadSamples());
    }

    private static ResponseEntity<byte[]> http(WebAnswer answer) {
        return ResponseEntity.status(answer.status()).contentType(MediaType.parseMediaType(answer.contentType()))
                .headers(headers -> answer.headers().forEach(headers::set))
                .body(answer.body());
    }
}
