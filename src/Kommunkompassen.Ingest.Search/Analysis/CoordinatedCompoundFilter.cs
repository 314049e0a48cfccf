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
/// business (<see cref="HeadFromLexicon"/>); where the last conjunct allows more than one head,
/// each is emitted: "miljö- och samhällsbyggnadsförvaltningen" is read as "miljöförvaltningen"
/// and "miljöbyggnadsförvaltningen", since which one the writer meant needs the sense. Where the
/// lexicon does not split the last conjunct (a compound it lists whole, "underskott", whose
/// first part is a particle), the head is the longest ending of it that is a word and makes a
/// word with the first conjunct: "över- och underskott" is read as "överskott" (given
/// <see cref="WordFromLexicon"/>). Expects lower-cased tokens from <see cref="SwedishWordTokenizer"/>.
/// </summary>
public sealed class CoordinatedCompoundFilter : TokenFilter
{
    private static readonly HashSet<string> Conjunctions = new(StringComparer.Ordinal) { "och", "eller", "samt", "respektive", "resp", "liksom", "som" };

    /// <summary>Shortest ending of a last conjunct taken as the head the first conjunct shares ("skott" of "underskott").</summary>
    private const int MinSharedEnding = 3;

    private readonly Func<string, IReadOnlyList<string>> headsOf;
    private readonly Func<string, bool>? isWord;
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private readonly IOffsetAttribute offset;
    private readonly List<(State State, string Term, int Start, int End)> buffered = [];
    private readonly Queue<(State State, string Term, int? Increment, int? End)> output = new();
    private bool drained;

    /// <param name="input">Lower-cased words.</param>
    /// <param name="headOf">The head of a compound ("klagomålshantering" → "hantering"), null when it is not one.</param>
    public CoordinatedCompoundFilter(TokenStream input, Func<string, string?> headOf)
        : this(input, word => headOf(word) is { } head ? [head] : [])
    {
    }

    /// <param name="input">Lower-cased words.</param>
    /// <param name="headsOf">The heads a compound may have as the last conjunct ("klagomålshantering" → "hantering"), none when it is not one.</param>
    /// <param name="isWord">Whether letters are a word, for a last conjunct without heads; null: no head then.</param>
    public CoordinatedCompoundFilter(TokenStream input, Func<string, IReadOnlyList<string>> headsOf, Func<string, bool>? isWord = null)
        : base(input)
    {
        this.headsOf = headsOf;
        this.isWord = isWord;
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
            if (text.EndsWith('-') && (HeadsFor(i) ?? SharedEnding(i, stripped)) is { } heads)
            {
                foreach (var head in heads.Heads)
                {
                    output.Enqueue((state, stripped + head, 0, heads.End));
                }
            }
        }
    }

    /// <summary>The heads of the compound that ends the coordination starting at token i, and where that compound ends.</summary>
    private (IReadOnlyList<string> Heads, int End)? HeadsFor(int i) =>
        LastConjunct(i) is { } j && headsOf(buffered[j].Term.Trim('-')) is { Count: > 0 } heads ? (heads, buffered[j].End) : null;

    /// <summary>
    /// The longest ending of the last conjunct of the coordination starting at token i that is a
    /// word and makes one after <paramref name="first"/> ("över-" and "underskott": "skott",
    /// since "överskott" is a word), where the lexicon gave that conjunct no heads.
    /// </summary>
    private (IReadOnlyList<string> Heads, int End)? SharedEnding(int i, string first)
    {
        if (isWord is null || LastConjunct(i) is not { } j)
        {
            return null;
        }

        var last = buffered[j].Term.Trim('-');
        for (var start = 1; start <= last.Length - MinSharedEnding; start++)
        {
            var ending = last[start..];
            if (isWord(ending) && isWord(first + ending))
            {
                return ([ending], buffered[j].End);
            }
        }

        return null;
    }

    /// <summary>The token that ends the coordination starting at token i (past first conjuncts and conjunctions), or null.</summary>
    private int? LastConjunct(int i)
    {
        for (var j = i + 1; j < buffered.Count && j <= i + 6; j++)
        {
            var next = buffered[j].Term;
            if (!next.EndsWith('-') && !Conjunctions.Contains(next))
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>
    /// The heads a first conjunct may stand before, as written: the compound after its first part
    /// as the word first splits (<see cref="WordAnalysis.ModifierLength"/>: "klagomålshantering" →
    /// "hantering", "skolnämnden" → "nämnden", "fritidsnämnden" → "nämnden"); where that split has
    /// three parts or more, its last part too ("samhällsbyggnadsförvaltningen" →
    /// "byggnadsförvaltningen", "förvaltningen"); and where its first part splits again, the
    /// compound after that part's first part ("sjukvårdsnämnden" → "nämnden", "vårdsnämnden":
    /// "hälso- och sjukvårdsnämnden" is the board of hälsovård and sjukvård, while "kultur- och
    /// fritidsnämnden" is no "kulturtidsnämnd": which one the writer meant needs the sense, so
    /// all are given). None when the lexicon does not split the word.
    /// </summary>
    public static Func<string, IReadOnlyList<string>> HeadFromLexicon(SwedishLexicon lexicon) =>
        word => lexicon.Analyse(word) is { IsCompound: true, IsGuessed: false } a
            ? new[] { a.ModifierLength, a.LastPartStart, a.Parts[0].Surface.Length }.Distinct().Select(start => word[start..]).ToList()
            : [];

    /// <summary>Whether letters are a word of the lexicon or a compound it reads (not one it only guesses).</summary>
    public static Func<string, bool> WordFromLexicon(SwedishLexicon lexicon) =>
        word => lexicon.Analyse(word) is { Lemmas.Count: > 0, IsGuessed: false };
}
