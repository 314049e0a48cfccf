namespace Kommunkompassen.Ingest.Insights;

/// <summary>
/// Judges texts against one topic typed in words: does this text speak of the topic? The core
/// library asks; how words are matched (analysis, stemming, compounds) is the implementer's, e.g.
/// the search project's TopicMatcher. Implementations must be safe to call from several threads.
/// </summary>
public interface ITopicMatcher
{
    /// <summary>True when <paramref name="text"/> (a sentence, a sentence pair, a finding) speaks of the topic.</summary>
    bool Speaks(string text);
}
