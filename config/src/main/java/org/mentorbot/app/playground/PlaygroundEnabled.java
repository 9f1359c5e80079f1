package org.mentorbot.app.playground;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The condition under which the playground's beans exist: its {@link PlaygroundMode} is not OFF. */
class PlaygroundEnabled implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return PlaygroundMode.from(context.getEnvironment()).enabled();
    }
}
