using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using Kommunkompassen.Ingest.Documents;
using Kommunkompassen.Ingest.Documents.Docx;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.IO;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.ReportGenerator.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Kommunkompassen.Ingest.ReportGenerator.SampleLayout;

/// <summary>What a sample-layout revision report says about its version in the introduction.</summary>
public enum SampleStatement
{
    /// <summary>The sample's sentence "Kommunkompassen reviderades år 2010 för att …" rewritten for the version ("åren 2010 och 2016", "2020").</summary>
    Printed,

    /// <summary>The sentence removed: the version shows only in titles, sub-questions, year (and publisher).</summary>
    Omitted,
}

/// <summary>
/// A report to write: the version (<see cref="PrintedFrameworks.Revision2016Id"/> or
/// <see cref="PrintedFrameworks.Revision2020Id"/>), the municipality (a name
/// <see cref="MunicipalityRegistry.Default"/> knows), the year (2016-2019 or 2020-2023), the
/// seed of scores and means, the revision statement, and whether the sample's narrow figure
/// columns are kept (<see cref="SampleColumnWidths"/>).
/// </summary>
public sealed record SampleLayoutSpec(string FrameworkId, string MunicipalityName, int Year, int Seed, SampleStatement Statement = SampleStatement.Printed)
{
    /// <summary>
    /// Keep the sample's column widths: figure columns of 850 twips, in which LibreOffice (unlike
    /// Word) breaks "Uppnådd nivå" and "Medel" inside words ("Uppn / ådd / nivå"). By default the
    /// figure columns are widened so a LibreOffice PDF shows the headers whole, as Word's does.
    /// </summary>
    public bool SampleColumnWidths { get; init; }
}

/// <summary>A written report: the Word file and every value it holds as a parser should read it.</summary>
public sealed record SampleLayoutReport(SampleLayoutSpec Spec, byte[] Docx, StyledExpected Expected);

/// <summary>
/// Writes reports of the 2016 or 2020 revision laid out as the Borlänge 2010 sample (SKL's
/// evaluators' house style) by rewriting that DOCX: area N keeps its place and its narrative but
/// gets the target version's area N title wherever the sample prints a title (headings, the list
/// of areas, area summary, score tables, summary sentences); the score tables get the target's
/// sub-questions (id, text, maximum; rows added or removed) with drawn scores (tenths, as the
/// sample prints them) whose sums are the area scores and the total; the narrative's sub-question
/// headings become the target's (extra headings get a short paragraph, surplus ones go, their
/// text then under the previous heading). The revision sentence becomes the version's or goes;
/// 2020 reports name SKR instead of SKL and print a "Medel" column of other municipalities' means
/// in place of the sample's older-scale column, and a sentence of the mean total; 2016 reports
/// lose the older-scale column. Municipality and year are rewritten as <see cref="ReportGenerator"/>
/// does (the same <see cref="TextRewriter"/>); the own column of the comparison table gets the new
/// scores. Built once (the sample is parsed then); thread-safe.
/// </summary>
public sealed class SampleLayoutRevision
{
    /// <summary>The sample's area titles as it prints them (also in its list of areas and summary), by area.</summary>
    private static readonly Regex[] SampleTitles =
    [
        new(@"Offentlighet och demokrati", RegexOptions.CultureInvariant),
        new(@"Tillgänglighet och brukarorientering", RegexOptions.CultureInvariant),
        new(@"Politisk styrning och kontroll", RegexOptions.CultureInvariant),
        new(@"Ledarskap, ansvar och delegation", RegexOptions.CultureInvariant),
        new(@"Resultat och effektivitet", RegexOptions.CultureInvariant),
        new(@"Kommunen som arbetsgivare(?:,| -| –)? personalpolitik", RegexOptions.CultureInvariant),
        new(@"(?<!\p{L})Verksamhetsutveckling(?!\p{L})", RegexOptions.CultureInvariant),
        new(@"Kommun(?:en)? som samhällsbyggare", RegexOptions.CultureInvariant),
    ];

    private static readonly Regex AreaHeading = new(@"^\s*Område\s+(?<n>[1-8])\b", RegexOptions.CultureInvariant);
    private static readonly Regex QuestionHeading = new(@"^\s*(?<a>[1-8])\.(?<q>\d{1,2})\s", RegexOptions.CultureInvariant);
    private static readonly Regex QuestionId = new(@"^\s*(?<a>[1-8])\.(?<q>\d{1,2})\s*$", RegexOptions.CultureInvariant);
    private static readonly Regex AreaNumberCell = new(@"^\s*(?<n>[1-8])\s*$", RegexOptions.CultureInvariant);

    private readonly byte[] template;
    private readonly MunicipalityRegistry registry = MunicipalityRegistry.Default;

    public SampleLayoutRevision(string sampleDocxPath)
        : this(File.ReadAllBytes(sampleDocxPath), Path.GetFileName(sampleDocxPath))
    {
    }

    public SampleLayoutRevision(byte[] sampleDocx, string fileName)
    {
        template = sampleDocx;
        Sample = ReportParser.Default.Parse(DocumentLoader.Default.Load(sampleDocx, fileName));
        if (Sample.Framework != PrintedFrameworks.Revision2010Id)
        {
            throw new InvalidOperationException($"the sample layout is the 2010 Borlänge report's; this one reads as framework {Sample.Framework}");
        }
    }

    /// <summary>The sample as the parser reads it.</summary>
    public ReportRecord Sample { get; }

    /// <summary>Municipalities the sample names besides its own, which a generated report should not be about.</summary>
    public IReadOnlySet<string> NamedMunicipalityCodes =>
        Sample.Comparisons.Select(c => c.Municipality.Code)
            .Concat(Sample.Mentions.Select(m => m.Municipality.Code))
            .Concat(Sample.KnownEvaluations.Select(k => k.Municipality.Code))
            .Concat(Sample.Evaluators.Select(e => e.Organisation ?? string.Empty).Select(o => registry.Find(o)?.Code ?? string.Empty))
            .Where(code => code.Length > 0 && code != Sample.Municipality.Code)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The years a version's reports may have: 2016-2019, 2020-2023.</summary>
    public static (int From, int To) Years(string frameworkId) => frameworkId switch
    {
        PrintedFrameworks.Revision2016Id => (2016, 2019),
        PrintedFrameworks.Revision2020Id => (2020, 2023),
        _ => throw new ArgumentException($"only {PrintedFrameworks.Revision2016Id} and {PrintedFrameworks.Revision2020Id} are written in the sample layout", nameof(frameworkId)),
    };

    public SampleLayoutReport Generate(SampleLayoutSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var (from, to) = Years(spec.FrameworkId);
        if (spec.Year < from || spec.Year > to)
        {
            throw new ArgumentOutOfRangeException(nameof(spec), spec.Year, $"{spec.FrameworkId} reports are of {from}-{to}");
        }

        var municipality = registry.Find(spec.MunicipalityName)
            ?? throw new ArgumentException($"\"{spec.MunicipalityName}\" is not a municipality", nameof(spec));
        if (NamedMunicipalityCodes.Contains(municipality.Code))
        {
            throw new ArgumentException($"the sample names {municipality.Name} already (comparisons, mentions, evaluators)", nameof(spec));
        }

        var framework = spec.FrameworkId == PrintedFrameworks.Revision2016Id ? PrintedFrameworks.Revision2016 : PrintedFrameworks.Revision2020;
        var is2020 = spec.FrameworkId == PrintedFrameworks.Revision2020Id;
        var draw = Draw(framework, spec.Seed, is2020);
        var rewrites = Rewrites(framework, spec, municipality.Name);

        byte[] docx;
        using (var stream = new MemoryStream())
        {
            stream.Write(template);
            stream.Position = 0;
            using (var doc = WordprocessingDocument.Open(stream, true))
            {
                var main = doc.MainDocumentPart ?? throw new InvalidOperationException("the sample has no main document part");
                var body = main.Document?.Body ?? throw new InvalidOperationException("the sample has no body");
                foreach (var root in new OpenXmlElement?[] { body }
                    .Concat(main.HeaderParts.Select(p => (OpenXmlElement?)p.Header))
                    .Concat(main.FooterParts.Select(p => (OpenXmlElement?)p.Footer))
                    .Concat([main.FootnotesPart?.Footnotes, main.EndnotesPart?.Endnotes]))
                {
                    if (root is not null)
                    {
                        rewrites.ApplyTo(root);
                    }
                }

                if (doc.PackageProperties.Title is { } title)
                {
                    doc.PackageProperties.Title = rewrites.Rewrite(title);
                }

                RewriteScoreTables(body, framework, draw, !spec.SampleColumnWidths);
                RewriteSummary(body, draw, is2020, !spec.SampleColumnWidths);
                RewriteComparison(body, draw, municipality.Name, spec.Year);
                RewriteTotalSentence(body, draw, municipality.Name, is2020);
                RewriteQuestionHeadings(body, framework);
            }

            docx = Normalize(stream.ToArray());
        }

        return new SampleLayoutReport(spec, docx, Expect(spec, municipality, framework, draw, rewrites));
    }

    /// <summary>The PDF of a written report by LibreOffice (<see cref="LibreOfficePdf"/>), as the styled reports are rendered.</summary>
    public static byte[] RenderPdf(SampleLayoutReport report, IPdfRenderer? renderer = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return (renderer ?? LibreOfficePdf.Default).Render(report.Docx);
    }

    /// <summary>Scores in tenths of a point per question, their sums, and (2020) whole means per area and their sum.</summary>
    private sealed record Drawn(
        IReadOnlyDictionary<string, long> Questions,
        IReadOnlyDictionary<int, long> Areas,
        long Total,
        IReadOnlyDictionary<int, int> Means,
        int? TotalMean);

    private static Drawn Draw(Framework framework, int seed, bool means)
    {
        var rng = new SeededRandom(((ulong)(uint)seed * 0x9E3779B97F4A7C15UL) ^ 0x2016_2020UL);
        var questions = new Dictionary<string, long>(StringComparer.Ordinal);
        var areas = new Dictionary<int, long>();
        foreach (var area in framework.Areas)
        {
            long sum = 0;
            foreach (var q in area.Questions)
            {
                var tenths = (long)Math.Round(q.Max * 10);
                var low = tenths / 10;
                var score = low + rng.Next((int)(tenths - (2 * low)) + 1);
                questions[q.Id] = score;
                sum += score;
            }

            areas[area.Number] = sum;
        }

        var total = areas.Values.Sum();
        var areaMeans = new Dictionary<int, int>();
        int? totalMean = null;
        if (means)
        {
            foreach (var area in framework.Areas)
            {
                var mean = 35 + rng.Next(36);
                if (mean * 10 == areas[area.Number])
                {
                    mean++;
                }

                areaMeans[area.Number] = mean;
            }

            totalMean = areaMeans.Values.Sum();
            if (totalMean * 10 == total)
            {
                // Never the own total: move one area's mean (its own score differs from both).
                var n = framework.Areas[0].Number;
                areaMeans[n] += areaMeans[n] * 10 + 10 == areas[n] ? 2 : 1;
                totalMean = areaMeans.Values.Sum();
            }
        }

        return new Drawn(questions, areas, total, areaMeans, totalMean);
    }

    private static string Tenths(long tenths) => (tenths / 10.0).ToString("F1", CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Whole(double value) => value.ToString("0.##", CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Percent(double share) => Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString("F0", CultureInfo.InvariantCulture) + "%";

    /// <summary>The text rewrites of the whole document, in order: municipality and year, area titles, revision statement, publisher.</summary>
    private Rewrites Rewrites(Framework framework, SampleLayoutSpec spec, string municipality)
    {
        var steps = new List<(Regex Pattern, Func<Match, string> Replacement)>();
        for (var i = 0; i < SampleTitles.Length; i++)
        {
            var title = framework.Areas[i].Title;
            steps.Add((SampleTitles[i], _ => title));
        }

        // The footer "Kommunkompassen – Borlänge kommun 2010" runs on into "Sida …" without a space, so the name rewrite leaves its year.
        var year = spec.Year.ToString(CultureInfo.InvariantCulture);
        var sampleYear = Sample.Year.ToString(CultureInfo.InvariantCulture);
        steps.Add((new Regex($@"(?<=Kommunkompassen – {Regex.Escape(municipality)} kommun ){sampleYear}(?!\d)", RegexOptions.CultureInvariant), _ => year));

        var statement = new Regex(@"Kommunkompassen reviderades år 2010 för att", RegexOptions.CultureInvariant);
        switch (spec.Statement)
        {
            case SampleStatement.Omitted:
                steps.Add((new Regex(@"Kommunkompassen reviderades år 2010 för att[^.]*\.\s*", RegexOptions.CultureInvariant), _ => string.Empty));
                break;
            case SampleStatement.Printed when spec.FrameworkId == PrintedFrameworks.Revision2016Id:
                steps.Add((statement, _ => "Kommunkompassen reviderades åren 2010 och 2016 för att"));
                break;
            default:
                steps.Add((statement, _ => "Kommunkompassen reviderades 2020 för att"));
                break;
        }

        if (spec.FrameworkId == PrintedFrameworks.Revision2020Id)
        {
            steps.Add((new Regex(@"Sveriges Kommuner och Landsting", RegexOptions.CultureInvariant), _ => "Sveriges Kommuner och Regioner"));
            steps.Add((new Regex(@"(?<!\p{L})SKL(?!\p{L})", RegexOptions.CultureInvariant), _ => "SKR"));
            steps.Add((new Regex(@"skl\.se", RegexOptions.CultureInvariant), _ => "skr.se"));
        }

        return new Rewrites(new TextRewriter(Sample.Municipality.Name, Sample.Year, municipality, spec.Year), steps);
    }

    /// <summary>Each area's score table ("N | title | Uppnådd nivå | Max | %"): one row per target sub-question, then the sum row.</summary>
    private static void RewriteScoreTables(W.Body body, Framework framework, Drawn draw, bool widen)
    {
        var done = new HashSet<int>();
        foreach (var table in body.Descendants<W.Table>().ToList())
        {
            var rows = table.Elements<W.TableRow>().ToList();
            if (rows.Count < 3)
            {
                continue;
            }

            var header = DocxTables.CellsOf(rows[0]).ToList();
            if (header.Count < 5 || AreaNumberCell.Match(DocxGrid.TextOf(header[0])) is not { Success: true } h
                || !DocxGrid.TextOf(header[3]).Trim().Equals("Max", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var number = int.Parse(h.Groups["n"].Value, CultureInfo.InvariantCulture);
            var area = framework.Areas.Single(a => a.Number == number);
            var questionRows = rows.Where(r => DocxTables.CellsOf(r).FirstOrDefault() is { } c && QuestionId.IsMatch(DocxGrid.TextOf(c))).ToList();
            var sumRow = rows.Last();
            if (questionRows.Count == 0 || questionRows.Contains(sumRow))
            {
                throw new InvalidOperationException($"score table of area {number} not understood");
            }

            var model = questionRows[0];
            foreach (var q in area.Questions)
            {
                var row = (W.TableRow)model.CloneNode(true);
                var cells = DocxTables.CellsOf(row).ToList();
                var score = draw.Questions[q.Id];
                DocxGrid.SetText(cells[0], q.Id);
                DocxGrid.SetText(cells[1], q.Text);
                DocxGrid.SetText(cells[2], Tenths(score));
                DocxGrid.SetText(cells[3], Whole(q.Max));
                DocxGrid.SetText(cells[4], Percent(score / 10.0 / q.Max));
                sumRow.InsertBeforeSelf(row);
            }

            foreach (var old in questionRows)
            {
                old.Remove();
            }

            var sums = DocxTables.CellsOf(sumRow).ToList();
            var max = area.Questions.Sum(q => q.Max);
            DocxGrid.SetText(sums[^3], Tenths(draw.Areas[number]));
            DocxGrid.SetText(sums[^2], Whole(max));
            DocxGrid.SetText(sums[^1], Percent(draw.Areas[number] / 10.0 / max));
            if (widen)
            {
                WidenFigureColumns(table, donor: 1, figures: [2, 3, 4]);
            }

            done.Add(number);
        }

        if (done.Count != framework.Areas.Count)
        {
            throw new InvalidOperationException($"found the score tables of areas {string.Join(", ", done.Order())} only");
        }
    }

    /// <summary>
    /// The area summary ("Nuvarande poängskala | Äldre poängskala" … "TOTALT"): the own scores with
    /// one decimal; the older-scale column becomes "Medel" with the means (2020) or goes (2016).
    /// </summary>
    private static void RewriteSummary(W.Body body, Drawn draw, bool means, bool widen)
    {
        var table = body.Descendants<W.Table>().FirstOrDefault(t => t.Elements<W.TableRow>()
            .Any(r => DocxTables.CellsOf(r).Select(DocxGrid.TextOf).Contains("Äldre poängskala")))
            ?? throw new InvalidOperationException("the sample's area summary (\"Äldre poängskala\") is not there");
        var position = 0;
        foreach (var row in table.Elements<W.TableRow>())
        {
            var cells = DocxTables.CellsOf(row).ToList();
            if (cells.Count < 3)
            {
                continue;
            }

            var label = DocxGrid.TextOf(cells[0]);
            var older = cells[^1];
            if (DocxGrid.TextOf(older) == "Äldre poängskala")
            {
                if (means)
                {
                    DocxGrid.SetText(older, "Medel");
                }
            }
            else if (ReportPatterns.TotalLabel().IsMatch(label))
            {
                DocxGrid.SetText(cells[1], Tenths(draw.Total));
                if (means)
                {
                    DocxGrid.SetText(older, draw.TotalMean!.Value.ToString(CultureInfo.InvariantCulture));
                }
            }
            else if (label.Length > 0)
            {
                position++;
                DocxGrid.SetText(cells[1], Tenths(draw.Areas[position]));
                if (means)
                {
                    DocxGrid.SetText(older, draw.Means[position].ToString(CultureInfo.InvariantCulture));
                }
            }

            if (!means)
            {
                older.Remove();
            }
        }

        if (!means && table.GetFirstChild<W.TableGrid>() is { } grid && grid.Elements<W.GridColumn>().LastOrDefault() is { } last)
        {
            last.Remove();
        }

        if (widen)
        {
            WidenFigureColumns(table, donor: 0, figures: means ? [1, 2] : [1]);
        }

        if (position != 8)
        {
            throw new InvalidOperationException($"the area summary has {position} area rows");
        }
    }

    /// <summary>
    /// Gives the figure columns of a table room for their headers ("Nuvarande
    /// poängskala", "Medel") on one or two lines, taken from the label column: in the sample they
    /// are 850 twips wide and LibreOffice breaks the headers inside words ("Mede l").
    /// </summary>
    private static void WidenFigureColumns(W.Table table, int donor, int[] figures)
    {
        const int figure = 1400;
        var columns = table.GetFirstChild<W.TableGrid>()?.Elements<W.GridColumn>().ToList() ?? [];
        if (columns.Count <= figures.Max() || columns.Any(c => c.Width?.Value is null))
        {
            return;
        }

        var widths = columns.Select(c => int.Parse(c.Width!.Value!, CultureInfo.InvariantCulture)).ToList();
        widths[donor] -= figures.Sum(f => figure - widths[f]);
        foreach (var f in figures)
        {
            widths[f] = figure;
        }

        for (var i = 0; i < columns.Count; i++)
        {
            columns[i].Width = widths[i].ToString(CultureInfo.InvariantCulture);
        }

        foreach (var row in table.Elements<W.TableRow>())
        {
            var cells = DocxTables.CellsOf(row).ToList();
            if (cells.Count != columns.Count)
            {
                continue;
            }

            for (var i = 0; i < cells.Count; i++)
            {
                if (cells[i].TableCellProperties?.TableCellWidth is { } width)
                {
                    width.Width = widths[i].ToString(CultureInfo.InvariantCulture);
                    width.Type = W.TableWidthUnitValues.Dxa;
                }
            }
        }
    }

    /// <summary>The comparison table's own column (its header already names the new municipality and year): the new area scores and total.</summary>
    private static void RewriteComparison(W.Body body, Drawn draw, string municipality, int year)
    {
        var own = $"{municipality} {year.ToString(CultureInfo.InvariantCulture)}";
        foreach (var table in body.Descendants<W.Table>())
        {
            var rows = table.Elements<W.TableRow>().ToList();
            var header = rows.Count > 0 ? DocxTables.CellsOf(rows[0]).Select(DocxGrid.TextOf).ToList() : [];
            var column = header.IndexOf(own);
            if (column <= 0 || header[0] != "Kriterium")
            {
                continue;
            }

            foreach (var row in rows.Skip(1))
            {
                var cells = DocxTables.CellsOf(row).ToList();
                var label = DocxGrid.TextOf(cells[0]);
                if (AreaNumberCell.Match(label) is { Success: true } m)
                {
                    DocxGrid.SetText(cells[column], Tenths(draw.Areas[int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)]));
                }
                else if (ReportPatterns.TotalLabel().IsMatch(label))
                {
                    DocxGrid.SetText(cells[column], Tenths(draw.Total));
                }
            }

            return;
        }

        throw new InvalidOperationException($"no comparison table with a column \"{own}\"");
    }

    /// <summary>
    /// The sample's summary paragraph gives the total on the older scale and the median of earlier
    /// evaluations; a revision report has no older scale, so it gives the total (2020: and the mean total).
    /// </summary>
    private static void RewriteTotalSentence(W.Body body, Drawn draw, string municipality, bool means)
    {
        var paragraph = body.Descendants<W.Paragraph>().FirstOrDefault(p => ParagraphEdits.TextOf(p).Contains("uppnådde vid utvärderingen", StringComparison.Ordinal))
            ?? throw new InvalidOperationException("the sample's total sentence (\"uppnådde vid utvärderingen\") is not there");
        var text = $"{municipality} kommun uppnådde vid utvärderingen {Tenths(draw.Total)} poäng av 800 möjliga.";
        if (means)
        {
            text += $" Genomsnitt för kommuner som utvärderats: {draw.TotalMean!.Value.ToString(CultureInfo.InvariantCulture)} poäng.";
        }

        ParagraphEdits.SetText(paragraph, text);
    }

    /// <summary>The narrative's "N.M question" headings become the target's; extra ones are added (with a short paragraph) before the area's findings box, surplus ones removed.</summary>
    private static void RewriteQuestionHeadings(W.Body body, Framework framework)
    {
        var headings = new Dictionary<int, List<W.Paragraph>>();
        var bodies = new Dictionary<int, W.Paragraph>();
        var boxes = new Dictionary<int, W.Table>();
        int? area = null;
        W.Paragraph? lastHeading = null;
        foreach (var element in body.ChildElements.ToList())
        {
            if (element is W.Paragraph p)
            {
                var text = ParagraphEdits.TextOf(p);
                if (AreaHeading.Match(text) is { Success: true } a)
                {
                    area = int.Parse(a.Groups["n"].Value, CultureInfo.InvariantCulture);
                    lastHeading = null;
                    continue;
                }

                if (text.Contains("Poängsammanställning", StringComparison.Ordinal) && area is not null)
                {
                    break;
                }

                if (area is { } n && QuestionHeading.Match(text) is { Success: true } q && q.Groups["a"].Value == n.ToString(CultureInfo.InvariantCulture))
                {
                    (headings.TryGetValue(n, out var list) ? list : headings[n] = []).Add(p);
                    lastHeading = p;
                }
                else if (area is { } m && lastHeading is not null && text.Length > 80 && !bodies.ContainsKey(m))
                {
                    bodies[m] = p;
                }
            }
            else if (element is W.Table t && area is { } n && !boxes.ContainsKey(n))
            {
                boxes[n] = t;
            }
        }

        foreach (var fa in framework.Areas)
        {
            var list = headings.GetValueOrDefault(fa.Number) ?? throw new InvalidOperationException($"area {fa.Number} has no sub-question headings");
            for (var i = 0; i < Math.Min(list.Count, fa.Questions.Count); i++)
            {
                ParagraphEdits.SetText(list[i], $"{fa.Questions[i].Id} {fa.Questions[i].Text}");
            }

            foreach (var surplus in list.Skip(fa.Questions.Count))
            {
                surplus.Remove();
            }

            var box = boxes.GetValueOrDefault(fa.Number) ?? throw new InvalidOperationException($"area {fa.Number} has no findings box");
            foreach (var q in fa.Questions.Skip(list.Count))
            {
                var heading = (W.Paragraph)list[0].CloneNode(true);
                ParagraphEdits.SetText(heading, $"{q.Id} {q.Text}");
                box.InsertBeforeSelf(heading);
                if (bodies.GetValueOrDefault(fa.Number) is { } model)
                {
                    var paragraph = (W.Paragraph)model.CloneNode(true);
                    ParagraphEdits.SetText(paragraph, "Utvärderarna fick under intervjuerna inga exempel på ett samlat arbete med frågan, som kommunen därför kan se över.");
                    box.InsertBeforeSelf(paragraph);
                }
            }
        }
    }

    private StyledExpected Expect(SampleLayoutSpec spec, Municipality municipality, Framework framework, Drawn draw, Rewrites rewrites)
    {
        DateRange? dates = Sample.EvaluationDates is { } d
            ? new DateRange(new DateOnly(spec.Year, d.From.Month, d.From.Day), new DateOnly(spec.Year + (d.To.Year - d.From.Year), d.To.Month, d.To.Day))
            : null;
        var questions = framework.Areas.SelectMany(a => a.Questions)
            .Select(q => new ExpectedQuestion(q.Id, q.Text, q.Max, draw.Questions[q.Id] / 10.0))
            .ToList();
        var comparisons = Sample.Comparisons
            .Where(c => c.Municipality.Code != Sample.Municipality.Code && c.Year is not null && c.Total is not null)
            .Select(c => new ExpectedComparison(
                c.Municipality.Code,
                c.Municipality.Name,
                c.Year!.Value,
                c.AreaScores.ToDictionary(kv => int.Parse(kv.Key, CultureInfo.InvariantCulture), kv => kv.Value),
                c.Total!.Value))
            .ToList();
        return new StyledExpected(
            municipality.Name,
            municipality.Code,
            spec.Year,
            dates,
            Sample.Evaluators.Select(e => new Evaluator(e.Name, e.Organisation is { } o ? rewrites.Rewrite(o) : null)).ToList(),
            framework.Id,
            draw.Total / 10.0,
            draw.Areas.ToDictionary(kv => kv.Key, kv => kv.Value / 10.0),
            questions,
            Sample.Areas.ToDictionary(a => a.Number, a => (IReadOnlyList<string>)a.Strengths.Select(rewrites.Rewrite).ToList()),
            Sample.Areas.ToDictionary(a => a.Number, a => (IReadOnlyList<string>)a.Improvements.Select(rewrites.Rewrite).ToList()),
            comparisons,
            Sample.Previous is { } p ? p with { } : null,
            [])
        {
            FrameworkCatalogued = true,
            AreaReferenceMeans = draw.Means.ToDictionary(kv => kv.Key, kv => (double)kv.Value),
            TotalReferenceMean = draw.TotalMean,
        };
    }

    /// <summary>Rewrites the package with fixed entry timestamps and order, so equal content gives equal bytes.</summary>
    private static byte[] Normalize(byte[] package)
    {
        using var output = new MemoryStream(package.Length);
        StableZip.Rewrite(new MemoryStream(package), output, CompressionLevel.Fastest);
        return output.ToArray();
    }
}

/// <summary>The text rewrites of one generated report, applied in order to a document's paragraphs or to a single text (expected values).</summary>
internal sealed class Rewrites(TextRewriter names, IReadOnlyList<(Regex Pattern, Func<Match, string> Replacement)> steps)
{
    public void ApplyTo(OpenXmlElement root)
    {
        ParagraphEdits.Apply(root, names.Edits);
        foreach (var (pattern, replacement) in steps)
        {
            ParagraphEdits.Apply(root, text => pattern.Matches(text).Select(m => new TextEdit(m.Index, m.Length, replacement(m))).ToList());
        }
    }

    public string Rewrite(string text)
    {
        var result = names.Rewrite(text);
        foreach (var (pattern, replacement) in steps)
        {
            result = pattern.Replace(result, m => replacement(m));
        }

        return result;
    }
}
