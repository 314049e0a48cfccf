
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

        rules = SuffixRule.MarkDerivations(rules);
        var byAdd = rules.GroupBy(r => r.Add, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);

        var stems = StemTable.Load(dic.ReadToEnd(), flags, cacheFolder);
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
                    found.Add(new WordForm(rule.Derives is { } word ? bare + word : stem, stemFlags, rule.Continuation, Suffixed: true, Flags));
                }
            }
        }

        AddMissingDefinitePlural(form, found);
        return found;
    }

    /// <summary>
    /// A noun in -er listed with its definite singular in -n but not its definite plural in
    /// -na ("politiker/E": politikern, but "politikerna" only as the plural of "politik"): sv_SE
    /// leaves the -na forms out of some hundred such entries that the same kind of word has
    /// elsewhere ("musiker/AEJ"). The -na and -nas forms are read as forms of the noun too.
    /// </summary>
    private void AddMissingDefinitePlural(string form, List<WordForm> found)
    {
        var cut = form.EndsWith("nas", StringComparison.Ordinal) ? 3 : form.EndsWith("na", StringComparison.Ordinal) ? 2 : 0;
        if (cut == 0 || form.Length - cut < 4 || !form.AsSpan(0, form.Length - cut).EndsWith("er", StringComparison.Ordinal))
        {
            return;
        }

        var noun = form[..^cut];
        if (found.Exists(f => f.Lemma == noun) || stems.Flags(noun) is not { } nounFlags)
        {
            return;
        }

        if (suffixesByAdd.TryGetValue("n", out var rules) && Array.Exists(rules, r => r.Strip.Length == 0 && r.Derives is null && nounFlags.Contains(r.Flag) && r.Matches(noun)))
        {
            found.Add(new WordForm(noun, nounFlags, string.Empty, Suffixed: true, Flags));
        }
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

/// <summary>
/// A suffix rule: strip <see cref="Strip"/> from the stem's end, add <see cref="Add"/>, where the
/// stem ends as <see cref="Condition"/> says. <see cref="Derives"/> is set where the rule makes a
/// new word rather than a form of the entry (see <see cref="MarkDerivations"/>).
/// </summary>
internal sealed record SuffixRule(char Flag, string Strip, string Add, string Continuation, string Condition, string? Derives = null)
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

    /// <summary>
    /// Marks the rules that derive a word: a flag's rules with the same strip and condition
    /// whose additions make every form of a noun (B, B+n, B+s, B less its -e plus -na: the agent
    /// noun "forska" → forskare, forskaren, forskares, forskarna) or of an adjective (B, B+t,
    /// B+a: "-isk"). sv_SE makes such words by suffix rules on the verb or noun they come from;
    /// read as inflections they would give "forskarna" the lemma "forska", "användare" the lemma
    /// "använda". Each such rule's form gets the derived word, B on the stem, as its lemma.
    /// </summary>
    public static List<SuffixRule> MarkDerivations(List<SuffixRule> rules)
    {
        var derived = new Dictionary<SuffixRule, string>();
        foreach (var group in rules.GroupBy(r => (r.Flag, r.Strip, r.Condition)))
        {
            var adds = group.Select(r => r.Add).ToHashSet(StringComparer.Ordinal);
            foreach (var b in adds.Where(a => a.Length > 0))
            {
                string[] paradigm = b.EndsWith('e') && adds.Contains(b + "n") && adds.Contains(b + "s") && adds.Contains(b[..^1] + "na")
                    ? [b, b + "n", b + "s", b + "ns", b[..^1] + "na", b[..^1] + "nas"]
                    : adds.Contains(b + "t") && adds.Contains(b + "a") ? [b, b + "t", b + "a"] : [];
                foreach (var rule in group.Where(r => paradigm.Contains(r.Add)))
                {
                    derived[rule] = b;
                }
            }
        }

        return rules.Select(r => derived.TryGetValue(r, out var b) ? r with { Derives = b } : r).ToList();
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
