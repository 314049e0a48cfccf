namespace Kommunkompassen.Ingest.ReportGenerator.Styles;

/// <summary>
/// The Swedish text bank of one area theme: things an evaluator writes about (a noun phrase in
/// its indefinite and definite form, for the sentence frames of <see cref="TextBank"/>),
/// ready sentences of narrative, and findings phrased as strengths and as improvement areas.
/// "{K}" stands for the municipality's name and "{Ks}" for its genitive.
/// </summary>
internal sealed record AreaTexts(
    IReadOnlyList<(string Indefinite, string Definite)> Subjects,
    IReadOnlyList<string> Sentences,
    IReadOnlyList<string> Strengths,
    IReadOnlyList<string> Improvements);
