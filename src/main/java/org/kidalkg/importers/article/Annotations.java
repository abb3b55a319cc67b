package org.kidalkg.importers.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a user writes about one article (the JSON annotation format of {@code docs/ingest.md}): the document,
 * the actors, places, events, control periods, participations and statements it mentions, and the claims
 * it reports, each claim grounded by its quote only. Ids are local names under {@code kid:}; types, stances,
 * media and the like are local names under {@code kkg:}. Date fields are a string or
 * {@code {"value"|"wording", "after"}} objects, kept as {@link JsonNode} and read by {@link VagueDates}. An item may
 * carry a {@code "review"} object (a draft of {@code kidal-kg extract}); it is not data, and {@link Proposals} refuses
 * a file with an item still proposed.
 */
public record Annotations(Document document, List<Actor> actors, List<Place> places, List<Event> events,
        List<ControlPeriod> controlPeriods, List<Participation> participations, List<Statement> statements,
        List<Claim> claims, List<Naming> namings) {

    public Annotations {
        namings = nonNull(namings);
        actors = nonNull(actors);
        places = nonNull(places);
        events = nonNull(events);
        controlPeriods = nonNull(controlPeriods);
        participations = nonNull(participations);
        statements = nonNull(statements);
        claims = nonNull(claims);
    }

    public record Document(String id, String title, String publisher, List<String> contributors, String issued,
            String language, String url) {
        public Document { contributors = nonNull(contributors); }
    }

    @JsonIgnoreProperties("review")
    public record Actor(String id, String type, String label, List<String> aliases, List<Translation> translations,
            List<String> memberOf, List<String> partOf, List<String> affiliatedWith, List<String> actsOnBehalfOf,
            String wikidata, String comment) {
        public Actor {
            aliases = nonNull(aliases);
            translations = nonNull(translations);
            memberOf = nonNull(memberOf);
            partOf = nonNull(partOf);
            affiliatedWith = nonNull(affiliatedWith);
            actsOnBehalfOf = nonNull(actsOnBehalfOf);
        }
    }

    @JsonIgnoreProperties("review")
    public record Place(String id, String type, String label, List<String> aliases, List<Translation> translations,
            String partOf, Double lat, Double lon, String wikidata, String comment) {
        public Place {
            aliases = nonNull(aliases);
            translations = nonNull(translations);
        }
    }

    /** An entity's label and aliases in another language than English ({@code "fr"}): more names, never the one shown. */
    public record Translation(String language, String label, List<String> aliases) {
        public Translation { aliases = nonNull(aliases); }
    }

    @JsonIgnoreProperties("review")
    public record Event(String id, String type, String label, String summary, List<String> agent, List<String> target,
            List<String> affected, String place, JsonNode begin, JsonNode end, String partOf, String comment) {
        public Event {
            agent = nonNull(agent);
            target = nonNull(target);
            affected = nonNull(affected);
        }
    }

    @JsonIgnoreProperties("review")
    public record ControlPeriod(String id, String label, String summary, String controller, String territory, String kind,
            JsonNode begin, JsonNode end, String startedBy, String endedBy, String describes, String extent,
            List<String> controlledParts, String comment) {
        public ControlPeriod { controlledParts = nonNull(controlledParts); }
    }

    @JsonIgnoreProperties("review")
    public record Participation(String id, String label, String summary, String participant, String event, String role) {}

    @JsonIgnoreProperties("review")
    public record Statement(String id, String label, String summary, List<String> mentions) {
        public Statement { mentions = nonNull(mentions); }
    }

    @JsonIgnoreProperties("review")
    public record Claim(String id, String claimant, String stance, JsonNode date, String medium, String about,
            String verification, String relayedBy, String caveatKind, String quote, Integer occurrence, String comment) {}

    /** A name a claimant gave an actor, in the words of one of the file's claims: {@code kkg:Naming}. */
    @JsonIgnoreProperties("review")
    public record Naming(String id, String label, String actor, String name, String language, String namedBy, String usedIn) {}

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    /** Reads an annotation file; a syntax error or an unknown field is an {@link IngestException} naming the file and line. */
    public static Annotations read(Path file) {
        try {
            Annotations a = JSON.readValue(file.toFile(), Annotations.class);
            if (a == null || a.document() == null) {
                throw new IngestException(file, "no \"document\" object");
            }
            JsonNode tree = JSON.readTree(file.toFile());
            Proposals.refuseUnreviewed(file, tree);
            Proposals.refuseUnclaimedControl(file, tree);
            return a;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new IngestException(file.toString(), line, e.getOriginalMessage());
        } catch (IOException e) {
            throw new IngestException(file, "cannot read: " + e.getMessage());
        }
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
