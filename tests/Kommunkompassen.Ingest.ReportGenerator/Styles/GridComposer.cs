using System.Globalization;

namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// The grids of figures of a report in a house style: the area summary, the comparison table
/// and the sub-question score tables, with the style's columns, header words and total word.
/// Every figure is printed from the content, so percentages, sums and changes agree.
/// </summary>
internal sealed class GridComposer(ReportContent content, HouseStyle style)
{
    private string Year => content.Year.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The area summary: a row per area and the total, with the previous evaluation and the
    /// change where the style shows them, and last the reference means where the report has
    /// them and the style puts them in a column ("Medel", "Genomsnitt").
    /// </summary>
    public GridBlock Summary()
    {
        var previous = style.SummaryPrevious ? content.Previous : null;
        var totalMean = StyleWords.MeansInColumn(style.ReferenceMeans) ? content.TotalReferenceMean : null;
        var header = new List<string> { StyleWords.AreaColumn };
        if (previous is not null)
        {
            header.Add(previous.Year.ToString(CultureInfo.InvariantCulture));
            header.Add(Year);
            header.Add(StyleWords.Change);
        }
        else
        {
            header.Add(StyleWords.Score(ScoreHeader.Poang));
        }

        if (totalMean is not null)
        {
            header.Add(StyleWords.MeanColumn(style.ReferenceMeans));
        }

        var rows = new List<GridRow> { new(header, true) };
        foreach (var area in content.Areas)
        {
            var cells = new List<string> { StyleWords.AreaLabel(style.AreaHeadings, area.Number, area.Title) };
            cells.AddRange(previous is null ? [StyleWords.Points(area.Score)] : Change(previous.AreaScores[area.Number], area.Score));
            if (totalMean is not null)
            {
                cells.Add(StyleWords.Points(area.ReferenceMean!.Value));
            }

            rows.Add(new GridRow(cells, false));
        }

        var total = new List<string> { StyleWords.Total(style.TotalWord) };
        total.AddRange(previous is null ? [StyleWords.Points(content.Total)] : Change(previous.Total, content.Total));
        if (totalMean is { } mean)
        {
            total.Add(StyleWords.Points(mean));
        }

        rows.Add(new GridRow(total, true));
        var figures = header.Count - 1;
        return new GridBlock(GridRole.Summary, style.SummaryTable, [new GridColumn(0.55, false), .. Enumerable.Repeat(new GridColumn(0.45 / figures, true), figures)], rows);
    }

    private static string[] Change(double before, double now) =>
        [StyleWords.Points(before), StyleWords.Points(now), StyleWords.WholePercent((now - before) / before * 100)];

    /// <summary>The comparison table, the municipalities as columns "Name Year" or as rows.</summary>
    public GridBlock Comparison()
    {
        var entries = content.Comparisons;
        string Label(ComparisonContent c) => $"{c.Municipality.Name} {c.Year.ToString(CultureInfo.InvariantCulture)}";
        var total = StyleWords.Total(style.TotalWord);
        var rows = new List<GridRow>();
        if (style.Comparison == ComparisonOrientation.MunicipalitiesAsColumns)
        {
            rows.Add(new GridRow([StyleWords.AreaColumn, .. entries.Select(Label)], true));
            foreach (var area in content.Areas)
            {
                rows.Add(new GridRow([area.Number.ToString(CultureInfo.InvariantCulture), .. entries.Select(c => StyleWords.Points(c.AreaScores[area.Number]))], false));
            }

            rows.Add(new GridRow([total, .. entries.Select(c => StyleWords.Points(c.Total))], true));
            return new GridBlock(GridRole.Comparison, style.ComparisonTable, [new GridColumn(0.12, false), .. entries.Select(_ => new GridColumn(0.88 / entries.Count, true))], rows);
        }

        rows.Add(new GridRow([StyleWords.MunicipalityColumn, .. content.Areas.Select(a => a.Number.ToString(CultureInfo.InvariantCulture)), total], true));
        foreach (var c in entries)
        {
            rows.Add(new GridRow([Label(c), .. content.Areas.Select(a => StyleWords.Points(c.AreaScores[a.Number])), StyleWords.Points(c.Total)], false));
        }

        var n = content.Areas.Count + 1;
        return new GridBlock(GridRole.Comparison, style.ComparisonTable, [new GridColumn(0.28, false), .. Enumerable.Repeat(new GridColumn(0.72 / n, true), n)], rows);
    }

    /// <summary>The sub-question scores of some areas; with area rows (the one big table) each area's row precedes its questions.</summary>
    public GridBlock Scores(IReadOnlyList<AreaContent> areas, bool withAreaRows)
    {
        var idColumn = style.ScoreColumns == ScoreColumns.IdColumnMaxThenScore;
        var scoreFirst = style.ScoreColumns == ScoreColumns.ScoreThenMax;
        List<string> Figures(double max, double score)
        {
            var list = scoreFirst ? new List<string> { StyleWords.Points(score), StyleWords.Points(max) } : [StyleWords.Points(max), StyleWords.Points(score)];
            if (style.PercentColumn)
            {
                list.Add(StyleWords.WholePercent(score / max * 100));
            }

            return list;
        }

        List<string> Labels(string id, string text) => idColumn ? [id, text] : [$"{id} {text}"];

        var maxWord = StyleWords.Max(style.MaxHeader);
        var scoreWord = StyleWords.Score(style.ScoreHeader);
        var header = idColumn ? new List<string> { StyleWords.QuestionIdColumn, StyleWords.QuestionColumn } : [StyleWords.QuestionColumn];
        header.AddRange(scoreFirst ? [scoreWord, maxWord] : [maxWord, scoreWord]);
        if (style.PercentColumn)
        {
            header.Add(StyleWords.Percent);
        }

        var rows = new List<GridRow> { new(header, true) };
        foreach (var area in areas)
        {
            if (withAreaRows)
            {
                var number = area.Number.ToString(CultureInfo.InvariantCulture);
                string[] label = idColumn ? [number, area.Title] : [StyleWords.AreaLabel(AreaHeadingWording.OmradeNumber, area.Number, area.Title)];
                rows.Add(new GridRow([.. label, .. Figures(area.Max, area.Score)], true));
            }

            foreach (var q in area.Questions)
            {
                rows.Add(new GridRow([.. Labels(q.Id, q.Text), .. Figures(q.Max, q.Score)], false));
            }
        }

        var (totalMax, totalScore) = (areas.Sum(a => a.Max), areas.Sum(a => a.Score));
        string[] totalLabel = idColumn ? [string.Empty, StyleWords.Total(style.TotalWord)] : [StyleWords.Total(style.TotalWord)];
        rows.Add(new GridRow([.. totalLabel, .. Figures(totalMax, totalScore)], true));

        var figures = header.Count - (idColumn ? 2 : 1);
        var figureShare = style.LandscapeScoreTables ? 0.09 : 0.12;
        var labelShare = 1 - (figures * figureShare);
        GridColumn[] labels = idColumn ? [new GridColumn(0.07, false), new GridColumn(labelShare - 0.07, false)] : [new GridColumn(labelShare, false)];
        return new GridBlock(GridRole.Scores, style.ScoreTables, [.. labels, .. Enumerable.Repeat(new GridColumn(figureShare, true), figures)], rows);
    }
}
