using System.Globalization;
using Kommunkompassen.Ingest.Documents.Model;
using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Municipalities;
using Kommunkompassen.Ingest.Parsing.FrontPage;
using Kommunkompassen.Ingest.Parsing.Versions;
using Kommunkompassen.Ingest.Records;
using Kommunkompassen.Ingest.Validation;

namespace Kommunkompassen.Ingest.Parsing;

/// <summary>A block as the parser saw it (boxes opened up, <see cref="Box"/> 0 outside one) and what became of it.</summary>
public sealed record BlockAccount(Block Block, BlockUse Use, int Box);

/// <summary>
/// Turns a document's blocks into a <see cref="ReportRecord"/>: front matter, score tables,
/// framework, findings, passages and comparisons, then validation. Built once with its registry
/// and framework catalog; immutable and thread-safe. <see cref="Default"/> is ready to use.
/// </summary>
public sealed class ReportParser
{
    private readonly MunicipalityRegistry registry;
    private readonly FrameworkCatalog catalog;
    private readonly FrameworkDetector detector;

    public ReportParser(MunicipalityRegistry registry, FrameworkCatalog catalog)
        : this(registry, catalog, FrameworkDetectorOptions.Default)
    {
    }

    public ReportParser(MunicipalityRegistry registry, FrameworkCatalog catalog, FrameworkDetectorOptions detection)
    {
        this.registry = registry;
        this.catalog = catalog;
        detector = new FrameworkDetector(detection);
    }

    /// <summary>When a document is refused as a report joined to itself, or warned of as repeated or overlong.</summary>
    public PlausibilityOptions PlausibilityOptions { get; init; } = PlausibilityOptions.Default;

    /// <summary>The catalog of framework versions this parser checks reports against.</summary>
    public FrameworkCatalog Catalog => catalog;

    public static ReportParser Default { get; } = new(MunicipalityRegistry.Default, FrameworkCatalog.Default);

    /// <summary>Parses one document. Throws <see cref="ReportParseException"/> when it is not a report.</summary>
    public ReportRecord Parse(DocumentContent document) => ParseAccounted(document).Record;

    /// <summary>
    /// Parses one document and says what became of each block the parser saw (boxes opened up):
    /// read into the record, skipped on purpose, or not read. For looking at a file that reads
    /// incompletely (`kk blocks --read`).
    /// </summary>
    public (ReportRecord Record, IReadOnlyList<BlockAccount> Blocks) ParseAccounted(DocumentContent document)
    {
        var (record, blocks, _) = Read(document);
        return (record, blocks);
    }

    /// <summary>
    /// The catalog a report implies, in the catalog format, for a person to review and add to
    /// Frameworks/ (`kk framework draft`): its areas as titled and scored, its sub-questions with
    /// texts and maxima as printed, used from the revision year it names (else its own year).
    /// </summary>
    public Framework Draft(DocumentContent document, string id)
    {
        var (record, _, evidence) = Read(document);
        var areas = record.Areas
            .Select(a => new FrameworkArea(
                a.Number,
                a.Title,
                [],
                [.. record.Questions.Where(q => q.Area == a.Number).OrderBy(q => q.Id, QuestionIdOrder.Instance).Select(q => new FrameworkQuestion(q.Id, q.Text, q.Max))])
            {
                StatedMax = a.Max,
            })
            .ToList();
        var areaMax = areas.GroupBy(a => a.Max).OrderByDescending(g => g.Count()).First().Key;
        return new Framework(id, $"Drafted from {document.FileName}: review the areas, sub-questions and maxima before adding it to Frameworks/", evidence.StatedRevision ?? record.Year, null, null, areaMax, areas)
        {
            QuestionsKnown = record.Questions.Count > 0,
            ReferenceMeans = record.Total.ReferenceMean is not null || record.Areas.Any(a => a.ReferenceMean is not null),
            Publishers = [.. evidence.PublishersNamed.Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>How well each catalogued framework version fits a report, best first (`kk framework fit`).</summary>
    public IReadOnlyList<FrameworkFit> FitVersions(DocumentContent document)
    {
        var (_, _, evidence) = Read(document);
        return detector.Detect(catalog, evidence).Fits;
    }

    private (ReportRecord Record, IReadOnlyList<BlockAccount> Blocks, FrameworkEvidence Evidence) Read(DocumentContent document)
    {
        var flat = ReportBlocks.Flatten(document.Blocks);
        Plausibility.RefuseRepeated(flat.Blocks, document.FileName, PlausibilityOptions, out var repetition);
        var ledger = new BlockLedger(flat.Count);
        var front = FrontMatterExtractor.Extract(flat, registry);
        foreach (var index in front.UsedBlocks)
        {
            ledger.Use(index);
        }

        var tables = Enumerable.Range(0, flat.Count).Where(i => flat[i] is Table).Select(i => (Index: i, Table: (Table)flat[i])).ToList();
        var questionTables = QuestionTableReader.Read(tables);
        (int Year, IReadOnlyList<string> Doubts) yearOf;
        try
        {
            yearOf = ReportIdentity.YearOf(front, flat, document.FileName);
        }
        catch (ReportParseException) when (questionTables.Questions.Count == 0
            && NarrativeReader.Read(flat, catalog.Frameworks[^1], new BlockLedger(flat.Count)).Findings.Count == 0)
        {
            // A document without a year that is no report either: say the second, the reason that matters.
            throw NotAReport(document.FileName);
        }

        var year = yearOf.Year;
        Plausibility.RefuseConflicting(questionTables, document.FileName, PlausibilityOptions);
        foreach (var index in questionTables.TableIndexes)
        {
            ledger.Use(index);
        }

        var evidence = FrameworkEvidence.Gather(flat, questionTables, year);
        var detection = detector.Detect(catalog, evidence);
        var framework = detection.Framework;
        var narrative = NarrativeReader.Read(flat, framework, ledger);
        if (questionTables.Questions.Count == 0 && narrative.Findings.Count == 0)
        {
            throw NotAReport(document.FileName);
        }

        var mentions = front.TitleMunicipality is { } named ? Mentions.MentionExtractor.Extract(narrative.Passages, named.Code, registry) : null;
        var identity = ReportIdentity.Decide(front, flat, narrative, mentions, registry, document.FileName, yearOf);
        if (identity.Municipality != front.TitleMunicipality)
        {
            mentions = Mentions.MentionExtractor.Extract(narrative.Passages, identity.Municipality.Code, registry);
        }


        var bracketsHoldMeans = framework.ReferenceMeans || ScoreWithReference.BracketsHoldMeans(flat);
        var comparisons = new List<ComparisonColumn>();
        var comparisonMeans = new List<ReferenceLine>();
        AreaSummary? summary = null;
        foreach (var (index, table) in tables.Where(t => ledger[t.Index] != BlockUse.Used))
        {
            var grid = FigureGrid.Of(table);
            if (ComparisonReader.TryRead(grid, registry, framework) is { } columns)
            {
                comparisons.AddRange(columns);
                comparisonMeans.AddRange(ScoreWithReference.FromComparison(grid, framework, index));
                ledger.Use(index);
            }
            else if (summary is null && AreaSummaryReader.IsAreaSummary(grid, framework))
            {
                summary = AreaSummaryReader.Read(grid, year, framework, bracketsHoldMeans);
                if (summary is not null)
                {
                    ledger.Use(index);
                }
            }
        }

        // Means from lines and sentences first, then a comparison table's mean column or row.
        var referenceLines = ScoreWithReference.Lines(flat, framework, bracketsHoldMeans, i => narrative.AreaStarts.LastOrDefault(s => s.Index <= i)?.Area)
            .Concat(comparisonMeans)
            .ToList();
        foreach (var line in referenceLines)
        {
            ledger.Use(line.Block);
        }

        var municipality = new MunicipalityRef(identity.Municipality.Name, identity.Municipality.Code);
        var areas = BuildAreas(framework, summary, questionTables, narrative, referenceLines);
        var questions = BuildQuestions(framework, questionTables);
        var totalLine = referenceLines.FirstOrDefault(l => l.Area is null);
        var total = new TotalScore(
            summary?.Total?.Score?.Value ?? totalLine?.Score?.Value ?? SumOrNull(areas.Select(a => a.Score)),
            framework.TotalMax,
            summary?.Total?.OlderScale?.Value)
        {
            ReferenceMean = summary?.Total?.Reference?.Value ?? totalLine?.Reference.Value,
        };
        var previous = summary?.PreviousYear is { } py
            ? new PreviousEvaluation(py, summary.Total?.Previous?.Value)
            : null;

        var warnings = RecordValidator.Validate(new ValidationInput(
            framework, municipality, year, questionTables.Questions, questionTables.AreaRows, summary, comparisons, narrative.QuestionHeadings)
        {
            SameQuestion = detector.SameQuestion,
        });
        if (summary is null)
        {
            warnings = [.. warnings, new ValidationWarning(WarningCodes.AreaSummaryMissing, "no area summary table found; area scores are the sums of their sub-questions")];
        }

        var (read, losses) = ReadAccounting.Settle(new ReadInputs(flat, ledger, narrative, framework, registry, document.Notes));
        warnings = [.. identity.Doubts, .. detection.Notes, .. warnings, .. losses, .. front.UnsplitEvaluators.Select(line => new ValidationWarning(WarningCodes.TextUnread, $"the evaluators line \"{line}\" could not be split into names and organisations") { Place = "title page" })];
        warnings = [.. warnings, .. questionTables.UnreadRows.GroupBy(r => r.Table).Select(g => new ValidationWarning(
            WarningCodes.TextUnread,
            $"{g.Sum(r => r.Text.Length)} characters of text in {g.Count()} row(s) of a score table are no sub-question and were not read, from \"{Clip(g.First().Text)}\"")
        {
            Place = g.First().Page is { } page ? $"score table, page {page.ToString(CultureInfo.InvariantCulture)}" : "score table",
        })];
        warnings = [.. warnings, .. Plausibility.Warnings(repetition, flat.Blocks, document.PageCount, PlausibilityOptions), .. questionTables.Conflicts.Select(Plausibility.ScoreConflict)];
        if (front.Evaluators.Count == 0)
        {
            warnings = [.. warnings, new ValidationWarning(WarningCodes.EvaluatorsMissing, "no evaluators were found on the title page") { Place = "title page" }];
        }
        if (document.ReadByOcr)
        {
            warnings = [new ValidationWarning(WarningCodes.ReadByOcr, "the PDF is a scan, read by OCR: misread figures and words are likely, check the values against the report"), .. warnings];
        }

        var isSelf = (ComparisonColumn c) => c.Municipality.Code == municipality.Code && (c.Year is null || c.Year == year);
        var record = new ReportRecord(
            Id: $"{municipality.Code}-{year.ToString(CultureInfo.InvariantCulture)}",
            Municipality: municipality,
            Year: year,
            EvaluationDates: front.Dates,
            Framework: framework.Id,
            Evaluators: front.Evaluators,
            Total: total,
            Previous: previous,
            Areas: areas,
            Questions: questions,
            Passages: ScoreWithReference.WithoutScoreStatements(narrative.Passages, referenceLines, flat),
            Comparisons: comparisons.Where(c => !isSelf(c)).Select(ComparisonReader.ToRecord).ToList(),
            Warnings: warnings,
            Sources: [new SourceFile(document.FileName, document.Format.ToString().ToLowerInvariant(), document.Sha256, document.PageCount)]);
        var accounts = Enumerable.Range(0, flat.Count).Select(i => new BlockAccount(flat[i], ledger[i], flat.BoxOf(i))).ToList();
        return (record with
        {
            Mentions = mentions!,
            KnownEvaluations = Mentions.KnownEvaluationExtractor.Extract(flat.Blocks, registry),
            Read = read,
        }, accounts, evidence);
    }

    private static List<AreaResult> BuildAreas(Framework framework, AreaSummary? summary, QuestionTables tables, Narrative narrative, IReadOnlyList<ReferenceLine> referenceLines)
    {
        var list = new List<AreaResult>();
        foreach (var area in framework.Areas)
        {
            var row = summary?.Areas.GetValueOrDefault(area.Number);
            var tableRows = tables.AreaRows.Where(r => r.Area == area.Number).ToList();
            var title = tableRows.FirstOrDefault(r => !string.IsNullOrEmpty(r.Title))?.Title
                ?? narrative.AreaHeadingTitles.GetValueOrDefault(area.Number)
                ?? area.Title;
            title = ReportPatterns.TrailingScore().Replace(title, string.Empty);
            var subtotal = tableRows.FirstOrDefault(r => r.Score is not null);
            var line = referenceLines.FirstOrDefault(l => l.Area == area.Number);
            var score = row?.Score?.Value
                ?? subtotal?.Score?.Value
                ?? referenceLines.FirstOrDefault(l => l.Area == area.Number && l.Score is not null)?.Score?.Value
                ?? SumOrNull(tables.Questions.Where(q => q.Area == area.Number).Select(q => q.Score?.Value));
            list.Add(new AreaResult(
                area.Number,
                title,
                score,
                subtotal?.Max?.Value ?? area.Max,
                row?.OlderScale?.Value,
                row?.Previous?.Value,
                narrative.Findings.Where(f => f.Area == area.Number && f.Kind == FindingKind.Strength).Select(f => f.Text).ToList(),
                narrative.Findings.Where(f => f.Area == area.Number && f.Kind == FindingKind.Improvement).Select(f => f.Text).ToList())
            {
                ReferenceMean = row?.Reference?.Value ?? line?.Reference.Value,
                CrosswalkKey = AreaCrosswalk.Default.KeyOf(framework.Id, area.Number),
            });
        }

        return list;
    }

    private static List<QuestionResult> BuildQuestions(Framework framework, QuestionTables tables)
    {
        var list = new List<QuestionResult>();
        foreach (var fq in framework.Areas.SelectMany(a => a.Questions))
        {
            var q = tables.Questions.FirstOrDefault(x => x.Id == fq.Id);
            list.Add(new QuestionResult(
                fq.Id,
                fq.AreaNumber,
                string.IsNullOrEmpty(q?.Text) ? fq.Text : q.Text,
                q?.Max?.Value ?? fq.Max,
                q?.Score?.Value));
        }

        // Sub-questions the report has but the framework lacks are kept, not dropped.
        list.AddRange(tables.Questions
            .Where(q => framework.Question(q.Id) is null)
            .Select(q => new QuestionResult(q.Id, q.Area, q.Text, q.Max?.Value ?? 0, q.Score?.Value)));
        return list;
    }

    private static ReportParseException NotAReport(string fileName) =>
        new(fileName, "not a Kommunkompassen report: no sub-question score table and no strengths or improvement areas found");

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60].TrimEnd() + "…";

    private static double? SumOrNull(IEnumerable<double?> values)
    {
        var list = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        return list.Count == 0 ? null : list.Sum();
    }
}
