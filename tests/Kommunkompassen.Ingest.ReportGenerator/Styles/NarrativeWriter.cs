namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// Writes one report's narrative and findings from the text bank: an opening passage per area
/// and one or two passages per sub-question, each of two to four sentences (the area's own
/// sentences, frames filled with the area's subjects, now and then a general remark), no
/// sentence twice in a report; in about half the areas one passage names another municipality
/// as a good example. Findings are drawn from the area's lists; "long" findings get two
/// elaborating clauses each.
/// </summary>
internal sealed class NarrativeWriter(Dice rng, Kommunkompassen.Ingest.Municipalities.Municipality self, IReadOnlyList<Kommunkompassen.Ingest.Municipalities.Municipality> others)
{
    private static readonly string[] StrengthClauses =
    [
        ", vilket lyftes fram av både politiker och tjänstemän vid intervjuerna",
        ", och arbetet följs upp av kommunledningsgruppen två gånger per år",
        ", något som ger förvaltningarna en gemensam grund i det dagliga arbetet",
        ", och resultaten redovisas öppet för invånarna på kommunens webbplats",
        ", där erfarenheterna tas tillvara och sprids mellan förvaltningarna",
        ", med tydligt utpekade ansvariga i varje förvaltning och en gemensam tidplan",
    ];

    private static readonly string[] ImprovementClauses =
    [
        ", så att arbetssätten blir likartade i hela organisationen och kan följas upp av kommunstyrelsen",
        ", och se till att ansvaret för arbetet är tydligt fördelat mellan nämnder och förvaltningar",
        ", gärna med stöd av erfarenheter från andra kommuner som har kommit längre",
        ", och redovisa resultaten regelbundet för de förtroendevalda",
        ", med en tidplan och mål som går att följa upp",
        ", och låt medarbetarna vara delaktiga i arbetet från början",
    ];

    private readonly HashSet<string> used = new(StringComparer.Ordinal);

    /// <summary>The municipality's name put in for "{K}" and its genitive for "{Ks}".</summary>
    public string Fill(string template) =>
        template.Replace("{Ks}", TextRewriter.Genitive(self.Name), StringComparison.Ordinal)
            .Replace("{K}", self.Name, StringComparison.Ordinal);

    /// <summary>The passages of area <paramref name="area"/>, written on its <paramref name="theme"/>: an opening, then one or two under each sub-question.</summary>
    public List<PassageContent> Passages(int area, AreaTheme theme, IReadOnlyList<QuestionContent> questions)
    {
        var texts = TextBank.Themes[theme];
        var list = new List<PassageContent> { new(area, null, Paragraph(texts, 2)) };
        var exampleAt = rng.Chance(0.5) ? rng.Next(questions.Count) : -1;
        for (var i = 0; i < questions.Count; i++)
        {
            var count = rng.Chance(0.3) ? 2 : 1;
            for (var k = 0; k < count; k++)
            {
                var text = Paragraph(texts, 2 + rng.Next(3));
                if (i == exampleAt && k == 0)
                {
                    text += " " + Example(texts);
                }

                list.Add(new PassageContent(area, questions[i].Id, text));
            }
        }

        return list;
    }

    /// <summary>An area's strengths and improvement areas on its <paramref name="theme"/>; long ones when <paramref name="isLong"/>.</summary>
    public (List<string> Strengths, List<string> Improvements) Findings(AreaTheme theme, bool isLong)
    {
        var texts = TextBank.Themes[theme];
        var strengths = rng.Shuffle(texts.Strengths).Take(isLong ? 8 : 2 + rng.Next(7)).ToList();
        var improvements = rng.Shuffle(texts.Improvements).Take(isLong ? 7 : 1 + rng.Next(7)).ToList();
        if (isLong)
        {
            strengths = strengths.Select(s => Elaborate(s, StrengthClauses)).ToList();
            improvements = improvements.Select(s => Elaborate(s, ImprovementClauses)).ToList();
        }

        return (strengths, improvements);
    }

    private string Elaborate(string finding, string[] clauses)
    {
        var order = rng.Shuffle(clauses);
        return finding + order[0] + order[1];
    }

    private string Paragraph(AreaTexts texts, int sentences)
    {
        var parts = new List<string>();
        for (var tries = 0; parts.Count < sentences && tries < 500; tries++)
        {
            var sentence = Sentence(texts);
            if (used.Add(sentence))
            {
                parts.Add(sentence);
            }
        }

        return string.Join(' ', parts);
    }

    private string Sentence(AreaTexts texts)
    {
        var roll = rng.Next(10);
        if (roll < 4)
        {
            return Fill(rng.Pick(texts.Sentences));
        }

        if (roll < 9)
        {
            var (indefinite, definite) = rng.Pick(texts.Subjects);
            return Capitalize(Fill(rng.Pick(TextBank.Frames).Replace("{a}", indefinite, StringComparison.Ordinal).Replace("{d}", definite, StringComparison.Ordinal)));
        }

        return rng.Pick(TextBank.GeneralSentences);
    }

    private string Example(AreaTexts texts)
    {
        var other = rng.Pick(others);
        var name = rng.Chance(0.5) ? other.Name + " kommun" : other.Name;
        var (_, definite) = rng.Pick(texts.Subjects);
        return Capitalize(rng.Pick(TextBank.ExampleFrames).Replace("{M}", name, StringComparison.Ordinal).Replace("{d}", definite, StringComparison.Ordinal));
    }

    private static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpper(text[0], System.Globalization.CultureInfo.GetCultureInfo("sv-SE")) + text[1..];
}
