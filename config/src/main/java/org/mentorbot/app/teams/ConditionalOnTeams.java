package org.mentorbot.app.teams;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** Present only when Teams is on: an app id is configured, or local mode is asked for. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnExpression("'${mentorbot.teams.local:false}'.trim().equalsIgnoreCase('true') or !'${mentorbot.teams.app-id:}'.isBlank()")
public @interface ConditionalOnTeams {
}
