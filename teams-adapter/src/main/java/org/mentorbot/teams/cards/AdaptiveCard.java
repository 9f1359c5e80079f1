package org.mentorbot.teams.cards;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.Map;

/**
 * The part of the Adaptive Card schema (version 1.5, what Teams renders) that Mentorbot uses,
 * as typed records. Jackson turns a card into its JSON; nothing is ever spliced into a JSON
 * template, so text a person typed stays text.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AdaptiveCard(@JsonProperty("$schema") String schema, String type, String version,
                           String fallbackText, List<Element> body, TeamsExtras msteams) {

    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    static final String SCHEMA = "http://adaptivecards.io/schemas/adaptive-card.json";

    public AdaptiveCard {
        body = List.copyOf(body);
    }

    public static AdaptiveCard of(String fallbackText, List<Element> body) {
        return new AdaptiveCard(SCHEMA, "AdaptiveCard", "1.5", fallbackText, body, null);
    }

    /** A card whose text mentions these people: each {@code <at>name</at>} in its TextBlocks is named here. */
    public static AdaptiveCard of(String fallbackText, List<Element> body, List<Mention> mentions) {
        return new AdaptiveCard(SCHEMA, "AdaptiveCard", "1.5", fallbackText, body,
                mentions.isEmpty() ? null : new TeamsExtras(mentions));
    }

    /** Teams' own part of a card: the people its text mentions. */
    public record TeamsExtras(List<Mention> entities) {
        public TeamsExtras {
            entities = List.copyOf(entities);
        }
    }

    /** A mention: {@code text} as it stands in the card ({@code <at>name</at>}), and who it is (a Teams user id or Entra object id). */
    public record Mention(String text, Mentioned mentioned) {
        @JsonProperty("type")
        public String type() {
            return "mention";
        }
    }

    public record Mentioned(String id, String name) {
    }

    /** Anything that can sit in a card's body. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
    @JsonSubTypes({@JsonSubTypes.Type(TextBlock.class), @JsonSubTypes.Type(FactSet.class),
            @JsonSubTypes.Type(ActionSet.class), @JsonSubTypes.Type(InputText.class),
            @JsonSubTypes.Type(InputNumber.class), @JsonSubTypes.Type(InputChoiceSet.class), @JsonSubTypes.Type(Image.class)})
    public sealed interface Element permits TextBlock, FactSet, ActionSet, InputText, InputNumber, InputChoiceSet, Image {
    }

    @JsonTypeName("TextBlock")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TextBlock(String text, String size, String weight, String fontType, Boolean wrap) implements Element {
        static TextBlock heading(String text) {
            return new TextBlock(text, "Medium", "Bolder", null, true);
        }

        static TextBlock paragraph(String text) {
            return new TextBlock(text, null, null, null, true);
        }

        static TextBlock monospace(String text) {
            return new TextBlock(text, null, null, "Monospace", true);
        }
    }

    @JsonTypeName("FactSet")
    public record FactSet(List<Fact> facts) implements Element {
        public FactSet {
            facts = List.copyOf(facts);
        }
    }

    public record Fact(String title, String value) {
    }

    @JsonTypeName("ActionSet")
    public record ActionSet(List<Submit> actions) implements Element {
        public ActionSet {
            actions = List.copyOf(actions);
        }
    }

    /** {@code Action.Submit}: Teams posts {@code data} back as the activity's {@code value}. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Submit(String title, String style, Map<String, String> data) {
        public Submit {
            data = Map.copyOf(data);
        }

        @JsonProperty("type")
        public String type() {
            return "Action.Submit";
        }
    }

    /** A picture: {@code url} may be a {@code data:image/png;base64,...} URI, which Teams shows inline. */
    @JsonTypeName("Image")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Image(String url, String altText, String size) implements Element {
    }

    @JsonTypeName("Input.Text")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InputText(String id, String label, @JsonProperty("isRequired") boolean required, String errorMessage,
                            String value, String placeholder, Integer maxLength,
                            @JsonProperty("isMultiline") boolean multiline) implements Element {
    }

    @JsonTypeName("Input.Number")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InputNumber(String id, String label, @JsonProperty("isRequired") boolean required, String errorMessage,
                              Long value, String placeholder) implements Element {
    }

    @JsonTypeName("Input.ChoiceSet")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record InputChoiceSet(String id, String label, @JsonProperty("isRequired") boolean required, String errorMessage,
                                 String value, String style, List<Choice> choices) implements Element {
        public InputChoiceSet {
            choices = List.copyOf(choices);
        }
    }

    public record Choice(String title, String value) {
    }
}
