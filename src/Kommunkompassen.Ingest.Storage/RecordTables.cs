using System.Globalization;
using Kommunkompassen.Ingest.Records;
using Microsoft.Data.Sqlite;

namespace Kommunkompassen.Ingest.Storage;

/// <summary>
/// Writes a record into the query tables (reports, areas, questions, findings, ...). The caller
/// owns the transaction; a report's old rows go first (ON DELETE CASCADE), so a rewrite never
/// leaves rows of the earlier reading behind.
/// </summary>
internal static class RecordTables
{
    public static void Delete(SqliteConnection c, SqliteTransaction tx, string reportId) =>
        Sql.Execute(c, tx, "DELETE FROM reports WHERE id = $id", ("$id", reportId));

    public static void Insert(SqliteConnection c, SqliteTransaction tx, ReportRecord r, string updatedAt)
    {
        Sql.Execute(
            c,
            tx,
            """
            INSERT INTO reports (id, municipality, municipality_code, year, framework, evaluation_from, evaluation_to,
                                 total, total_max, total_older_scale, previous_year, previous_total, record_json, updated_at,
                                 blocks, blocks_used, blocks_skipped, characters_unread)
            VALUES ($id, $m, $code, $year, $fw, $from, $to, $total, $max, $older, $pyear, $ptotal, $json, $at,
                    $blocks, $used, $skipped, $unread)
            """,
            ("$id", r.Id),
            ("$m", r.Municipality.Name),
            ("$code", r.Municipality.Code),
            ("$year", r.Year),
            ("$fw", r.Framework),
            ("$from", r.EvaluationDates?.From.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$to", r.EvaluationDates?.To.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("$total", r.Total.Score),
            ("$max", r.Total.Max),
            ("$older", r.Total.OlderScale),
            ("$pyear", r.Previous?.Year),
            ("$ptotal", r.Previous?.Total),
            ("$json", StoredJson.Serialize(r)),
            ("$at", updatedAt),
            ("$blocks", r.Read?.Blocks),
            ("$used", r.Read?.BlocksUsed),
            ("$skipped", r.Read?.BlocksSkipped),
            ("$unread", r.Read?.CharactersUnread));

        Rows(c, tx, "INSERT INTO evaluators VALUES ($r, $i, $name, $org)", r.Evaluators, (e, i) =>
            [("$i", i), ("$name", e.Name), ("$org", e.Organisation)], r.Id);
        Rows(c, tx, "INSERT INTO areas VALUES ($r, $n, $title, $score, $max, $older, $prev)", r.Areas, (a, _) =>
            [("$n", a.Number), ("$title", a.Title), ("$score", a.Score), ("$max", a.Max), ("$older", a.OlderScaleScore), ("$prev", a.PreviousScore)], r.Id);
        Rows(c, tx, "INSERT INTO questions VALUES ($r, $q, $area, $text, $score, $max)", r.Questions, (q, _) =>
            [("$q", q.Id), ("$area", q.Area), ("$text", q.Text), ("$score", q.Score), ("$max", q.Max)], r.Id);
        Rows(c, tx, "INSERT INTO findings VALUES ($r, $i, $area, $kind, $text, $pq, $conf)", Findings(r), (f, i) =>
            [("$i", i), ("$area", f.Area), ("$kind", f.Kind), ("$text", f.Text), ("$pq", f.PredictedQuestion), ("$conf", f.Confidence)], r.Id);
        Rows(c, tx, "INSERT INTO passages VALUES ($r, $i, $area, $q, $text, $page)", r.Passages, (p, i) =>
            [("$i", i), ("$area", p.Area), ("$q", p.Question), ("$text", p.Text), ("$page", p.Page)], r.Id);
        Rows(c, tx, "INSERT INTO comparisons VALUES ($r, $i, $m, $code, $year, $total)", r.Comparisons, (x, i) =>
            [("$i", i), ("$m", x.Municipality.Name), ("$code", x.Municipality.Code), ("$year", x.Year), ("$total", x.Total)], r.Id);
        var scores = r.Comparisons.SelectMany((x, i) => x.AreaScores.Select(s => (Position: i, Area: s.Key, Score: s.Value))).ToList();
        Rows(c, tx, "INSERT INTO comparison_scores VALUES ($r, $i, $area, $score)", scores, (s, _) =>
            [("$i", s.Position), ("$area", s.Area), ("$score", s.Score)], r.Id);
        Rows(c, tx, "INSERT INTO mentions VALUES ($r, $i, $m, $code, $area, $q, $s, $page)", r.Mentions, (m, i) =>
            [("$i", i), ("$m", m.Municipality.Name), ("$code", m.Municipality.Code), ("$area", m.Area), ("$q", m.Question), ("$s", m.Sentence), ("$page", m.Page)], r.Id);
        Rows(c, tx, "INSERT OR IGNORE INTO known_evaluations VALUES ($r, $m, $code, $year)", r.KnownEvaluations, (k, _) =>
            [("$m", k.Municipality.Name), ("$code", k.Municipality.Code), ("$year", k.Year)], r.Id);
        Rows(c, tx, "INSERT INTO warnings (report_id, position, code, message, place) VALUES ($r, $i, $code, $msg, $place)", r.Warnings, (w, i) =>
            [("$i", i), ("$code", w.Code), ("$msg", w.Message), ("$place", w.Place)], r.Id);
    }

    /// <summary>
    /// Every strength and improvement of the areas, with the classifier's prediction where the
    /// record has one, so the table is complete whether or not a classifier ran.
    /// </summary>
    internal static List<ClassifiedFinding> Findings(ReportRecord r)
    {
        var predicted = r.Findings.ToLookup(f => (f.Area, f.Kind, f.Text));
        return r.Areas
            .SelectMany(a => a.Strengths.Select(t => (a.Number, Kind: FindingKinds.Strength, Text: t))
                .Concat(a.Improvements.Select(t => (a.Number, Kind: FindingKinds.Improvement, Text: t))))
            .Select(f => predicted[(f.Number, f.Kind, f.Text)].FirstOrDefault() ?? new ClassifiedFinding(f.Number, f.Kind, f.Text, null, null))
            .ToList();
    }

    /// <summary>Runs one prepared INSERT per item; $r is the report id.</summary>
    private static void Rows<T>(SqliteConnection c, SqliteTransaction tx, string sql, IEnumerable<T> items, Func<T, int, (string, object?)[]> args, string reportId)
    {
        using var cmd = Sql.Command(c, tx, sql);
        var i = 0;
        foreach (var item in items)
        {
            cmd.Parameters.Clear();
            cmd.Parameters.AddWithValue("$r", reportId);
            foreach (var (name, value) in args(item, i++))
            {
                cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            cmd.ExecuteNonQuery();
        }
    }
}
