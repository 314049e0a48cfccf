using Kommunkompassen.Ingest.Search.Searching;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Kommunkompassen.Ingest.Search.Tests.Searching;

/// <summary>A wildcard's words cut to those in most texts, on a small index whose counts are known.</summary>
public sealed class FrequentTermsRewriteTests : IDisposable
{
    // kommunstyrelse in 3 texts, kommunfullmäktige in 2, kommunal and kommunarkiv in 1 each.
    private static readonly string[] Texts = ["kommunstyrelse kommunal", "kommunstyrelse kommunfullmäktige", "kommunstyrelse kommunfullmäktige", "kommunarkiv styrning"];

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;

    public FrequentTermsRewriteTests()
    {
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new WhitespaceAnalyzer(LuceneVersion.LUCENE_48))))
        {
            foreach (var text in Texts)
            {
                writer.AddDocument([new TextField("text", text, Field.Store.NO)]);
            }
        }

        reader = DirectoryReader.Open(directory);
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    private (IReadOnlyList<string> Terms, List<(string Wildcard, int Matched)> Cut) Rewrite(MultiTermQuery query, int max)
    {
        var cut = new List<(string, int)>();
        var rewritten = Assert.IsType<BooleanQuery>(new FrequentTermsRewrite(max, (w, n) => cut.Add((w, n))).Rewrite(reader, query));
        return (rewritten.Clauses.Select(c => Assert.IsType<TermQuery>(c.Query).Term.Text).ToList(), cut);
    }

    [Fact]
    public void Rewrite_MoreWordsThanAllowed_KeepsThoseInMostTextsAndSaysHowManyMatched()
    {
        var (terms, cut) = Rewrite(new PrefixQuery(new Term("text", "kommun")), 2);

        Assert.Equal(["kommunfullmäktige", "kommunstyrelse"], terms);
        Assert.Equal([("kommun*", 4)], cut);
    }

    [Fact]
    public void Rewrite_TieAtTheCut_KeepsTheEarlierWord()
    {
        var (terms, _) = Rewrite(new PrefixQuery(new Term("text", "kommun")), 3);

        Assert.Equal(["kommunal", "kommunfullmäktige", "kommunstyrelse"], terms);
    }

    [Fact]
    public void Rewrite_NoMoreWordsThanAllowed_AllOfThemAndNothingSaid()
    {
        var (terms, cut) = Rewrite(new WildcardQuery(new Term("text", "*styr*")), 2);

        Assert.Equal(["kommunstyrelse", "styrning"], terms);
        Assert.Empty(cut);
    }

    [Fact]
    public void Rewrite_Searched_FindsTheTextsOfTheWordsKept()
    {
        var query = new PrefixQuery(new Term("text", "kommun")) { MultiTermRewriteMethod = new FrequentTermsRewrite(1, (_, _) => { }) };

        var found = new IndexSearcher(reader).Search(query, 10);

        Assert.Equal(3, found.TotalHits);
    }
}
