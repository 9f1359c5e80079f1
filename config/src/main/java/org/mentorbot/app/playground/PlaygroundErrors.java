package org.mentorbot.app.playground;

import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.mentorbot.web.PlaygroundRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns bad requests to the playground API into a 4xx with a JSON sentence that says what to
 * fix: {@code {"error": "..."}}. Nothing a client sends becomes a 500 or a stack trace.
 */
@Conditional(PlaygroundEnabled.class)
@RestControllerAdvice(assignableTypes = PlaygroundController.class)
class PlaygroundErrors {

    private static final Logger log = LoggerFactory.getLogger(PlaygroundErrors.class);

    @ExceptionHandler(PlaygroundRequestException.class)
    ResponseEntity<Error> refused(PlaygroundRequestException refused) {
        return badRequest(refused.getMessage());
    }

    /**
     * A body that is not JSON of the request's shape, or one whose request record refused its
     * values: then the record's own sentence is the answer (Jackson wraps what the record's
     * constructor threw).
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Error> unreadable(HttpMessageNotReadableException unreadable) {
        if (unreadable.getCause() instanceof ValueInstantiationException refused
                && refused.getType().getRawClass().getEnclosingClass() == PlaygroundRequests.class
                && refused.getCause() instanceof IllegalArgumentException invalid) {
            return badRequest(invalid.getMessage());
        }
        log.debug("Unreadable playground request", unreadable);
        return badRequest("The request body must be JSON of the documented shape.");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Error> notJson(HttpMediaTypeNotSupportedException notJson) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .body(new Error("Send JSON, with Content-Type: application/json."));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Error> rejectedByCore(IllegalArgumentException rejected) {
        log.info("Playground request rejected: {}", rejected.getMessage());
        return badRequest("The bot cannot take that input: " + rejected.getMessage());
    }

    private static ResponseEntity<Error> badRequest(String message) {
        return ResponseEntity.badRequest().body(new Error(message));
    }

    record Error(String error) {
    }
}
