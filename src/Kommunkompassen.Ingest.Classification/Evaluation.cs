using Kommunkompassen.Ingest.Frameworks;

namespace Kommunkompassen.Ingest.Classification;

/// <summary>A finding with its true sub-question, to score a ranker on.</summary>
public sealed record EvaluationCase(string Framework, int Area, string Text, string Question);

/// <summary>Precision, recall and F1 of one sub-question of one framework (top-1 predictions).</summary>
public sealed record ClassMetrics(string Framework, string Question, int Support, double Precision, double Recall, double F1);

/// <summary>A finding the ranker got wrong at top-1: what it answered, and where the truth ranked (1-based).</summary>
public sealed record Miss(EvaluationCase Case, string Predicted, double Confidence, int TruthRank);

/// <summary>
/// Top-1 and top-3 accuracy within the known area, macro-F1 over the classes that occur (a class
/// is a sub-question of one framework: 1.1 of 2002 and 1.1 of 2010 are two), and the top-1 misses
/// in case order.
/// </summary>
public sealed record EvaluationResult(string Name, int Count, double Top1, double Top3, double MacroF1, IReadOnlyList<ClassMetrics> PerClass, IReadOnlyList<Miss> Misses);

/// <summary>Scores rankers on labelled findings, always within the finding's known area.</summary>
public static class Evaluator
{
    public static EvaluationResult Evaluate(string name, IReadOnlyList<EvaluationCase> cases, Func<EvaluationCase, IQuestionRanker> rankerFor)
    {
        var top1 = 0;
        var top3 = 0;
        var predicted = new List<(string Framework, string Truth, string Guess)>();
        var misses = new List<Miss>();
        foreach (var c in cases)
        {
            var ranked = rankerFor(c).Rank(c.Text, c.Area);
            var guess = ranked.Count > 0 ? ranked[0].Question : string.Empty;
            predicted.Add((c.Framework, c.Question, guess));
            top1 += guess == c.Question ? 1 : 0;
            top3 += ranked.Take(3).Any(p => p.Question == c.Question) ? 1 : 0;
            if (guess != c.Question)
            {
                var truthRank = ranked.Select(p => p.Question).ToList().IndexOf(c.Question);
                misses.Add(new Miss(c, guess, ranked.Count > 0 ? ranked[0].Confidence : 0, truthRank < 0 ? 0 : truthRank + 1));
            }
        }

        var perClass = predicted.Select(p => (p.Framework, p.Truth)).Distinct()
            .OrderBy(c => c.Framework, StringComparer.Ordinal).ThenBy(c => c.Truth, QuestionIdOrder.Instance)
            .Select(c =>
            {
                var (framework, q) = c;
                var tp = predicted.Count(p => p.Framework == framework && p.Truth == q && p.Guess == q);
                var fp = predicted.Count(p => p.Framework == framework && p.Truth != q && p.Guess == q);
                var fn = predicted.Count(p => p.Framework == framework && p.Truth == q && p.Guess != q);
                var precision = tp + fp == 0 ? 0 : (double)tp / (tp + fp);
                var recall = tp + fn == 0 ? 0 : (double)tp / (tp + fn);
                var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
                return new ClassMetrics(framework, q, tp + fn, precision, recall, f1);
            })
            .ToList();
        var n = Math.Max(1, cases.Count);
        return new EvaluationResult(name, cases.Count, (double)top1 / n, (double)top3 / n, perClass.Count == 0 ? 0 : perClass.Average(c => c.F1), perClass, misses);
    }
}
