using Kommunkompassen.Ingest.Insights;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Tests.Support;

namespace Kommunkompassen.Ingest.Tests.Insights;

/// <summary>Coverage and municipality profiles over the archive of the two sample reports.</summary>
public sealed class InsightsTests
{
    private static readonly IReadOnlyList<ReportRecord> Records = [SampleRecords.Of(Corpus.Report2005Docx), SampleRecords.Of(Corpus.Report2010Docx)];

    [Fact]
    public void KnownEvaluations_EarlierEvaluationsList_ReadWithAllYearsAndDistricts()
    {
        var known = SampleRecords.Of(Corpus.Report2005Docx).KnownEvaluations.Select(k => $"{k.Municipality.Name} {k.Year}").ToList();

        Assert.Equal(41, known.Count);
        Assert.Contains("Bollebygd 2004", known);
        Assert.Equal(["Trollhättan 2000", "Trollhättan 2002", "Trollhättan 2003", "Trollhättan 2004"], known.Where(k => k.StartsWith("Trollhättan", StringComparison.Ordinal)));
        Assert.Contains("Malmö 2005", known); // "Hyllie, Malmö Stad (2005)"
        Assert.Equal(known, SampleRecords.Of(Corpus.Report2005Pdf).KnownEvaluations.Select(k => $"{k.Municipality.Name} {k.Year}"));
    }

    [Fact]
    public void Coverage_SampleArchive_ListsReferredEvaluationsItLacks()
    {
        var coverage = Coverage.Of(Records);

        var botkyrka2005 = coverage.Single(e => e.Municipality.Code == "0127" && e.Year == 2005);
        Assert.True(botkyrka2005.InArchive);
        Assert.Equal(["2081-2010"], botkyrka2005.ReferredToBy);
        Assert.Contains(coverage, e => e.Municipality.Name == "Botkyrka" && e.Year == 2003 && !e.InArchive);
        Assert.Contains(coverage, e => e.Municipality.Name == "Fagersta" && e.Year == 2009 && !e.InArchive && e.ReferredToBy.SequenceEqual(["2081-2010"]));
        Assert.Equal(45, coverage.Count(e => !e.InArchive));
    }

    [Fact]
    public void Profile_MunicipalityScoredInAnotherReport_KeepsBothAndReportsTheConflict()
    {
        var profile = MunicipalityProfile.Of(new MunicipalityRef("Botkyrka", "0127"), Records);

        Assert.Equal("0127-2005", Assert.Single(profile.Evaluations).Id);
        var reported = Assert.Single(profile.ScoresFromOtherReports);
        Assert.Equal((2005, 696.0, "2081-2010"), (reported.Year, reported.Total, reported.Source));
        Assert.Equal("its own report (0127-2005) gives a total of 692; 2081-2010 gives 696", Assert.Single(profile.Conflicts).What);
        Assert.Contains(profile.CitedBy, c => c.Report == "2081-2010" && c.Question == "2.6" && c.Sentence.StartsWith("Botkyrka, Kungsbacka och Uddevalla", StringComparison.Ordinal));
    }
}
