using Kommunkompassen.Ingest.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>
/// The second text the classifier reads beside a finding's own words: its terms as the search
/// index's query analysis makes them (<see cref="SwedishSearchAnalyzer.Query"/>): stop words
/// out, light Swedish stemming ("nämnden", "nämnderna" → "nämnd"), coordinated
/// compounds completed ("synpunkts- och klagomålshantering" also gives "synpunktshantering").
/// With a few dozen examples per sub-question, inflected forms otherwise count as unrelated
/// words; the measurement is in the README. The classifier and the index so agree on what a
/// Swedish word is.
/// </summary>
public static class SwedishTerms
{
    /// <summary>The analysed terms of the text, space-separated, in text order.</summary>
    public static string Of(string text)
    {
        var terms = new List<string>();
        using var stream = SwedishSearchAnalyzer.Query.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return string.Join(' ', terms);
    }
}
