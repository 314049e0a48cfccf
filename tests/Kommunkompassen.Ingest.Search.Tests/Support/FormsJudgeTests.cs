namespace Kommunkompassen.Ingest.Search.Tests.Support;

/// <summary>The forms judge's rule (see <see cref="FormsJudge"/>) on small made-up texts.</summary>
public sealed class FormsJudgeTests
{
    private static bool Judge(string text, params string[] forms) => new FormsJudge(forms).IsRelevant(text);

    [Theory]
    [InlineData("Beslutet fattas av en nämnd.", true)]
    [InlineData("Beslutet fattas av nämnden.", false)]
    [InlineData("Socialnämnd och byggnämnd", false)]
    public void IsRelevant_FormWithoutStar_MatchesOnlyTheWholeWord(string text, bool expected)
    {
        Assert.Equal(expected, Judge(text, "nämnd"));
    }

    [Theory]
    [InlineData("Kommunen har en handlingsplan.", true)]
    [InlineData("Handlingsplanerna följs upp.", true)]
    [InlineData("Handlingsplansarbetet pågår.", true)]
    [InlineData("En jämställdhetshandlingsplan finns.", false)]
    public void IsRelevant_TrailingStar_MatchesAtWordStart(string text, bool expected)
    {
        Assert.Equal(expected, Judge(text, "handlingsplan*"));
    }

    [Theory]
    [InlineData("Socialnämnden beslutar.", true)]
    [InlineData("Nämnden beslutar.", true)]
    [InlineData("Nämndens beslut.", false)]
    public void IsRelevant_LeadingStar_MatchesAtWordEnd(string text, bool expected)
    {
        Assert.Equal(expected, Judge(text, "*nämnden"));
    }

    [Theory]
    [InlineData("Arbetet med servicedeklarationerna.", true)]
    [InlineData("Servicedeklaration", true)]
    [InlineData("Service och deklaration", false)]
    public void IsRelevant_StarsOnBothEnds_MatchesInsideAWord(string text, bool expected)
    {
        Assert.Equal(expected, Judge(text, "*servicedeklaration*"));
    }

    [Fact]
    public void IsRelevant_UpperCaseText_MatchesLowerCaseForm()
    {
        Assert.True(Judge("KOMMUNSTYRELSEN BESLUTAR", "kommunstyrelsen"));
        Assert.True(Judge("Se KS protokoll", "ks"));
    }

    [Theory]
    [InlineData("ara", "Det är en ära.")]
    [InlineData("for", "Ett beslut för alla.")]
    [InlineData("op", "Kommunens ÖP antogs.")]
    [InlineData("idé*", "En ide som kom fram.")]
    public void IsRelevant_SwedishLetters_AreNotFolded(string form, string text)
    {
        Assert.False(Judge(text, form));
    }

    [Fact]
    public void IsRelevant_HyphenatedWord_OffersItsParts()
    {
        Assert.True(Judge("Utveckling av IT-stöd.", "it"));
        Assert.True(Judge("Utveckling av IT-stöd.", "stöd"));
        Assert.True(Judge("Utveckling av IT-stöd.", "it-stöd"));
        Assert.False(Judge("Utveckling av IT-stöd.", "itstöd"));
    }

    [Fact]
    public void IsRelevant_CoordinatedFirstConjunct_KeepsItsTrailingHyphen()
    {
        const string text = "Kommunen har synpunkts- och klagomålshantering.";

        Assert.True(Judge(text, "synpunkts-"));
        Assert.True(Judge(text, "synpunkts"));
        Assert.True(Judge(text, "synpunkts*"));
        Assert.True(Judge(text, "synpunkts- och *hantering*"));
        Assert.False(Judge(text, "synpunktshantering"));
    }

    [Theory]
    [InlineData("Alla får utbildningar i ledarskapet.", true)]
    [InlineData("Utbildning i ledarskap erbjuds.", true)]
    [InlineData("Utbildning och ledarskap.", false)]
    [InlineData("Ledarskap i utbildning.", false)]
    [InlineData("Utbildning ges i frågor om ledarskap.", false)]
    public void IsRelevant_Phrase_NeedsItsWordsInOrderAndNextToEachOther(string text, bool expected)
    {
        Assert.Equal(expected, Judge(text, "utbildning* i ledarskap*"));
    }

    [Fact]
    public void IsRelevant_PunctuationBetweenPhraseWords_DoesNotBreakThePhrase()
    {
        Assert.True(Judge("Rollerna för politiker, och tjänstemän.", "politiker och tjänstemän"));
    }

    [Theory]
    [InlineData("en hållbar ekonomisk utveckling", true)]
    [InlineData("en hållbar utveckling", false)]
    [InlineData("hållbar social och ekonomisk utveckling", false)]
    public void IsRelevant_LoneStarInPhrase_StandsForExactlyOneWord(string text, bool expected)
    {
        Assert.Equal(expected, Judge(text, "hållbar* * utveckling*"));
    }

    [Theory]
    [InlineData("Revisionen granskar.", false)]
    [InlineData("En revision gjordes.", false)]
    [InlineData("Kommunens framtidsvision.", true)]
    [InlineData("Revision och vision.", true)]
    public void IsRelevant_Exception_KeepsOnlyTheWordsItMatchesOut(string text, bool expected)
    {
        Assert.Equal(expected, Judge(text, "*vision", "*visionen", "!*revision*"));
    }

    [Fact]
    public void IsRelevant_SoftHyphenAndDecomposedLetters_AreNormalised()
    {
        Assert.True(Judge("Kommun\u00ADstyrelsen beslutar.", "kommunstyrelsen"));
        Assert.True(Judge("En a\u030Atga\u0308rdsplan.", "åtgärdsplan"));
        Assert.True(Judge("IT\u2011stöd", "it"));
    }

    [Fact]
    public void FirstMatch_SeveralFormsMatch_ReturnsTheFirstListed()
    {
        var judge = new FormsJudge(["kommunstyrelse*", "ks", "kommunstyrelsen"]);

        Assert.Equal("kommunstyrelse*", judge.FirstMatch("KS, det vill säga kommunstyrelsen"));
        Assert.Null(judge.FirstMatch("Kommunfullmäktige"));
    }

    [Fact]
    public void Words_Text_SplitsAtNonWordCharactersAndDropsLeadingHyphens()
    {
        var words = FormsJudge.Words("Medborgar-/brukarundersökningar – se -bilaga 24-timmars");

        Assert.Equal(
            ["medborgar-", "brukarundersökningar", "se", "bilaga", "24-timmars"],
            words.Select(w => w[0]));
        Assert.Equal(["medborgar-", "medborgar"], words[0]);
        Assert.Equal(["24-timmars", "24", "timmars"], words[4]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("a*")]
    [InlineData("kom*mun")]
    [InlineData("* styrning")]
    [InlineData("styrning *")]
    [InlineData("!två ord")]
    [InlineData("kommun.")]
    public void Constructor_MalformedForm_Throws(string form)
    {
        Assert.Throws<FormatException>(() => new FormsJudge(["kommun", form]));
    }

    [Fact]
    public void Constructor_OnlyExceptions_Throws()
    {
        Assert.Throws<FormatException>(() => new FormsJudge(["!revision"]));
    }
}
