using Kommunkompassen.Ingest.Frameworks;
using Kommunkompassen.Ingest.Records;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>
/// Builds the training examples from the archive, never from data in code: the sub-question texts
/// of each framework's catalog, the narrative passages that sit under a sub-question heading
/// (labelled by that heading), the findings a person has labelled, and findings written for
/// training (corpus/labels/written-training-findings.csv).
/// </summary>
public static class TrainingSet
{
    public static IReadOnlyList<TrainingExample> Build(
        FrameworkCatalog catalog,
        IEnumerable<ReportRecord> records,
        IEnumerable<LabelledFinding> labelled,
        Func<LabelledFinding, bool>? includeFinding = null,
        IEnumerable<TrainingExample>? written = null)
    {
        var list = new List<TrainingExample>(written ?? []);
        foreach (var framework in catalog.Frameworks)
        {
            foreach (var area in framework.Areas)
            {
                foreach (var q in area.Questions)
                {
                    list.Add(new TrainingExample(framework.Id, area.Number, q.Id, q.Text, "catalog"));
                }
            }
        }

        var frameworkOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            frameworkOf[record.Id] = record.Framework;
            foreach (var p in record.Passages.Where(p => p.Question is not null))
            {
                list.Add(new TrainingExample(record.Framework, p.Area, p.Question!, p.Text, $"passage {record.Id}"));
            }
        }

        foreach (var f in labelled.Where(f => includeFinding?.Invoke(f) ?? true))
        {
            if (frameworkOf.TryGetValue(f.ReportId, out var framework))
            {
                list.Add(new TrainingExample(framework, f.Area, f.Question, f.Text, $"finding {f.ReportId}"));
            }
        }

        return list;
    }
}
