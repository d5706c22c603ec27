using System.Security.Cryptography;
using System.Text;
using NorPreM.Core.Model;
using NorPreM.Core.Themes;

namespace NorPreM.Bench.Scale;

/// <summary>
/// The index units of a generated archive made straight from what the generator knows (issue 19: the 100 000-page
/// set "generated straight to index units when PDFs would not fit the disk or the time"): for every document one unit
/// per page, and for a case paper one case, one proposal and one section per heading of each case; for minutes one
/// meeting and one decision per case; for a mandate or an annual report one section per heading. Council, meeting,
/// date, case number and type, document type and themes are set as ingest sets them. Themes are chosen from the
/// taxonomy by a stable hash of the case's or document's title (one or two per unit), so every theme facet has
/// values without running the classifier. The same seed gives the same units.
/// </summary>
public static class ArchiveUnits
{
    /// <summary>Units of documents until at least <paramref name="pages"/> pages, in the generator's order.</summary>
    public static IEnumerable<IndexUnit> Generate(SentenceSource source, int pages, int seed = 19) =>
        new ArchiveGenerator(source, seed, scanShare: 0).Generate(pages).SelectMany(From);

    /// <summary>The units of one generated document; documents without facts give their pages only.</summary>
    public static IEnumerable<IndexUnit> From(ArchiveDocument document)
    {
        var facts = document.Facts;
        var documentId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(document.FileName)))[..16];
        var council = Councils.Slug(facts?.Body);
        var date = facts is null ? (DateOnly?)null : DateOnly.FromDateTime(facts.Date);
        var meeting = facts?.Meeting is { } m ? $"{m}/{facts.Date.Year}" : null;
        var documentThemes = Themes(document.Title);
        var cases = facts?.Cases ?? [];
        var paper = facts?.DocumentType == DocumentTypes.Bundle;

        IndexUnit Unit(string id, UnitKind kind, IReadOnlyList<int> pageNumbers, string title, string text) => new()
        {
            Id = id,
            Kind = kind,
            DocumentId = documentId,
            FileName = document.FileName,
            DocumentTitle = document.Title,
            Title = title,
            Pages = pageNumbers,
            Text = text,
            Council = council,
            Meeting = meeting,
            Date = date,
            DocumentType = facts?.DocumentType,
            Themes = documentThemes,
        };

        for (var p = 1; p <= document.Pages.Count; p++)
        {
            var text = string.Join('\n', document.Pages[p - 1].Lines.Select(l => l.Text).Where(t => t.Length > 0));
            var @case = cases.FirstOrDefault(c => c.FirstPage <= p && p <= c.LastPage);
            var unit = Unit($"{documentId}:p{p}", UnitKind.Page, [p], document.Title, text);
            yield return @case is null ? unit : unit with
            {
                Title = $"Sak {@case.Number} {@case.Title}",
                CaseNumber = Normal(@case.Number),
                CaseTypes = paper ? [@case.Kind] : [],
                DocumentType = paper ? DocumentTypes.CasePaper : unit.DocumentType,
                Themes = Themes(@case.Title),
            };
        }

        foreach (var @case in cases)
        {
            var number = Normal(@case.Number);
            var title = $"Sak {number} {@case.Title}";
            var pageNumbers = Enumerable.Range(@case.FirstPage, @case.LastPage - @case.FirstPage + 1).ToList();
            IndexUnit Of(string id, UnitKind kind, string unitTitle, string text) => Unit(id, kind, pageNumbers, unitTitle, text) with
            {
                CaseNumber = number,
                CaseTypes = [@case.Kind],
                DocumentType = paper ? DocumentTypes.CasePaper : DocumentTypes.Minutes,
                Themes = Themes(@case.Title),
            };

            if (paper)
            {
                var body = string.Join("\n\n", @case.Sections.Select(s => $"{s.Heading}\n{s.Text}"));
                yield return Of($"case:{council}:{number}", UnitKind.Case, title, $"{@case.Title}\n\n{body}\n\nForslag til vedtak\n{@case.Decision}");
                yield return Of($"proposal:{council}:{number}", UnitKind.Proposal, $"Forslag til vedtak – {title}", @case.Decision);
                for (var i = 0; i < @case.Sections.Count; i++)
                {
                    var s = @case.Sections[i];
                    yield return Of($"section:{council}:{number}:{i + 1}", UnitKind.Section, $"{s.Heading} – {title}", s.Text) with
                    {
                        Pages = [s.Page],
                        Section = s.Heading,
                    };
                }
            }
            else
            {
                yield return Of($"decision:{council}:{number}", UnitKind.Decision, $"Vedtak – {title}", @case.Decision);
            }
        }

        if (facts?.DocumentType == DocumentTypes.Minutes && meeting is not null)
        {
            var text = string.Join('\n', cases.Select(c => $"Sak {Normal(c.Number)} {c.Title}\nVedtak: {c.Decision}"));
            yield return Unit($"meeting:{council}:{meeting}", UnitKind.Meeting, Enumerable.Range(1, document.Pages.Count).ToList(),
                $"Møte {meeting} – {facts.Body}", text);
        }

        foreach (var (s, i) in (facts?.Sections ?? []).Select((s, i) => (s, i)))
        {
            yield return Unit($"section:{documentId}:{i + 1}", UnitKind.Section, [s.Page], $"{s.Heading} – {document.Title}", s.Text) with
            {
                Section = s.Heading,
                Themes = Themes(s.Heading + document.Title),
            };
        }
    }

    /// <summary>"5/22" (as the papers print a case numbered by year) in normal form, "5/2022".</summary>
    private static string Normal(string printed) =>
        CaseNumber.TryParse("Sak " + printed, out var n) ? n.Value.ToString() : printed;

    /// <summary>One or two themes of the taxonomy, chosen by a stable hash of <paramref name="key"/>.</summary>
    private static IReadOnlyList<ThemeScore> Themes(string key)
    {
        var hash = BitConverter.ToUInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);
        var ids = ThemeTaxonomy.Ids;
        var first = ids[(int)(hash % (uint)ids.Count)];
        var second = ids[(int)(hash / (uint)ids.Count % (uint)ids.Count)];
        return hash % 3 == 0 || first == second
            ? [new ThemeScore(first, 0.7, [])]
            : [new ThemeScore(first, 0.7, []), new ThemeScore(second, 0.4, [])];
    }
}
