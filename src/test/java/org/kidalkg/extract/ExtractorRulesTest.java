package org.kidalkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.kidalkg.importers.KnownEntities;
import org.kidalkg.testing.BuiltInGraph;

/** Each extraction rule on a sentence or two, in English and French, against the built-in graph's actors and places. */
class ExtractorRulesTest {
    private static final KnownEntities KNOWN = KnownEntities.of(BuiltInGraph.store());

    private static Draft draft(String language, String text) {
        return new Extractor(Lexicon.of(language), KNOWN)
                .extract(text, new Extractor.Article("test-doc", "", LocalDate.parse("2023-11-14"), language, "France24", null));
    }

    private static List<JsonNode> claims(Draft draft) {
        List<JsonNode> out = new ArrayList<>();
        draft.section("claims").forEach(out::add);
        return out;
    }

    private static JsonNode only(Draft draft) {
        List<JsonNode> claims = claims(draft);
        assertEquals(1, claims.size(), draft.toJson());
        return claims.get(0);
    }

    @Test
    void aReportingVerbNamesTheClaimantBeforeIt() {
        JsonNode claim = only(draft("en", "Junta leader Assimi Goïta said in a message on state television that the war goes on."));
        assertEquals("AssimiGoita", claim.get("claimant").asText());
        assertEquals("Asserts", claim.get("stance").asText());
        assertEquals("StateTelevisionFlash", claim.get("medium").asText());
        assertEquals("en.reporting-verb", claim.get("review").get("rule").asText());
        assertEquals("proposed", claim.get("review").get("status").asText());
    }

    @Test
    void admittedIsAnAcknowledgementAndAStatementIsWritten() {
        JsonNode claim = only(draft("en", "The PSC admitted in a statement that it had left the town for strategic reasons."));
        assertEquals("PSC", claim.get("claimant").asText());
        assertEquals("Acknowledges", claim.get("stance").asText());
        assertEquals("WrittenStatement", claim.get("medium").asText());
    }

    @Test
    void aSecondVoiceInTheSentenceIsItsOwnClaim() {
        List<JsonNode> claims = claims(draft("en",
                "The operation involved Wagner mercenaries, according to residents, while the junta denies the presence of the group."));
        assertEquals(2, claims.size(), claims.toString());
        assertEquals("Residents", claims.get(0).get("claimant").asText());
        assertEquals("MalianJunta", claims.get(1).get("claimant").asText());
        assertEquals("Denies", claims.get(1).get("stance").asText());
    }

    @Test
    void accordingToTwoActorsIsTwoClaims() {
        List<JsonNode> claims = claims(draft("en", "Several civilians were killed in airstrikes, according to residents and rebels."));
        assertEquals(List.of("Residents", "TuaregSeparatists"), claims.stream().map(c -> c.get("claimant").asText()).toList());
        assertTrue(claims.stream().allMatch(c -> c.get("review").get("rule").asText().equals("en.according-to")));
    }

    @Test
    void aCaveatIsTheOutletsAndNamesItsKind() {
        List<JsonNode> claims = claims(draft("en", "The Malian army said on Tuesday it had taken control of Kidal. The extent of its control is unclear."));
        JsonNode caveat = claims.get(1);
        assertEquals("France24", caveat.get("claimant").asText());
        assertEquals("Caveats", caveat.get("stance").asText());
        assertEquals("ExtentUnclear", caveat.get("caveatKind").asText());
        assertEquals(claims.get(0).get("about").asText(), caveat.get("about").asText(), "a caveat on extent is about the control just claimed");
    }

    @Test
    void aChangeOfControlOfAKnownPlaceIsAProposedControlPeriod() {
        Draft draft = draft("en", "The Malian army said on Tuesday it had taken control of Kidal.");
        JsonNode period = draft.section("controlPeriods").get(0);
        assertEquals("FAMa", period.get("controller").asText());
        assertEquals("Kidal", period.get("territory").asText());
        assertEquals("on Tuesday", period.get("begin").get("wording").asText());
        assertEquals(period.get("id").asText(), only(draft).get("about").asText());
        assertEquals("on Tuesday", only(draft).get("date").asText());
    }

    /** Who controls what, for each control period of a draft: "FAMa Kidal". */
    private static List<String> control(Draft draft) {
        List<String> out = new ArrayList<>();
        draft.section("controlPeriods").forEach(p -> out.add(p.get("controller").asText() + " " + p.get("territory").asText()));
        return out;
    }

    @Test
    void theControllerIsTheSubjectOfTheVerbOfControlNotTheSpeaker() {
        assertEquals(List.of("FAMa Kidal"), control(draft("en", "State television reported on Tuesday that the army took control of the town of Kidal.")),
                "the army took it, not the broadcaster");
        assertEquals(List.of("FAMa Kidal"), control(draft("en", "\"Today our armed and security forces have taken over Kidal,\" Goïta said.")),
                "our forces: the armed forces of the state sovereign over Kidal's country");
        assertEquals(List.of("FAMa Kidal"), control(draft("en", "The Malian and Wagner forces then captured Kidal on November 14.")),
                "a country's forces named with another's");
        assertEquals(List.of("FAMa Kidal"), control(draft("fr",
                "Goïta a annoncé que les Forces armées maliennes « se sont emparées » de la ville de Kidal ce mardi 14 novembre 2023.")),
                "a verb of control is read through quotation marks");
    }

    @Test
    void thePlaceOfAPassiveVerbOfControlComesBeforeItAndItsControllerAfter() {
        assertEquals(List.of("FAMa Kidal"), control(draft("en", "Kidal was retaken by the Malian army on Tuesday, the junta said.")));
        assertEquals(List.of("FAMa Kidal"), control(draft("fr", "La ville de Kidal vient d'être reprise par l'armée malienne ce mardi 14 novembre 2023.")));
    }

    @Test
    void theTownIsTheTownLastNamedAndWhoTheActorJustBefore() {
        assertEquals(List.of("FAMa Kidal", "TuaregSeparatists Kidal"), control(draft("en",
                "The Malian army said on Tuesday it had taken Kidal from Tuareg separatists who had held the town since 2012.")));
        assertEquals(List.of(), control(draft("en", "The army said on Tuesday it had taken the town.")), "no town named before: none");
    }

    @Test
    void anAcknowledgmentOrADenialNamingThePlaceOfTheLastControlIsAboutIt() {
        Draft draft = draft("en", "The Malian army said on Tuesday it had taken control of Kidal. "
                + "A rebel spokesman confirmed the presence of the Malian army in Kidal. A local official denied that the army was in the town. "
                + "The junta denied the presence of Russian mercenaries.");
        List<JsonNode> claims = claims(draft);
        String control = draft.section("controlPeriods").get(0).get("id").asText();
        assertEquals(List.of(control, control, control), claims.subList(0, 3).stream().map(c -> c.get("about").asText()).toList());
        assertTrue(claims.get(3).get("about").asText().startsWith("stmt-"), "a denial that names neither the place nor the town is its own statement");
    }

    @Test
    void caveatsThatFollowOneAnotherAreAboutOneThing() {
        List<JsonNode> claims = claims(draft("en", "The Malian army said on Tuesday it had taken control of Kidal. The extent of its control is unclear. "
                + "Authorities have not released an image."));
        assertEquals(List.of("Asserts", "Caveats", "Caveats"), claims.stream().map(c -> c.get("stance").asText()).toList());
        assertEquals(claims.get(0).get("about").asText(), claims.get(2).get("about").asText(), "the image is evidence of the control, as the extent is");
    }

    @Test
    void aWithdrawalIsAProposedEvent() {
        Draft draft = draft("en", "Tuareg rebels withdrew from Anefis at the weekend, the Malian army said.");
        JsonNode event = draft.section("events").get(0);
        assertEquals("Withdrawal", event.get("type").asText());
        assertEquals("Anefis", event.get("place").asText());
    }

    @Test
    void sourcesTheDataDoesNotKnowAfterAccordingToAreNewActorsAndVagueOnesNoOne() {
        Draft draft = draft("en", "The operation involved mercenaries, according to herders and other sources, such as elected chiefs.");
        List<JsonNode> claims = claims(draft);
        assertEquals(List.of("Herders", "ElectedChiefs"), claims.stream().map(c -> c.get("claimant").asText()).toList(),
                "\"other sources\" is no one");
        assertTrue(claims.stream().allMatch(c -> c.get("review").get("rule").asText().equals("en.according-to-new")), claims.toString());
        assertEquals(List.of("herders", "elected chiefs"), labels(draft));
        assertEquals("MessagesPostedOnForums", only(draft("en",
                "The town has been emptied of its inhabitants, according to messages posted on forums.")).get("claimant").asText(),
                "\"posted\" after \"according to\" is no verb of speech");
    }

    @Test
    void sourcesAfterSelonThatTheDataDoesNotKnowAreNewActorsToo() {
        Draft draft = draft("fr", "Des civils ont été tués dans des frappes, selon des éleveurs et d'autres sources.");
        assertEquals(List.of("Eleveurs"), claims(draft).stream().map(c -> c.get("claimant").asText()).toList(), draft.toJson());
        assertEquals(List.of("éleveurs"), labels(draft), "proposed without its article; « d'autres sources » is no one");
    }

    @Test
    void aNewActorNamedAgainWithFewerWordsIsTheSameOne() {
        Draft draft = draft("en", "The Burkinabe militia announced on Tuesday that it had crossed the border. "
                + "\"The border is closed,\" a senior militia source also told AFP.");
        List<String> claimants = claims(draft).stream().map(c -> c.get("claimant").asText()).toList();
        assertEquals("BurkinabeMilitia", claimants.get(0));
        assertTrue(labels(draft).containsAll(List.of("Burkinabe militia", "senior militia source")), labels(draft).toString());
        Draft again = draft("en", "The Burkinabe militia announced that it had crossed the border. The militia denied it later.");
        assertEquals(List.of("BurkinabeMilitia", "BurkinabeMilitia"), claims(again).stream().map(c -> c.get("claimant").asText()).toList());
        assertEquals(1, again.section("actors").size(), again.toJson());
    }

    @Test
    void theAppositionsOfASubjectAreTheOutletsBackgroundInAnAccordingToSentence() {
        List<JsonNode> claims = claims(draft("en", "Kidal, the historic centre of the uprisings, located far from the capital Bamako, "
                + "has been emptied of its inhabitants, according to residents."));
        assertEquals(List.of("France24", "France24", "Residents"), claims.stream().map(c -> c.get("claimant").asText()).toList(), claims.toString());
        assertEquals("has been emptied of its inhabitants, according to residents.", claims.get(2).get("quote").asText());
        assertEquals(1, claims(draft("en", "Several civilians, including children, were killed in airstrikes, according to residents.")).size(),
                "a comma before the verb closes a parenthetical only after a segment break");
    }

    @Test
    void wordsQuotedInsideAReportedSentenceAreAClaimOfTheirOwn() {
        List<JsonNode> claims = claims(draft("en", "The PSC admitted that it had withdrawn from the city \"for strategic reasons\" after days of fighting."));
        assertEquals(List.of("PSC", "PSC"), claims.stream().map(c -> c.get("claimant").asText()).toList(), claims.toString());
        assertEquals("for strategic reasons", claims.get(1).get("quote").asText());
        assertEquals("Acknowledges", claims.get(1).get("stance").asText());
        assertEquals("en.partial-quote", claims.get(1).get("review").get("rule").asText());
        assertEquals(1, claims(draft("en", "\"The struggle continues,\" the PSC vowed on Tuesday in a long statement.")).size(),
                "a quotation opening the sentence is the sentence's claim");
        assertEquals(1, claims(draft("en", "The PSC said that \"all its fighters have left the town\".")).size(),
                "nor one that is the reported words after \"that\"");
        assertEquals(1, claims(draft("en", "The town was calm and looked like a \"ghost town\" on Tuesday.")).size(),
                "nor words the outlet quotes in its own voice");
        assertEquals(1, claims(draft("fr", "Le PSC a reconnu s'être retiré de la ville « pour des raisons stratégiques » mardi.")).size(),
                "French reviewers do not annotate them apart (lexicon-fr.json has no partialQuotes)");
    }

    @Test
    void aSecondThatClauseOfOneVerbIsItsOwnClaim() {
        List<JsonNode> claims = claims(draft("en", "Mara said the hostages were safe and that the MNLA was controlling key parts of Kidal."));
        assertEquals(2, claims.size(), claims.toString());
        assertEquals("and that the MNLA was controlling key parts of Kidal.", claims.get(1).get("quote").asText());
        assertEquals("MoussaMara", claims.get(1).get("claimant").asText());
    }

    private static List<String> labels(Draft draft) {
        List<String> out = new ArrayList<>();
        draft.section("actors").forEach(a -> out.add(a.get("label").asText()));
        return out;
    }

    @Test
    void toldAfpIsTheRelay() {
        JsonNode claim = only(draft("en", "Two officers told AFP on condition of anonymity that the rebels had left."));
        assertEquals("AFP", claim.get("relayedBy").asText());
        assertEquals("Asserts", claim.get("stance").asText());
    }

    @Test
    void punctuationBeforeAReportingVerbIsNoSpeaker() {
        JsonNode claim = only(draft("en", "'The town is calm,' – said on Tuesday."));
        assertEquals("France24", claim.get("claimant").asText(), "no words, no new actor (this crashed the draft)");
    }

    @Test
    void anUnknownSpeakerIsProposedAsANewActor() {
        Draft draft = draft("en", "A local notable said the town was calm.");
        assertEquals("LocalNotable", only(draft).get("claimant").asText());
        JsonNode actor = draft.section("actors").get(0);
        assertEquals("local notable", actor.get("label").asText(), "proposed without its article");
        assertEquals("proposed", actor.get("review").get("status").asText());
    }

    @Test
    void headingsBylinesAndSignaturesAreNotClaims() {
        Draft draft = draft("en", "Malian army claims capture of Kidal\n\nBy A Reporter\n\nSubscribe now\n\nThe army entered the city.");
        assertEquals(1, claims(draft).size(), draft.toJson());
    }

    @Test
    void aHeadlineEndingOnAQuotationIsNotAClaim() {
        Draft draft = draft("fr", "Mali : le PSC annonce son retrait de Kidal « pour des raisons stratégiques »\n\n"
                + "Le PSC a annoncé mardi son retrait de la ville « pour des raisons stratégiques ».");
        assertTrue(only(draft).get("quote").asText().startsWith("Le PSC a annoncé mardi"), draft.toJson());
    }

    @Test
    void aQuotationContinuedAcrossSentencesKeepsItsSpeaker() {
        List<JsonNode> claims = claims(draft("en",
                "\"Today our forces have taken over Kidal. Our mission is not complete,\" junta leader Assimi Goïta said."));
        assertEquals(2, claims.size(), claims.toString());
        assertTrue(claims.stream().allMatch(c -> c.get("claimant").asText().equals("AssimiGoita")), claims.toString());
    }

    @Test
    void frenchReportingVerbsAndAttribution() {
        JsonNode acknowledged = only(draft("fr", "Le PSC a reconnu dans un communiqué avoir quitté la ville."));
        assertEquals("PSC", acknowledged.get("claimant").asText());
        assertEquals("Acknowledges", acknowledged.get("stance").asText());
        assertEquals("WrittenStatement", acknowledged.get("medium").asText());

        JsonNode denied = only(draft("fr", "La junte a démenti la présence de mercenaires russes."));
        assertEquals("Denies", denied.get("stance").asText());

        JsonNode according = only(draft("fr", "Des civils ont été tués dans des frappes aériennes, selon le PSC."));
        assertEquals("PSC", according.get("claimant").asText());
        assertEquals("fr.according-to", according.get("review").get("rule").asText());
    }

    @Test
    void aPassiveNamesTheSpeakerAfterTheVerb() {
        JsonNode claim = only(draft("en", "The capture of the town was confirmed by the PSC on Tuesday."));
        assertEquals("PSC", claim.get("claimant").asText());
        assertEquals("Acknowledges", claim.get("stance").asText());
        assertEquals("en.reporting-verb-passive", claim.get("review").get("rule").asText());
        JsonNode french = only(draft("fr", "Une annonce confirmée par le PSC qui dit s'être retiré de la ville."));
        assertEquals("PSC", french.get("claimant").asText());
    }

    @Test
    void frenchCaveatAndStateTelevision() {
        List<JsonNode> claims = claims(draft("fr",
                "Assimi Goïta a annoncé à la télévision d'État que l'armée avait pris Kidal. Cette information n'a pas pu être vérifiée."));
        assertEquals("StateTelevisionFlash", claims.get(0).get("medium").asText());
        assertEquals("AssimiGoita", claims.get(0).get("claimant").asText());
        assertEquals("Caveats", claims.get(1).get("stance").asText());
        assertEquals("EvidenceMissing", claims.get(1).get("caveatKind").asText());
    }

    @Test
    void aQuotationIsNeverCutInsideWhereABreakFollowsIt() {
        String text = "Goïta a affirmé : « aujourd’hui, nos forces armées et de sécurité se sont emparées de Kidal »"
                + " précisant que « notre mission n’est pas achevée ».";
        List<String> quotes = claims(draft("fr", text)).stream().map(c -> c.get("quote").asText()).toList();
        assertEquals(2, quotes.size(), quotes.toString());
        assertTrue(quotes.get(0).endsWith("emparées de Kidal »"), quotes.toString());
        assertTrue(quotes.get(1).startsWith("précisant que « notre mission"), quotes.toString());
    }

    @Test
    void aSpeakerInAppositionAfterAQuotationSpeaksIt() {
        String text = "L’armée a repris la ville. « Aujourd’hui nos forces se sont emparées de Kidal » , l’homme fort du Mali,"
                + " le colonel Assimi Goïta, dans un message lu au cours d’un flash spécial à la télévision d’État.";
        JsonNode claim = claims(draft("fr", text)).get(1);
        assertEquals("AssimiGoita", claim.get("claimant").asText());
        assertEquals("fr.quote-apposition", claim.get("review").get("rule").asText());
        assertEquals("StateTelevisionFlash", claim.get("medium").asText());
        assertTrue(claim.get("quote").asText().startsWith("« Aujourd’hui") && claim.get("quote").asText().endsWith("d’État."), claim.toString());
        // without a known actor in the appositions, the words are the outlet's
        List<JsonNode> unknown = claims(draft("fr", "« Nous ne partirons pas de la ville » , un habitant, joint par téléphone."));
        assertTrue(unknown.stream().allMatch(c -> c.get("claimant").asText().equals("France24")), unknown.toString());
    }

    @Test
    void aColonAfterTheReportingVerbIntroducesTheClaim() {
        JsonNode claim = only(draft("fr", "Le PSC a affirmé : « nous avons quitté Kidal pour des raisons stratégiques »."));
        assertEquals("PSC", claim.get("claimant").asText());
        assertEquals("« nous avons quitté Kidal pour des raisons stratégiques ».", claim.get("quote").asText());
        JsonNode plain = only(draft("fr", "Le PSC a affirmé que la ville était calme."));
        assertTrue(plain.get("quote").asText().startsWith("Le PSC a affirmé"), plain.toString());
    }

    @Test
    void anActorNamedInAnInsertionIsNotTheSubject() {
        JsonNode claim = only(draft("fr", "Le Cadre stratégique permanent, regroupant des rebelles touareg, a, pour sa part,"
                + " révélé dans un communiqué s’être retiré de la ville."));
        assertEquals("PSC", claim.get("claimant").asText());
        JsonNode relative = only(draft("fr", "Le PSC, qui a combattu l’armée malienne, a annoncé son retrait de la ville."));
        assertEquals("PSC", relative.get("claimant").asText());
        JsonNode apposition = only(draft("fr", "Le chef de la junte, le colonel Assimi Goïta, a annoncé la prise de la ville."));
        assertEquals("AssimiGoita", apposition.get("claimant").asText());
    }

    @Test
    void frenchClausesAreCutBeforeAGerundAQuotedAdjunctOrAvantDe() {
        assertEquals(List.of("Le PSC a annoncé, un peu plus tôt, son retrait de la ville",
                "avant de lancer « un appel à la mobilisation de tous »."),
                quotes(draft("fr", "Le PSC a annoncé, un peu plus tôt, son retrait de la ville avant de lancer « un appel à la mobilisation de tous ».")));
        assertEquals(List.of("Le PSC a dit avoir résisté à l’avancée de l’armée", "en leur « infligeant des pertes humaines »."),
                quotes(draft("fr", "Le PSC a dit avoir résisté à l’avancée de l’armée en leur « infligeant des pertes humaines ».")));
        assertEquals(List.of("Goïta a annoncé que l’armée avait pris la ville ce mardi", "“en infligeant de lourdes pertes aux groupes armés”."),
                quotes(draft("fr", "Goïta a annoncé que l’armée avait pris la ville ce mardi, “en infligeant de lourdes pertes aux groupes armés”.")));
    }

    @Test
    void etCeGoesOnWithTheVoiceBefore() {
        List<JsonNode> claims = claims(draft("fr", "Le PSC a annoncé son retrait de la ville. Et ce, après avoir résisté"
                + " pendant plusieurs jours à l’avancée de l’armée. La ville est calme depuis mardi."));
        assertEquals(List.of("PSC", "PSC", "France24"), claims.stream().map(c -> c.get("claimant").asText()).toList());
        assertEquals("fr.continued", claims.get(1).get("review").get("rule").asText());
        // after the outlet's own sentence, "Et ce," is the outlet's still
        List<JsonNode> narrated = claims(draft("fr", "La ville est calme depuis mardi. Et ce, malgré les frappes aériennes de la semaine."));
        assertTrue(narrated.stream().allMatch(c -> c.get("claimant").asText().equals("France24")), narrated.toString());
    }

    @Test
    void reportedSpeechThroughAnInfinitiveIsAChangeOfControl() {
        Draft withdrawal = draft("fr", "Le PSC a reconnu dans un communiqué avoir quitté Kidal pour des raisons stratégiques.");
        JsonNode event = withdrawal.section("events").get(0);
        assertEquals("Withdrawal", event.get("type").asText());
        assertEquals("PSC", event.get("agent").get(0).asText(), event.toString());
        assertEquals("Kidal", event.get("place").asText());
        assertEquals(event.get("id").asText(), only(withdrawal).get("about").asText());

        JsonNode gain = draft("fr", "L’armée malienne informe avoir repris le contrôle de Kidal.").section("controlPeriods").get(0);
        assertEquals("FAMa", gain.get("controller").asText());
        assertEquals("Kidal", gain.get("territory").asText());
    }

    @Test
    void aDateBetweenTheVerbAndItsObject() {
        Draft draft = draft("fr", "Le PSC a annoncé, mardi, son retrait de la ville de Kidal.");
        JsonNode claim = only(draft);
        assertEquals("PSC", claim.get("claimant").asText());
        assertEquals("mardi", claim.get("date").asText());
        assertEquals("Withdrawal", draft.section("events").get(0).get("type").asText());
        assertEquals("Kidal", draft.section("events").get(0).get("place").asText());
    }

    @Test
    void frenchTypographyWithNonBreakingSpaces() {
        // French print puts a no-break space (or a narrow one) inside « » and before : ; ? !
        JsonNode colon = only(draft("fr", "Le PSC a affirmé\u00a0: «\u00a0nous avons quitté Kidal pour des raisons stratégiques\u202f»."));
        assertEquals("PSC", colon.get("claimant").asText());
        assertTrue(colon.get("quote").asText().startsWith("«"), colon.toString());
        String text = "L’armée a repris la ville. «\u00a0Aujourd’hui nos forces se sont emparées de Kidal\u00a0»\u00a0, l’homme fort"
                + " du Mali, le colonel Assimi Goïta, dans un message lu à la télévision d’État.";
        List<JsonNode> claims = claims(draft("fr", text));
        assertEquals(2, claims.size(), claims.toString());
        assertEquals("AssimiGoita", claims.get(1).get("claimant").asText());
        assertEquals(List.of("Goïta a annoncé que l’armée avait pris la ville", "précisant que «\u00a0notre mission n’est pas achevée\u00a0»."),
                quotes(draft("fr", "Goïta a annoncé que l’armée avait pris la ville précisant que «\u00a0notre mission n’est pas achevée\u00a0».")));
    }

    private static List<String> quotes(Draft draft) {
        return claims(draft).stream().map(c -> c.get("quote").asText()).toList();
    }

    @Test
    void theLanguageIsGuessedFromItsWords() {
        assertEquals("fr", Languages.guess("L'armée malienne a annoncé mardi la prise de Kidal, selon un communiqué."));
        assertEquals("en", Languages.guess("The Malian army announced on Tuesday that it had taken Kidal."));
        assertNull(draft("en", "Short.").section("claims").get(0));
    }

    @Test
    void aSpeakerNamedByRoleOnlyIsTheHolderOfThatKnownPosition() {
        assertEquals("AssimiGoita", only(draft("en", "The junta leader spoke of progress in the north.")).get("claimant").asText());
        assertEquals("AssimiGoita", only(draft("en", "Mali's leader says the army has entered Kidal.")).get("claimant").asText());
        JsonNode chief = only(draft("en", "Urging residents to stay calm, the Chief of General Staff of the Armed Forces said the town was secure."));
        assertEquals("ChiefOfGeneralStaff", chief.get("claimant").asText(), "the phrase before the verb, not the residents named earlier");
        assertEquals("en.reporting-verb", chief.get("review").get("rule").asText());
    }

    @Test
    void aTitleBeforeASurnameNamesTheOneKnownPersonOfThatName() {
        assertEquals("MoussaMara", only(draft("en", "Mr Mara said the government would send troops.")).get("claimant").asText());
        List<JsonNode> claims = claims(draft("en", "\"We are at war,\" Mara told a Reuters reporter. He told a news conference the troops had left."));
        assertEquals(List.of("MoussaMara", "MoussaMara"), claims.stream().map(c -> c.get("claimant").asText()).toList(),
                "the one told is not the speaker; \"he\" is the last one named");
    }

    @Test
    void anUnknownSubjectBeforeTheVerbIsNotReplacedByAnActorAfterIt() {
        JsonNode claim = only(draft("en", "A rebel spokesman based abroad confirmed the presence of the Malian army in Kidal."));
        assertEquals("RebelSpokesmanBasedAbroad", claim.get("claimant").asText());
        assertEquals("en.reporting-verb-unknown-subject", claim.get("review").get("rule").asText());
    }

    @Test
    void aHedgedSentenceIsReportedWithoutConfirming() {
        for (String sentence : List.of("The fighters are believed to be from the MNLA.", "At least ten people reportedly died in Kidal.")) {
            JsonNode claim = only(draft("en", sentence));
            assertEquals("France24", claim.get("claimant").asText());
            assertEquals("ReportsWithoutConfirming", claim.get("stance").asText());
            assertEquals("en.hedge", claim.get("review").get("rule").asText());
        }
    }

    @Test
    void aRelativeClauseCutFromReportedWordsIsTheOutletsBackground() {
        List<JsonNode> claims = claims(draft("en",
                "The Malian army said on Tuesday that it had entered Kidal, which it had not held for a decade."));
        assertEquals(List.of("FAMa", "France24"), claims.stream().map(c -> c.get("claimant").asText()).toList(), claims.toString());
        assertEquals("en.background", claims.get(1).get("review").get("rule").asText());
        List<JsonNode> restrictive = claims(draft("en",
                "The army said it retook the town from Tuareg separatists who had held it since 2012."));
        assertEquals(List.of("FAMa", "France24"), restrictive.stream().map(c -> c.get("claimant").asText()).toList(), restrictive.toString());
    }

    @Test
    void aRelativeClauseInsideTheSubjectOrAPrepositionalPhraseIsNotCut() {
        assertEquals(1, claims(draft("en", "The last convoys of the mission, which left Tessalit on Monday, also arrived in Gao on Friday.")).size());
        assertEquals(1, claims(draft("en", "The mission closed its camp in Kidal today, following the departure of its last personnel.")).size());
        assertEquals(2, claims(draft("en", "The rebels left the town on Sunday, after resisting the advance of the army for days.")).size());
    }

    @Test
    void aPersonIntroducedByRoleTitleAndNameIsTheRoleLater() {
        List<JsonNode> claims = claims(draft("en", "Army chief Colonel Amadou Traoré said the town was taken. "
                + "The army chief spoke of \"heavy losses\". \"The mission goes on,\" he said."));
        assertEquals(List.of("AmadouTraore", "AmadouTraore", "AmadouTraore", "AmadouTraore"), claims.stream().map(c -> c.get("claimant").asText()).toList());
    }

    @Test
    void aNameInAppositionToTheSubjectIsTheSpeaker() {
        JsonNode claim = only(draft("en", "Mali's interior minister, Jean Dupont, spoke on social media of progress."));
        assertEquals("JeanDupont", claim.get("claimant").asText());
    }

    @Test
    void quotedHimAsSayingIsSaidByHimAndRelayed() {
        List<JsonNode> claims = claims(draft("en", "Mr Mara said troops would be sent. \"We will double our troops,\" AFP quoted him as saying."));
        assertEquals("MoussaMara", claims.get(1).get("claimant").asText());
        assertEquals("en.pronoun", claims.get(1).get("review").get("rule").asText());
        assertEquals("AFP", claims.get(1).get("relayedBy").asText());
    }

    @Test
    void aQuotationIsNotCutIntoClauses() {
        JsonNode claim = only(draft("en", "\"Eight soldiers were killed, while 28 of the attackers were killed,\" the defence ministry said."));
        assertEquals("MalianDefenceMinistry", claim.get("claimant").asText(), "the one known actor whose name ends so");
    }

    @Test
    void aFactBoxFieldIsAStatementAndAHeadlineIsNot() {
        List<JsonNode> claims = claims(draft("en", "Mali: the army enters Kidal\n\nResult: Malian victory\nDate: 14 November 2023\n\nThe army entered the town."));
        assertEquals(List.of("Result: Malian victory", "Date: 14 November 2023", "The army entered the town."),
                claims.stream().map(c -> c.get("quote").asText()).toList());
    }

    @Test
    void aCoordinatedPastTenseVerbAfterACommaIsItsOwnClaim() {
        assertEquals(2, claims(draft("en", "The rebels began blockades of the northern cities, and exerted control of rural Kidal.")).size());
        assertEquals(1, claims(draft("en", "The army took Kidal, Tessalit, Aguelhok, and Anefis in November.")).size());
    }

    @Test
    void anAdverbialGerundPhraseIsItsOwnClaimAndAnExampleIsNot() {
        List<JsonNode> opening = claims(draft("en", "By leaving the camp on 31 October, the mission left a vacuum in the north."));
        assertEquals(List.of("By leaving the camp on 31 October", "the mission left a vacuum in the north."),
                opening.stream().map(c -> c.get("quote").asText()).toList());
        List<JsonNode> after = claims(draft("en", "The Malian army says it has taken the town of Kidal after carrying out a raid on armed groups."));
        assertEquals(2, after.size(), after.toString());
        assertTrue(after.stream().allMatch(c -> c.get("claimant").asText().equals("FAMa")), after.toString());
        assertEquals(1, claims(draft("en", "The departure was difficult for many reasons, including the threats to peacekeepers on the roads.")).size());
    }

    @Test
    void aCaptionWithAReportingVerbIsAClaimAndTheHeadlineIsNot() {
        List<JsonNode> claims = claims(draft("en", "Mali's army says it has taken Kidal\n\nPrime Minister Moussa Mara (centre) said that Mali was at war\n\n"
                + "The army entered the town."));
        assertEquals(List.of("MoussaMara", "France24"), claims.stream().map(c -> c.get("claimant").asText()).toList(), claims.toString());
    }
}
