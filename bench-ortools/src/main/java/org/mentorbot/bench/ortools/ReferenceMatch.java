package org.mentorbot.bench.ortools;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The yardstick for {@code match --roster ROSTER.json --edges EDGES.csv --out RESULT.json}: the
 * same files read with plain, idiomatic Java (Jackson's streaming parser, a hash map from id to
 * node), the same capacitated assignment solved by OR-Tools (most pairs first, then the highest
 * total score, as a maximum flow of minimum cost), and the same RESULT.json written. It checks
 * nothing the CLI checks, so it is the faster of the two at reading by construction.
 *
 * <pre>java -cp ortools-reference.jar:lib/* org.mentorbot.bench.ortools.ReferenceMatch --roster R --edges E --out O</pre>
 */
public final class ReferenceMatch {

    private final List<String> menteeIds = new ArrayList<>();
    private final List<String> mentorIds = new ArrayList<>();
    private final List<Integer> capacities = new ArrayList<>();
    private final Map<String, Integer> menteeIndex = new HashMap<>();
    private final Map<String, Integer> mentorIndex = new HashMap<>();

    private ReferenceMatch() {
    }

    public static void main(String[] args) throws IOException {
        Path roster = Path.of(option(args, "--roster"));
        Path edges = Path.of(option(args, "--edges"));
        Path out = Path.of(option(args, "--out"));
        Loader.loadNativeLibraries();
        ReferenceMatch match = new ReferenceMatch();
        match.readRoster(roster);
        match.solveAndWrite(edges, out);
    }

    private static String option(String[] args, String name) {
        for (int k = 0; k + 1 < args.length; k++) {
            if (args[k].equals(name)) {
                return args[k + 1];
            }
        }
        throw new IllegalArgumentException("missing " + name);
    }

    private void readRoster(Path file) throws IOException {
        try (JsonParser json = new JsonFactory().createParser(file.toFile())) {
            while (json.nextToken() != null) {
                if (json.currentToken() == JsonToken.FIELD_NAME && json.currentName().equals("participants")) {
                    json.nextToken();
                    while (json.nextToken() == JsonToken.START_OBJECT) {
                        participant(json);
                    }
                }
            }
        }
    }

    private void participant(JsonParser json) throws IOException {
        String id = null;
        String role = null;
        Integer capacity = null;
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String field = json.currentName();
            json.nextToken();
            switch (field) {
                case "id" -> id = json.getText();
                case "role" -> role = json.getText();
                case "capacity" -> capacity = json.getIntValue();
                default -> json.skipChildren();
            }
        }
        if (!"mentor".equals(role)) {
            menteeIndex.put(id, menteeIds.size());
            menteeIds.add(id);
        }
        if (!"mentee".equals(role)) {
            mentorIndex.put(id, mentorIds.size());
            mentorIds.add(id);
            capacities.add(capacity == null ? 1 : capacity);
        }
    }

    /** Nodes: source, mentees, mentors, sink. Arc costs are negated scores, so the cheapest maximum flow is the best matching. */
    private void solveAndWrite(Path edgesFile, Path out) throws IOException {
        int mentees = menteeIds.size();
        int mentors = mentorIds.size();
        int source = 0;
        int sink = 1 + mentees + mentors;
        MinCostFlow flow = new MinCostFlow();
        for (int i = 0; i < mentees; i++) {
            flow.addArcWithCapacityAndUnitCost(source, 1 + i, 1, 0);
        }
        for (int m = 0; m < mentors; m++) {
            flow.addArcWithCapacityAndUnitCost(1 + mentees + m, sink, capacities.get(m), 0);
        }
        int firstPairArc = mentees + mentors;
        List<int[]> pairs = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(edgesFile, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int first = line.indexOf(',');
                int second = line.indexOf(',', first + 1);
                if (first < 0 || line.startsWith("mentee_id")) {
                    continue;
                }
                Integer mentee = menteeIndex.get(line.substring(0, first));
                Integer mentor = mentorIndex.get(line.substring(first + 1, second));
                int score = Integer.parseInt(line.substring(second + 1));
                if (menteeIds.get(mentee).equals(mentorIds.get(mentor))) {
                    continue;
                }
                flow.addArcWithCapacityAndUnitCost(1 + mentee, 1 + mentees + mentor, 1, -score);
                pairs.add(new int[] {mentee, mentor, score});
            }
        }
        flow.setNodeSupply(source, mentees);
        flow.setNodeSupply(sink, -mentees);
        MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
        if (status != MinCostFlowBase.Status.OPTIMAL) {
            throw new IllegalStateException("OR-Tools: " + status);
        }
        int[] mentorOf = new int[mentees];
        int[] scoreOf = new int[mentees];
        java.util.Arrays.fill(mentorOf, -1);
        for (int k = 0; k < pairs.size(); k++) {
            if (flow.getFlow(firstPairArc + k) > 0) {
                mentorOf[pairs.get(k)[0]] = pairs.get(k)[1];
                scoreOf[pairs.get(k)[0]] = pairs.get(k)[2];
            }
        }
        write(out, mentorOf, scoreOf, -flow.getOptimalCost());
    }

    private void write(Path out, int[] mentorOf, int[] scoreOf, long total) throws IOException {
        File file = out.toFile();
        try (JsonGenerator json = new JsonFactory().createGenerator(file, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeArrayFieldStart("pairs");
            for (int i = 0; i < mentorOf.length; i++) {
                if (mentorOf[i] >= 0) {
                    json.writeStartObject();
                    json.writeStringField("mentor", mentorIds.get(mentorOf[i]));
                    json.writeStringField("mentee", menteeIds.get(i));
                    json.writeNumberField("score", scoreOf[i]);
                    json.writeArrayFieldStart("reasons");
                    json.writeString("Score " + scoreOf[i] + " from the imported edge list");
                    json.writeEndArray();
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("unmatched");
            for (int i = 0; i < mentorOf.length; i++) {
                if (mentorOf[i] < 0) {
                    json.writeString(menteeIds.get(i));
                }
            }
            json.writeEndArray();
            json.writeNumberField("totalScore", total);
            json.writeBooleanField("optimal", true);
            json.writeEndObject();
        }
        System.out.printf("matched %d mentees, total score %d -> %s%n",
                java.util.Arrays.stream(mentorOf).filter(m -> m >= 0).count(), total, out);
    }
}
