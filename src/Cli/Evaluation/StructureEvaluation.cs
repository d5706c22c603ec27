using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NorPreM.Ingest.Structure;
using NorPreM.Core.Model;

namespace NorPreM.Cli.Evaluation;

/// <summary>
/// One case as a gold file states it: the number as printed (null when unnumbered), title, whether decided, how the
/// decision begins, and (when the gold gives it) the decision's kind (<see cref="DecisionKinds"/>: "vedtak", "konklusjon" …).
/// </summary>
public sealed record GoldCase(string? Number, string Title, bool Decided, string? Decision, string? DecisionKind = null);

/// <summary>One meeting a gold document records: its key when printed, the date it was held, attendee counts when the paper gives them.</summary>
public sealed record GoldMeeting(string? Number, DateOnly? Date, int? Present, int? Absent);

/// <summary>The facts a gold file states for one document (one JSON line).</summary>
public sealed record GoldDocument(string File, string Split, string? Kind, string? Body, IReadOnlyList<GoldMeeting> Meetings, IReadOnlyList<GoldCase> Cases);

/// <summary>What the structure stage read from one document, in the shape the gold facts are scored against.</summary>
public sealed record ReadFacts(string? Kind, string? Body, IReadOnlyList<CaseRecord> Cases, IReadOnlyList<MeetingRecord> Meetings);

/// <summary>Counts for one document or a total: true positives, predicted and gold items for cases and decisions; hits out of scored for the rest.</summary>
public sealed record StructureScore(
    int CaseHits, int CasesRead, int CasesGold,
    int DecisionHits, int DecisionsRead, int DecisionsGold,
    int BodyHits, int Bodies, int KindHits, int Kinds,
    int DateHits, int Dates, int AttendanceHits, int Attendances,
    int DecisionKindHits = 0, int DecisionKindsScored = 0)
{
    public static readonly StructureScore Zero = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public static StructureScore operator +(StructureScore a, StructureScore b) => new(
        a.CaseHits + b.CaseHits, a.CasesRead + b.CasesRead, a.CasesGold + b.CasesGold,
        a.DecisionHits + b.DecisionHits, a.DecisionsRead + b.DecisionsRead, a.DecisionsGold + b.DecisionsGold,
        a.BodyHits + b.BodyHits, a.Bodies + b.Bodies, a.KindHits + b.KindHits, a.Kinds + b.Kinds,
        a.DateHits + b.DateHits, a.Dates + b.Dates, a.AttendanceHits + b.AttendanceHits, a.Attendances + b.Attendances,
        a.DecisionKindHits + b.DecisionKindHits, a.DecisionKindsScored + b.DecisionKindsScored);

    public double CaseF1 => F1(CaseHits, CasesRead, CasesGold);
    public double DecisionF1 => F1(DecisionHits, DecisionsRead, DecisionsGold);

    /// <summary>F1 of hits among read and gold items; 1 when both are empty (nothing to find, nothing invented).</summary>
    public static double F1(int hits, int read, int gold) => read + gold == 0 ? 1 : 2.0 * hits / (read + gold);
}

/// <summary>
/// Scores the structure stage against gold facts (issue "read any council's papers"): cases matched by number as
/// printed (digits, leading zeros and two-digit years aside) and by title, or by title alone for an unnumbered case;
/// a decision counts when its case matched and its text begins as the gold says (whitespace and case aside); body,
/// kind, the date each gold meeting was held, and attendee counts are right or wrong.
/// </summary>
public static partial class StructureEvaluation
{
    /// <summary>Reads a gold file: one JSON object a line, blank lines and lines starting with "//" skipped.</summary>
    public static IReadOnlyList<GoldDocument> ReadGold(string path)
    {
        var list = new List<GoldDocument>();
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line) || line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            JsonDocument json;
            try
            {
                json = JsonDocument.Parse(line);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"Linje {list.Count + 1} i «{path}» er ikke gyldig JSON: {e.Message}", e);
            }

            using var _ = json;
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("file", out var fileProperty) || fileProperty.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException($"Et dokument i «{path}» mangler «file».");
            }

            list.Add(new GoldDocument(
                fileProperty.GetString()!,
                Str(root, "split") ?? "",
                Str(root, "kind"),
                Str(root, "body"),
                root.TryGetProperty("meetings", out var ms) ? ms.EnumerateArray().Select(m => new GoldMeeting(
                    Str(m, "number"),
                    Str(m, "date") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
                    Int(m, "present"), Int(m, "absent"))).ToList() : [],
                root.TryGetProperty("cases", out var cs) ? cs.EnumerateArray().Select(c => new GoldCase(
                    Str(c, "number"), Str(c, "title") ?? "", c.TryGetProperty("decided", out var dd) && dd.GetBoolean(), Str(c, "decision"), Str(c, "decisionKind"))).ToList() : []));
        }

        return list;

        static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        static int? Int(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;
    }

    /// <summary>The facts of one document as the structure stage read it.</summary>
    public static ReadFacts FromStructured(StructuredDocument document) =>
        new(document.Document.DocumentType, document.Document.Council, document.Cases, document.Meetings);

    /// <summary>The facts of one document as a stored knowledge base holds them (cases and meetings it is the paper, minutes or agenda of).</summary>
    public static ReadFacts FromKnowledge(KnowledgeBase knowledge, DocumentRecord document) =>
        new(document.DocumentType, document.Council,
            knowledge.Cases.Where(c => c.DocumentId == document.Id || c.MinutesDocumentId == document.Id || c.AgendaDocumentId == document.Id).ToList(),
            knowledge.Meetings.Where(m => m.MinutesDocumentId == document.Id || m.AgendaDocumentId == document.Id).ToList());

    /// <summary>Scores one document.</summary>
    public static StructureScore Score(GoldDocument gold, ReadFacts read)
    {
        var unmatched = read.Cases.ToList();
        var caseHits = 0;
        var decisionHits = 0;
        var kindHits = 0;
        var kindsScored = 0;
        foreach (var g in gold.Cases)
        {
            var match = unmatched.FirstOrDefault(r => Matches(g, r));
            if (match is null)
            {
                continue;
            }

            unmatched.Remove(match);
            caseHits++;
            if (g.Decided && match.Decision is { } decision && Begins(decision, g.Decision ?? ""))
            {
                decisionHits++;
                // The kind is scored on decisions read right, where the gold names it.
                if (g.DecisionKind is { } kind)
                {
                    kindsScored++;
                    kindHits += match.DecisionKind == kind ? 1 : 0;
                }
            }
        }

        var dates = 0;
        var attendance = 0;
        var attendanceScored = 0;
        foreach (var m in gold.Meetings)
        {
            var meeting = m.Number is { } key
                ? read.Meetings.FirstOrDefault(r => r.Number == MeetingKeys.Normalise(key))
                : read.Meetings.FirstOrDefault();
            var date = meeting?.Date ?? (m.Number is null ? read.Cases.Select(c => c.MeetingDate).FirstOrDefault(d => d is not null) : null);
            dates += date == m.Date ? 1 : 0;
            if (m.Present is not null || m.Absent is not null)
            {
                attendanceScored++;
                var present = meeting is null ? 0 : meeting.VotingMembers is { } voting && meeting.Present.Count == 0 ? voting : meeting.Present.Count;
                attendance += meeting is not null && (m.Present is null || m.Present == present) && (m.Absent is null || m.Absent == meeting.Absent.Count) ? 1 : 0;
            }
        }

        return new StructureScore(
            caseHits, read.Cases.Count, gold.Cases.Count,
            decisionHits, read.Cases.Count(c => c.Decision is not null), gold.Cases.Count(c => c.Decided),
            gold.Body == read.Body ? 1 : 0, 1,
            gold.Kind is null ? 0 : gold.Kind == read.Kind ? 1 : 0, gold.Kind is null ? 0 : 1,
            dates, gold.Meetings.Count, attendance, attendanceScored, kindHits, kindsScored);
    }

    /// <summary>
    /// Whether a read case is the gold case: the same digits of the number as printed (or of its normal form), and a
    /// title that holds most of the gold title's words; an unnumbered gold case matches on the title alone.
    /// </summary>
    public static bool Matches(GoldCase gold, CaseRecord read)
    {
        if (gold.Number is { } number)
        {
            var digits = Digits(number);
            if (!digits.SequenceEqual(Digits(read.Label ?? "")) && !digits.SequenceEqual(Digits(CaseNumber.Plain(read.Number))))
            {
                return false;
            }
        }

        var goldWords = Words(gold.Title);
        var readWords = Words(read.Title).ToHashSet(StringComparer.Ordinal);
        return goldWords.Count == 0 || goldWords.Count(readWords.Contains) >= Math.Ceiling(0.6 * goldWords.Count);
    }

    /// <summary>Whether a decision begins with the gold beginning, whitespace and case aside.</summary>
    public static bool Begins(string decision, string beginning) =>
        Squash(decision).StartsWith(Squash(beginning), StringComparison.Ordinal);

    /// <summary>The numbers of a printed case number, leading zeros dropped and two-digit years made four: "Styresak 045/23" → 45, 2023.</summary>
    public static IReadOnlyList<int> Digits(string printed)
    {
        var numbers = NumberRegex().Matches(printed).Select(m => (Text: m.Value, Value: int.Parse(m.Value, CultureInfo.InvariantCulture))).ToList();
        return numbers.Select((n, i) => i == numbers.Count - 1 && numbers.Count > 1 && n.Text.Length == 2 ? n.Value + 2000 : n.Value).ToList();
    }

    private static List<string> Words(string text) =>
        WordRegex().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    private static string Squash(string text) => SpaceRegex().Replace(text.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberRegex();

    [GeneratedRegex(@"\p{L}[\p{L}\d]*|\d+")]
    private static partial Regex WordRegex();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpaceRegex();
}
