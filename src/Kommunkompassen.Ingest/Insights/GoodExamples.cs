using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Insights;

/// <summary>A sub-question of one framework version.</summary>
public readonly record struct QuestionKey(string Framework, string Question);

/// <summary>A text of the archive that matched the topic (from search).</summary>
public readonly record struct TopicHit(string ReportId, string Kind, string Text);

/// <summary>One piece of evidence that a municipality is worth learning from on the topic.</summary>
public sealed record ExampleEvidence(string Kind, string Report, int Year, string Framework, string Text, string? Question, double? Score, double? Max);

/// <summary>A municipality to learn from, its rank score and the evidence.</summary>
public sealed record GoodExample(MunicipalityRef Municipality, double Rank, IReadOnlyList<ExampleEvidence> Evidence);

/// <summary>
/// Ranks municipalities as good examples on a topic. The topic arrives resolved: the
/// sub-questions it means (per framework, joined across versions by the crosswalk), the archive
/// texts a search for it found, and for a topic typed in words a matcher that tells whether a
/// text speaks of it.
/// <para>
/// A citation is a mention of the municipality in another report. For a topic in words it counts
/// when its citing sentence speaks of the topic — the sentence that names the municipality, or,
/// where that sentence refers back ("Sådana kanaler finns även i …", "Ett gott exempel på detta
/// är …"), the sentence before it and the sentence together (<see cref="CitingSentence"/>); that
/// text is the evidence. A compound topic named whole earlier in the passage may be called by its
/// head alone in the definite form ("dialogerna" after "Medborgardialoger"), and right after the
/// sentence that named it, in any form. Neither the sub-question the topic resolved to nor a paragraph that
/// mentions the topic makes a citation: a paragraph often cites one municipality per practice. A
/// topic nobody is cited for lists no citation. For a sub-question id (no matcher) a citation
/// counts when the mention sits under one of the topic's sub-questions, or in a passage the
/// search found, and its sentence is the evidence.
/// </para>
/// <para>
/// Its own strengths count when the strength itself speaks of the topic (topic in words), or when
/// the search found it or the classifier put it under the topic's sub-question (sub-question id).
/// </para>
/// The rank of a municipality is
/// 3 × (times another report cites it as an example on the topic)
/// + 2 × (its own strengths on the topic)
/// + its own score on the topic's sub-question as a share of the maximum (0–1, the best of its evaluations),
/// and a municipality is listed only if it is cited, has such a strength, or scores at least 75 %.
/// Ties go by name. Its own narrative passages on the topic are shown as evidence but add nothing.
/// </summary>
public static class GoodExamples
{
    public const double CitationWeight = 3;
    public const double StrengthWeight = 2;
    public const double MinimumShare = 0.75;

    /// <summary>Content words a sentence that opens with one more municipality must share with the example right before it (<see cref="CitingSentence.NextExampleAfter"/>).</summary>
    public const int MinSharedWithExample = 1;

    /// <summary>
    /// The good examples on a topic, best first. <paramref name="topic"/> is the matcher of a topic
    /// typed in words; null for a sub-question id.
    /// </summary>
    public static IReadOnlyList<GoodExample> Rank(
        IReadOnlyList<ReportRecord> records,
        IReadOnlySet<QuestionKey> questions,
        IReadOnlyCollection<TopicHit> hits,
        ITopicMatcher? topic = null)
    {
        var hitTexts = hits.Select(h => (h.ReportId, h.Kind, h.Text)).ToHashSet();
        var evidence = new Dictionary<string, (MunicipalityRef M, List<ExampleEvidence> E)>(StringComparer.Ordinal);
        void Add(MunicipalityRef m, ExampleEvidence e)
        {
            if (!evidence.TryGetValue(m.Code, out var entry))
            {
                entry = (m, []);
                evidence[m.Code] = entry;
            }

            if (!entry.E.Contains(e))
            {
                entry.E.Add(e);
            }
        }

        foreach (var r in records)
        {
            // Cited by another report: for a topic in words, by what the citing sentence (pair) says;
            // for a sub-question id, by where the mention sits.
            var cited = new HashSet<string>(StringComparer.Ordinal); // the sentences of this report that cite for the topic, so far
            foreach (var m in r.Mentions)
            {
                if (topic is not null)
                {
                    if (CitingSentence.NamesAsPartner(m) || CitingSentence.NamesInPassing(m) || CitingSentence.NamesAsFailure(m) || CitingSentence.HedgedAfter(m, r.Passages, r.Municipality.Code) || Withdrawn(m, r, topic))
                    {
                        continue;
                    }

                    if (CitingSentence.Readings(m, r.Passages, r.Municipality.Code).FirstOrDefault(reading => Speaks(topic, reading, m, r.Passages, r.Mentions, cited, r.Municipality.Code)) is { } citing)
                    {
                        Add(m.Municipality, new ExampleEvidence("cited", r.Id, r.Year, r.Framework, citing, m.Question, null, null));
                        cited.Add(m.Sentence);
                    }
                }
                else if ((m.Question is { } q && questions.Contains(new QuestionKey(r.Framework, q)))
                    || r.Passages.Any(p => p.Text.Contains(m.Sentence, StringComparison.Ordinal) && hitTexts.Contains((r.Id, "narrative", p.Text))))
                {
                    Add(m.Municipality, new ExampleEvidence("cited", r.Id, r.Year, r.Framework, m.Sentence, m.Question, null, null));
                }
            }

            // Its own strengths on the topic: speaking of it (topic in words); found by the search or
            // classified to the topic's sub-question (sub-question id).
            foreach (var area in r.Areas)
            {
                foreach (var s in area.Strengths)
                {
                    var predicted = r.Findings.FirstOrDefault(f => f.Kind == "strength" && f.Text == s)?.PredictedQuestion;
                    var onTopic = topic is not null
                        ? topic.Speaks(s)
                        : hitTexts.Contains((r.Id, "strength", s)) || (predicted is not null && questions.Contains(new QuestionKey(r.Framework, predicted)));
                    if (onTopic)
                    {
                        Add(r.Municipality, new ExampleEvidence("strength", r.Id, r.Year, r.Framework, s, predicted, null, null));
                    }
                }
            }

            // Its own narrative on the topic (shown as evidence; it does not add to the rank, as a
            // passage may as well describe a weakness).
            // For a topic in words the passage must speak of it too: the search also lets texts
            // with a single part of a compound in when the whole is rare.
            foreach (var p in r.Passages.Where(p => hitTexts.Contains((r.Id, "narrative", p.Text)) && (topic is null || topic.Speaks(p.Text))))
            {
                Add(r.Municipality, new ExampleEvidence("narrative", r.Id, r.Year, r.Framework, p.Text, p.Question, null, null));
            }

            // Its own score on the topic's sub-question(s).
            foreach (var q in r.Questions.Where(q => q.Score is not null && questions.Contains(new QuestionKey(r.Framework, q.Id))))
            {
                Add(r.Municipality, new ExampleEvidence("score", r.Id, r.Year, r.Framework, q.Text, q.Id, q.Score, q.Max));
            }
        }

        return evidence.Values
            .Select(x => new GoodExample(x.M, RankOf(x.E), x.E))
            .Where(x => x.Evidence.Any(e => e.Kind is "cited" or "strength") || BestShare(x.Evidence) >= MinimumShare)
            .OrderByDescending(x => x.Rank)
            .ThenBy(x => x.Municipality.Name, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// Whether a later sentence of the same passage says the municipality's practice on the topic
    /// failed ("Utvärderarna pekade då på Hjo, som hade inrättat ett medborgarråd … 2015: Hjos
    /// medborgarråd lades ned 2013"; "… slingorna fungerar inte längre …, så Katrineholm kan vi inte
    /// rekommendera", the topic's head in the definite), or that it is no example, whatever the topic
    /// ("Nackas siffra är hög, men … så vi ser den inte som ett föredöme i sig"), or, right after it, that
    /// it failed afterwards ("… fick Degerfors därefter kritik … och har nu återinfört annonsen"): what
    /// was held up has been taken back.
    /// </summary>
    private static bool Withdrawn(Mention mention, ReportRecord record, ITopicMatcher topic)
    {
        var passage = record.Passages.FirstOrDefault(p => p.Area == mention.Area && p.Question == mention.Question && p.Text.Contains(mention.Sentence, StringComparison.Ordinal));
        if (passage is null)
        {
            return false;
        }

        var at = passage.Text.IndexOf(mention.Sentence, StringComparison.Ordinal);
        return record.Mentions.Any(later => later.Municipality.Code == mention.Municipality.Code && !ReferenceEquals(later, mention)
            && later.Area == mention.Area && later.Question == mention.Question
            && passage.Text.IndexOf(later.Sentence, StringComparison.Ordinal) > at
            && ((CitingSentence.NamesAsFailure(later) && (topic.Speaks(later.Sentence) || topic.SpeaksByHead(later.Sentence))) || CitingSentence.Disowns(later) || CitingSentence.UndoneNext(mention, later, record.Passages)));
    }

    /// <summary>
    /// Whether a citing text speaks of the topic: itself, or by the topic's head alone in the
    /// definite form where its passage named the whole topic before it ("Medborgardialoger har
    /// genomförts … dialogerna har inte planerats … Ett sådant arbete bedrivs i Tierp") or names it
    /// after it, the sentence not opening the passage ("… Vetlanda följer dessutom upp löftet två
    /// gånger per år … Vi rekommenderar att kommunen formulerar ett kontaktlöfte"), or in any
    /// form right after a sentence that named it ("Tillfälliga fullmäktigeberedningar är ett beprövat
    /// sätt … Nora, som tillsätter en beredning per år …"); or, for a municipality held up under a
    /// label in a terse passage, the passage's heading ("Välfärdsteknik – … Föredöme – Västerås (…)");
    /// or, where the sentence holds the municipality up in so many words, the sentences before it
    /// that it answers ("U2 menar att det behövs ett seniorgym … U3 lyfter fram Vara, där kommunen har
    /// inrett en del av sporthallen …": <see cref="CitingSentence.Answered"/>); or, for a sentence that
    /// opens with it right after a sentence that opens with another municipality held up for the
    /// topic, the two together where they share a content word ("Arvidsjaur har … måltidsvänner som
    /// … äter lunch med en äldre … Överkalix låter pensionärer … sitta med vid lunchen …":
    /// <see cref="CitingSentence.NextExampleAfter"/>; the one before may also have been cited for the
    /// topic by what it answers, <paramref name="cited"/>); "Lerum har goda erfarenheter av medborgarbudget"
    /// after Mölndal's ungdomsråd shares none, and is another practice; or, for an example described
    /// before the recommendation (or assessment) that closes it, that recommendation: one of its
    /// statements names the topic and shares a content word with what was told of the example, or the
    /// example names a part of the topic, and every sentence of the report's own municipality between
    /// keeps to the topic ("I Kungsör utformas nya skolor … så att matsal, bibliotek och idrottshall kan
    /// användas av föreningar … Alla lokaler bokas där … Vi rekommenderar att kommunen … tar fram
    /// riktlinjer för samnyttjande": <see cref="CitingSentence.RecommendationAfter"/>; "… ett
    /// landsbygdsråd och att ett webbforum … prövas" cites the example of a forum on the web for the
    /// forum, not for the council).
    /// </summary>
    private static bool Speaks(ITopicMatcher topic, string reading, Mention mention, IReadOnlyList<Passage> passages, IReadOnlyList<Mention> mentions, IReadOnlySet<string> cited, string ownCode) =>
        topic.Speaks(reading)
        || (topic.SpeaksByHead(reading) && CitingSentence.Earlier(mention, passages) is { Length: > 0 } earlier && topic.Speaks(earlier))
        || (topic.SpeaksByHead(reading) && CitingSentence.Earlier(mention, passages).Length > 0 && CitingSentence.Later(mention, passages) is { Length: > 0 } later && topic.SpeaksWhole(later))
        || (topic.SpeaksByHead(reading, anyForm: true) && CitingSentence.Preceding(mention, passages, reading) is { } preceding && topic.Speaks(preceding))
        || (CitingSentence.HeadingOfPraise(mention, passages) is { } heading && topic.Speaks(heading))
        || (CitingSentence.HoldsUp(mention) && CitingSentence.Answered(mention, passages, mentions) is { Length: > 0 } answered && topic.SpeaksWhole(answered))
        || (CitingSentence.NextExampleAfter(mention, passages, mentions) is { } example && (topic.Speaks(example) || cited.Contains(example)) && topic.SharedWords(example, mention.Sentence) >= MinSharedWithExample)
        || (CitingSentence.AnotherExampleAfter(mention, passages, mentions) is { } another && topic.Speaks(reading + " " + another))
        || (CitingSentence.RecommendationAfter(mention, passages, mentions, ownCode) is { } after && after.Own.All(o => topic.SpeaksWhole(o) || topic.SharesPart(o))
            && after.Statements.Any(s => topic.SpeaksWhole(s) && (topic.SharedWords(s, after.Told) >= MinSharedWithExample || topic.SharesPart(after.Told))));

    private static double RankOf(IReadOnlyList<ExampleEvidence> evidence) =>
        (CitationWeight * evidence.Count(e => e.Kind == "cited"))
        + (StrengthWeight * evidence.Count(e => e.Kind == "strength"))
        + BestShare(evidence);

    private static double BestShare(IReadOnlyList<ExampleEvidence> evidence) =>
        evidence.Where(e => e is { Kind: "score", Score: not null, Max: > 0 }).Select(e => e.Score!.Value / e.Max!.Value).DefaultIfEmpty(0).Max();
}
