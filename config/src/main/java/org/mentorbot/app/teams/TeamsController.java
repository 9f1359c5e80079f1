package org.mentorbot.app.teams;

import org.mentorbot.teams.TeamsEndpoint;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Teams' messaging endpoint, {@code POST /api/messages}: the body goes to the adapter as it came. */
@RestController
@ConditionalOnTeams
class TeamsController {

    private final TeamsEndpoint endpoint;

    TeamsController(TeamsEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @PostMapping("/api/messages")
    ResponseEntity<String> messages(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false) String authorization,
                                    @RequestBody(required = false) String body) {
        TeamsEndpoint.Answer answer = endpoint.handle(authorization, body);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status());
        return answer.body().isEmpty() ? response.build() : response.contentType(MediaType.APPLICATION_JSON).body(answer.body());
    }
}
