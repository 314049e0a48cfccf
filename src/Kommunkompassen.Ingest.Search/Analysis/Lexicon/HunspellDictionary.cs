
namespace Kommunkompassen.Ingest.Search.Analysis.Lexicon;

/// <summary>
/// A Hunspell dictionary read for analysis, not spelling: which dictionary entries (lemmas) a
/// word form can come from, and with which flags, so a compound splitter can ask whether a
/// form may begin, continue or end a compound. Reads the parts of the format the Swedish
/// dictionary uses: single-character flags, suffix rules (SFX) with conditions and
/// continuation flags, and the compounding flags (COMPOUNDBEGIN, COMPOUNDMIDDLE, COMPOUNDEND,
/// ONLYINCOMPOUND, COMPOUNDPERMITFLAG) plus NEEDAFFIX and FORBIDDENWORD. Prefix rules,
/// COMPOUNDRULE (used by sv_SE only for numerals) and suggestion data are not read.
/// Lucene.Net's own Hunspell reader gives stems but not the flags, which compounding needs.
/// Immutable once read; thread-safe.
/// </summary>
public sealed class HunspellDictionary
{
    private readonly StemTable stems;
    private readonly Dictionary<string, SuffixRule[]> suffixesByAdd;
    private readonly int longestAdd;

    private HunspellDictionary(StemTable stems, Dictionary<string, SuffixRule[]> suffixesByAdd, CompoundFlags flags)
    {
        this.stems = stems;
        this.suffixesByAdd = suffixesByAdd;
        longestAdd = suffixesByAdd.Keys.Max(k => k.Length);
        Flags = flags;
    }

    /// <summary>The flags the .aff file gives its compounding roles.</summary>
    public CompoundFlags Flags { get; }

    /// <summary>How many distinct (lower-cased) entries the .dic file holds.</summary>
    public int StemCount => stems.Count;

    /// <summary>
    /// Reads an .aff and a .dic file (UTF-8, as the SET line of sv_SE says); the entries' compact
    /// form is cached in <paramref name="cacheFolder"/> when one is given (<see cref="StemTable"/>).
    /// </summary>
    public static HunspellDictionary Read(TextReader aff, TextReader dic, string? cacheFolder = null)
    {
        var flags = new CompoundFlags();
        var rules = new List<SuffixRule>();
        while (aff.ReadLine() is { } line)
        {
            var f = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (f.Length < 2 || f[0].StartsWith('#'))
            {
                continue;
            }

            switch (f[0])
            {
                case "FLAG":
                    throw new InvalidDataException($"Hunspell FLAG {f[1]} is not supported: only single-character flags are read");
                case "COMPOUNDBEGIN": flags = flags with { Begin = f[1][0] }; break;
                case "COMPOUNDMIDDLE": flags = flags with { Middle = f[1][0] }; break;
                case "COMPOUNDEND": flags = flags with { End = f[1][0] }; break;
                case "ONLYINCOMPOUND": flags = flags with { OnlyInCompound = f[1][0] }; break;
                case "COMPOUNDPERMITFLAG": flags = flags with { Permit = f[1][0] }; break;
                case "NEEDAFFIX": flags = flags with { NeedAffix = f[1][0] }; break;
                case "FORBIDDENWORD": flags = flags with { Forbidden = f[1][0] }; break;
                case "SFX" when f.Length >= 5:
                    rules.Add(SuffixRule.Parse(f));
                    break;
            }
        }

        var byAdd = rules.GroupBy(r => r.Add, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        var stems = StemTable.Load(dic.ReadToEnd(), flags.Forbidden, cacheFolder);
        return new HunspellDictionary(stems, byAdd, flags);
    }

    /// <summary>
    /// Every way <paramref name="form"/> (lower case) is an entry of the dictionary or one of
    /// its suffixed forms. Includes forms that are valid only inside a compound; ask
    /// <see cref="WordForm.IsStandalone"/> and the role methods.
    /// </summary>
    public List<WordForm> Analyse(string form)
    {
        var found = new List<WordForm>();
        if (stems.Flags(form) is { } own)
        {
            found.Add(new WordForm(form, own, string.Empty, Suffixed: false, Flags));
        }

        var max = Math.Min(longestAdd, form.Length - 1);
        for (var len = 0; len <= max; len++)
        {
            if (!suffixesByAdd.TryGetValue(form[^len..], out var candidates))
            {
                continue;
            }

            var bare = form[..^len];
            foreach (var rule in candidates)
            {
                var stem = rule.Strip.Length == 0 ? bare : bare + rule.Strip;
                if (rule.Matches(stem) && stems.Flags(stem) is { } stemFlags && stemFlags.Contains(rule.Flag))
                {
                    found.Add(new WordForm(stem, stemFlags, rule.Continuation, Suffixed: true, Flags));
                }
            }
        }

        return found;
    }

    /// <summary>Whether the dictionary has this entry (lower case) as such.</summary>
    public bool HasStem(string stem) => stems.Flags(stem) is not null;
}

/// <summary>The flags of a Hunspell dictionary's compounding roles ('\0' where the .aff sets none).</summary>
public sealed record CompoundFlags(
    char Begin = '\0',
    char Middle = '\0',
    char End = '\0',
    char OnlyInCompound = '\0',
    char Permit = '\0',
    char NeedAffix = '\0',
    char Forbidden = '\0');

/// <summary>
/// One reading of a word form: the dictionary entry it comes from (its lemma), the entry's
/// flags, and the continuation flags of the suffix that made it, if any.
/// </summary>
public readonly record struct WordForm(string Lemma, string StemFlags, string SuffixFlags, bool Suffixed, CompoundFlags Flags)
{
    /// <summary>A word on its own: not a compound-only form ("synpunkts", "medborgar") and not a bare stem that needs a suffix.</summary>
    public bool IsStandalone =>
        !Has(Flags.OnlyInCompound) && !(Flags.NeedAffix != '\0' && !Suffixed && StemFlags.Contains(Flags.NeedAffix));

    /// <summary>May start a compound: the begin flag, and a suffixed form only with the permit flag ("synpunkt" + "s").</summary>
    public bool CanBegin => Has(Flags.Begin) && Permitted && NotNeedingAffix;

    /// <summary>May stand inside a compound between its first and last part.</summary>
    public bool CanMiddle => Has(Flags.Middle) && Permitted && NotNeedingAffix;

    /// <summary>May end a compound: the end flag; the last part may carry any suffix ("kommun|styrelsen").</summary>
    public bool CanEnd => Has(Flags.End) && NotNeedingAffix;

    private bool Permitted => !Suffixed || (Flags.Permit != '\0' && SuffixFlags.Contains(Flags.Permit));

    private bool NotNeedingAffix => Flags.NeedAffix == '\0' || Suffixed || !StemFlags.Contains(Flags.NeedAffix);

    private bool Has(char flag) => flag != '\0' && (StemFlags.Contains(flag) || SuffixFlags.Contains(flag));
}

/// <summary>A suffix rule: strip <see cref="Strip"/> from the stem's end, add <see cref="Add"/>, where the stem ends as <see cref="Condition"/> says.</summary>
internal sealed record SuffixRule(char Flag, string Strip, string Add, string Continuation, string Condition)
{
    private readonly (string Chars, bool Negated)[] elements = ParseCondition(Condition);

    public static SuffixRule Parse(string[] f)
    {
        // SFX flag strip add[/flags] condition
        var strip = f[2] == "0" ? string.Empty : f[2];
        var addField = f[3];
        var slash = addField.IndexOf('/', StringComparison.Ordinal);
        var add = slash < 0 ? addField : addField[..slash];
        var continuation = slash < 0 ? string.Empty : addField[(slash + 1)..];
        return new SuffixRule(f[1][0], strip, add == "0" ? string.Empty : add, continuation, f[4]);
    }

    /// <summary>Whether the stem ends as the condition says ("[^s]lå", "a", ".").</summary>
    public bool Matches(string stem)
    {
        if (stem.Length < elements.Length)
        {
            return false;
        }

        var at = stem.Length - elements.Length;
        for (var i = 0; i < elements.Length; i++)
        {
            var (chars, negated) = elements[i];
            if (chars.Length == 0)
            {
                continue; // '.'
            }

            if (chars.Contains(stem[at + i]) == negated)
            {
                return false;
            }
        }

        return true;
    }

    private static (string, bool)[] ParseCondition(string condition)
    {
        var list = new List<(string, bool)>();
        for (var i = 0; i < condition.Length; i++)
        {
            switch (condition[i])
            {
                case '.':
                    list.Add((string.Empty, false));
                    break;
                case '[':
                    var close = condition.IndexOf(']', i);
                    var negated = condition[i + 1] == '^';
                    list.Add((condition[(i + (negated ? 2 : 1))..close], negated));
                    i = close;
                    break;
                default:
                    list.Add((condition[i].ToString(), false));
                    break;
            }
        }

        return [.. list];
    }
}
