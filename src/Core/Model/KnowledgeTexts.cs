using System.Text;

namespace NorPreM.Core.Model;

/// <summary>
/// The texts the stages read from the knowledge records: what the themes stage classifies and what the index unit of
/// a case, meeting, item or mandate section holds. One home, so themes are assigned to exactly the text that is searched.
/// </summary>
public static class KnowledgeTexts
{
    /// <summary>The searchable text of a whole case: title, header facts, sections, proposal, discussion and decision.</summary>
    public static string Case(CaseRecord c)
    {
        var sb = new StringBuilder();
        sb.AppendLine(c.Title);
        if (c.NumberAsPrinted is { } printed && printed != c.Number)
        {
            // A misprinted number ("Sak 14/2/21" for 14/2/2022) stays findable as printed.
            sb.AppendLine($"Sak {printed}");
        }
        if (c.CaseTypes.Count > 0)
        {
            sb.AppendLine(string.Join("/", c.CaseTypes));
        }

        if (c.ArchiveReference is { } archive)
        {
            // As written and in normal form, so "22/01234", "2022/1234" and "2022/1234-3" all find the case (QueryBuilder).
            sb.AppendLine($"Arkivsak {archive} {ArchiveReference.CaseOf(archive)}".TrimEnd());
        }

        foreach (var s in c.Sections)
        {
            sb.AppendLine(s.Heading).AppendLine(s.Text);
        }

        if (c.ProposedDecision is { } p)
        {
            sb.AppendLine("Forslag til vedtak").AppendLine(p);
        }

        if (c.Discussion is { } d)
        {
            sb.AppendLine(d);
        }

        if (c.Decision is { } v)
        {
            sb.AppendLine("Vedtak").AppendLine(v);
        }

        return sb.ToString().Trim();
    }

    /// <summary>The searchable text of a meeting: council, date, place, attendees, its cases by title and its items.</summary>
    public static string Meeting(MeetingRecord m, IReadOnlyDictionary<string, CaseRecord> cases)
    {
        var sb = new StringBuilder();
        sb.AppendLine($"Møte {m.Number} {Councils.DisplayName(m.Council)}");
        if (m.DateText is { } dt)
        {
            sb.AppendLine(dt);
        }

        if (m.Place is { } place)
        {
            sb.AppendLine(place);
        }

        foreach (var a in m.Present.Concat(m.Absent).Concat(m.Observers).Concat(m.Secretariat))
        {
            sb.AppendLine(a.Affiliation is null ? a.Name : $"{a.Name}, {a.Affiliation}");
        }

        foreach (var n in m.CaseNumbers)
        {
            sb.AppendLine(cases.TryGetValue(n, out var c) ? $"Sak {n} {c.Title}" : $"Sak {n}");
        }

        foreach (var item in m.Items)
        {
            sb.AppendLine(item.Heading);
        }

        return sb.ToString().Trim();
    }

    /// <summary>The text of a meeting item: its heading, then what the minutes say under it.</summary>
    public static string Item(MeetingItem item) => item.Text is { } t ? $"{item.Heading}\n{t}" : item.Heading;

    /// <summary>The text of a mandate section: its text, then its numbered points.</summary>
    public static string MandateSection(MandateSection s) =>
        s.Points.Count == 0 ? s.Text : s.Text + "\n" + string.Join("\n", s.Points.Select(p => $"{p.Label} {p.Text}"));
}
