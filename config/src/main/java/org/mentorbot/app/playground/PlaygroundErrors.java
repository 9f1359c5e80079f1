package org.mentorbot.app.playground;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
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

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Error> invalid(MethodArgumentNotValidException invalid) {
        return badRequest(invalid.getBindingResult().getAllErrors().stream()
                .map(e -> e.getDefaultMessage() == null ? e.toString() : e.getDefaultMessage())
                .distinct().sorted().collect(Collectors.joining("; ")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Error> unreadable(HttpMessageNotReadableException unreadable) {
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
