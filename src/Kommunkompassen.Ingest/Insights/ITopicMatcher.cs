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

    /// <summary>
    /// True when <paramref name="text"/> names the head of a topic that is one compound word in the
    /// definite form, as a text that named the whole topic before it calls it again ("dialogerna",
    /// "fonden" after "medborgardialog", "innovationsfond"), or in any form where
    /// <paramref name="anyForm"/> ("en beredning" right after "fullmäktigeberedningar"). False for a
    /// topic of other words.
    /// </summary>
    bool SpeaksByHead(string text, bool anyForm = false) => false;

    /// <summary>
    /// True when <paramref name="text"/> speaks of the topic by its words themselves (their forms,
    /// synonyms, the compound whole), not by a compound topic's parts standing apart: for a text
    /// farther from the citation, where parts apart are more likely to meet by chance ("tid, plats
    /// och ärendenas diarienummer … annonserna" is no platsannons).
    /// </summary>
    bool SpeaksWhole(string text) => Speaks(text);

    /// <summary>
    /// How many content words (lemmas of words of four letters or more, not stop words) two texts
    /// share: whether a sentence that does not name the topic speaks of the same thing as the one
    /// before it that does.
    /// </summary>
    int SharedWords(string text, string other) => 0;

    /// <summary>
    /// True when <paramref name="text"/> holds a word whose lemma is one of the parts of a topic
    /// that is one compound word ("miljön" for miljöbokslut, "taket" for lånetak): a text that
    /// tells of the topic's practice in other words may still name a part of it. False for a topic
    /// of other words.
    /// </summary>
    bool SharesPart(string text) => false;
}
