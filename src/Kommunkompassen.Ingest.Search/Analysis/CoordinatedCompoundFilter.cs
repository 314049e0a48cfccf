using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Kommunkompassen.Ingest.Search.Analysis.Lexicon;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>
/// Expands Swedish coordinated compounds. In "synpunkts- och klagomålshantering" the first
/// conjunct lacks its head: the filter emits "synpunkts" and, at the same position,
/// "synpunktshantering", taking the head from the last conjunct ("klagomåls|hantering"). The
/// same for "barn- och skolnämnden", "medborgar-/brukarundersökningar" and chains such as
/// "barn-, ungdoms- och utbildningsnämnden". Where the last conjunct splits is the lexicon's
/// business (<see cref="HeadFromLexicon"/>: the last part of its compound split). Expects
/// lower-cased tokens from <see cref="SwedishWordTokenizer"/>.
/// </summary>
public sealed class CoordinatedCompoundFilter : TokenFilter
{
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "och", "eller", "samt", "respektive", "resp", "liksom", "som" };

    private readonly Func<string, string?> headOf;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private readonly IOffsetAttribute offset;
    private readonly List<(State State, string Term, int Start, int End)> buffered = [];
    private readonly Queue<(State State, string Term, int? Increment, int? End)> output = new();
    private bool drained;

    /// <param name="input">Lower-cased words.</param>
    /// <param name="headOf">The head of a compound ("klagomålshantering" → "hantering"), null when it is not one.</param>
    public CoordinatedCompoundFilter(TokenStream input, Func<string, string?> headOf)
        : base(input)
    {
        this.headOf = headOf;
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
        offset = AddAttribute<IOffsetAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!drained)
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            // Most words have no hyphen at either end and pass through untouched; from the first
            // one that has, the rest of the field is read first, since an expansion needs the
            // words that follow (expansions only ever look forward).
            if (!HyphenAtAnEnd())
            {
                return true;
            }

            Drain();
        }

        if (output.Count == 0)
        {
            return false;
        }

        var (state, text, increment, end) = output.Dequeue();
        RestoreState(state);
        term.SetEmpty().Append(text);
        if (increment is { } inc)
        {
            position.PositionIncrement = inc;
        }

        if (end is { } e)
        {
            // The expanded compound spans the whole coordination, "synpunkts- och klagomålshantering".
            offset.SetOffset(offset.StartOffset, e);
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        buffered.Clear();
        output.Clear();
        drained = false;
    }

    private bool HyphenAtAnEnd() => term.Length > 0 && (term.Buffer[0] == '-' || term.Buffer[term.Length - 1] == '-');

    /// <summary>Reads the rest of the (short) field, from the current token on, and works out what to emit.</summary>
    private void Drain()
    {
        drained = true;
        do
        {
            buffered.Add((CaptureState(), term.ToString(), offset.StartOffset, offset.EndOffset));
        }
        while (m_input.IncrementToken());

        for (var i = 0; i < buffered.Count; i++)
        {
            var (state, text, _, _) = buffered[i];
            var stripped = text.Trim('-');
            if (stripped.Length == 0 || !stripped.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            output.Enqueue((state, stripped, null, null));
            if (text.EndsWith('-') && HeadFor(i) is { } head)
            {
                output.Enqueue((state, stripped + head.Head, 0, head.End));
            }
        }
    }

    /// <summary>The head of the compound that ends the coordination starting at token i, and where that compound ends.</summary>
    private (string Head, int End)? HeadFor(int i)
    {
        for (var j = i + 1; j < buffered.Count && j <= i + 6; j++)
        {
            var next = buffered[j].Term;
            if (next.EndsWith('-') || Conjunctions.Contains(next))
            {
                continue;
            }

            return headOf(next.Trim('-')) is { } head ? (head, buffered[j].End) : null;
        }

        return null;
    }

    /// <summary>
    /// "klagomålshantering" → "hantering", "klagomålshanteringssystem" → "hanteringssystem",
    /// "skolnämnden" → "nämnden", "fritidsnämnden" → "nämnden" (not "tidsnämnden", though "fritid"
    /// is split further as a part): the compound after its first part as the word first splits
    /// (<see cref="WordAnalysis.ModifierLength"/>), as written; null when the lexicon does not split it.
    /// </summary>
    public static Func<string, string?> HeadFromLexicon(SwedishLexicon lexicon) =>
        word => lexicon.Analyse(word) is { IsCompound: true } a ? word[a.ModifierLength..] : null;
}
