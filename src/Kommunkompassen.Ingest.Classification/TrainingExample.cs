namespace Kommunkompassen.Ingest.Classification;

/// <summary>One labelled text: what a sub-question of a framework is about.</summary>
public sealed record TrainingExample(string Framework, int Area, string Question, string Text, string Source);

/// <summary>
/// A finding labelled by a person (corpus/labels/findings-labels.csv). <see cref="Confidence"/> is
/// "high" when one sub-question clearly fits, "low" when the labeller saw two or more.
/// </summary>
public sealed record LabelledFinding(string ReportId, int Area, string Kind, string Text, string Question, string Confidence = "high");
