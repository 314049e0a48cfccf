using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Kommunkompassen.Ingest.Search.Analysis;

/// <summary>
/// For a hyphenated word ("sundsvall-timrå", "it-stöd") also emits its parts at the same
/// position, so a search for either part finds it. Index side only: the query keeps the
/// hyphenated word whole.
/// </summary>
public sealed class HyphenPartsFilter : TokenFilter
{
    private readonly ICharTermAttribute term;
    private readonly IPositionIncrementAttribute position;
    private readonly Queue<string> parts = new();
    private State? current;

    public HyphenPartsFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
        position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override bool IncrementToken()
    {
        if (parts.Count > 0 && current is not null)
        {
            RestoreState(current);
            term.SetEmpty().Append(parts.Dequeue());
            position.PositionIncrement = 0;
            return true;
        }

        if (!m_input.IncrementToken())
        {
            return false;
        }

        var text = term.ToString();
        if (text.Contains('-', StringComparison.Ordinal))
        {
            foreach (var part in text.Split('-', StringSplitOptions.RemoveEmptyEntries).Where(p => p.Length >= 2))
            {
                parts.Enqueue(part);
            }

            current = CaptureState();
        }

        return true;
    }

    public override void Reset()
    {
        base.Reset();
        parts.Clear();
        current = null;
    }
}
