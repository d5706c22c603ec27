using System.Text.RegularExpressions;

namespace NorPreM.Ingest.Structure.Text;

/// <summary>
/// The date a plan, strategy or similar document carries as its approval or revision note, where it has no letterhead
/// "Dato:": a status row ("Vedtatt i interregionalt fagdirektørmøte 12. desember 2024", "Godkjent: 12.12.2024",
/// "Revidert 3. mars 2025") or a sentence about the document itself ("Planen ble vedtatt av NorPreM-rådet
/// 12. desember 2024", "Denne versjonen er revidert 3. mars 2025"). A sentence about something else ("Strategien for
/// helsetjenesten ble godkjent av departementet i 2023", "Nasjonal strategi … ble godkjent 5. mai 2023") tells when
/// that happened, not when this document was dated, and is not read.
/// </summary>
public static partial class ApprovalDates
{
    /// <summary>Most characters between the verb and its date ("Vedtatt i interregionalt fagdirektørmøte …").</summary>
    private const int MaxDistance = 90;

    // A status row opens with the verb; a sentence about the document opens with its noun or "Denne/Dette" and reaches
    // the verb through "er/ble/blir".
    [GeneratedRegex(
        @"(?:^|(?<=[.!?]\s+))(?:(?<verb>Vedtatt|Godkjent|Revidert|Fastsatt|Oppdatert|Vedteke|Godkjend)\b" +
        @"|(?:Denne|Dette|\p{L}*(?:planen|dokumentet|notatet|strategien|rapporten|mandatet|veilederen|versjonen|retningslinjene))\b[^.!?]{0,60}?\b(?:er|ble|blir|vart|vert)\s+(?<verb>vedtatt|godkjent|revidert|fastsatt|oppdatert|vedteke|godkjend)\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApprovalRegex();

    /// <summary>
    /// The latest approval or revision date in the rows (a revision comes after the first approval), or null. Rows are
    /// read one at a time and with the next row, so a note that wraps before its date is read too.
    /// </summary>
    public static DateOnly? Find(IReadOnlyList<string> rows)
    {
        DateOnly? latest = null;
        for (var i = 0; i < rows.Count; i++)
        {
            var text = i + 1 < rows.Count ? rows[i] + " " + rows[i + 1] : rows[i];
            foreach (Match m in ApprovalRegex().Matches(text))
            {
                if (m.Index >= rows[i].Length)
                {
                    break; // the next row's own notes are read on its turn
                }

                var after = m.Index + m.Length;
                var window = text[after..Math.Min(text.Length, after + MaxDistance)];
                if (NorwegianDates.FindDate(window) is { } found && !SentenceEndsBefore(window, found.Index)
                    && (latest is null || found.Date > latest))
                {
                    latest = found.Date;
                }
            }
        }

        return latest;
    }

    /// <summary>Whether a sentence ends in the window before the date ("Godkjent. Neste møte 3. mars 2025").</summary>
    private static bool SentenceEndsBefore(string window, int dateIndex) =>
        SentenceEndRegex().IsMatch(window[..dateIndex]);

    [GeneratedRegex(@"[.!?]\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEndRegex();
}
