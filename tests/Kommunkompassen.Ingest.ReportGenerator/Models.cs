namespace Kommunkompassen.Ingest.ReportGenerator;

/// <summary>What to generate: the evaluated municipality (a name <c>MunicipalityRegistry.Default</c> knows), the evaluation year and the seed of the scores.</summary>
public sealed record SyntheticReportSpec(string MunicipalityName, int Year, int Seed);

/// <summary>One generated report: the Word file, its PDF rendering, and the values the generator put in.</summary>
public sealed record GeneratedReport(byte[] Docx, byte[] Pdf, ExpectedValues Expected);

/// <summary>
/// The values a generated report holds, as the parser should read them: municipality and year,
/// framework id (the template's), area scores (1-8), total, every sub-question score by id, and
/// each area's strengths and improvements (the template's texts, municipality name replaced).
/// </summary>
public sealed record ExpectedValues(
    string MunicipalityName,
    string MunicipalityCode,
    int Year,
    string Framework,
    IReadOnlyDictionary<int, double> AreaScores,
    double Total,
    IReadOnlyDictionary<string, double> QuestionScores,
    IReadOnlyDictionary<int, IReadOnlyList<string>> Strengths,
    IReadOnlyDictionary<int, IReadOnlyList<string>> Improvements);
