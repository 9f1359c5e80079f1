package org.mentorbot.app.manifests;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/** What a JSON Schema finds wrong with a document, one readable line per error ({@code $.bots[0].scopes[2]: ...}). */
final class SchemaErrors {

    private SchemaErrors() {
    }

    /**
     * @param schema   the schema's JSON text
     * @param fallback the draft to read it as when it does not name one in {@code $schema}
     * @param document the JSON text to check
     */
    static List<String> of(String schema, SpecificationVersion fallback, String document) {
        List<Error> errors = SchemaRegistry.withDefaultDialect(fallback).getSchema(schema, InputFormat.JSON)
                .validate(document, InputFormat.JSON);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
