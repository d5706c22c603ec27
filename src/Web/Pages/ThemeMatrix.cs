using NorPreM.Ingest.Themes;
using NorPreM.Web.Knowledge;

namespace NorPreM.Web.Pages;

/// <summary>One cell of the theme × council × year matrix, in SVG user units.</summary>
public sealed record MatrixCell(string ThemeId, string Council, int Year, int Count, double X, double Y, double Opacity, int ColourIndex);

/// <summary>A column of the matrix: one council in one year.</summary>
public sealed record MatrixColumn(string Council, int Year, double X);

/// <summary>
/// Geometry of the overview chart on /tema: one row per theme, one column per council and year that has cases, each
/// cell shaded by its number of cases (darker = more) and labelled with the number. Server-side SVG, no script.
/// </summary>
public sealed class ThemeMatrix
{
    public const double LabelWidth = 290;
    public const double CellWidth = 104;
    public const double CellHeight = 24;
    public const double HeaderHeight = 44;

    public ThemeMatrix(KnowledgeSnapshot kb)
    {
        var counts = ThemeCatalog.All.ToDictionary(
            t => t.Id,
            t => ThemeStatistics.CountsByCouncilAndYear(ThemeStatistics.CasesWith(kb, t.Id)));
        var councils = kb.CouncilIds;
        Columns = counts.Values.SelectMany(c => c)
            .Select(c => (c.Council, c.Year))
            .Distinct()
            .OrderBy(c => c.Year)
            .ThenBy(c => Order(councils, c.Council))
            .Select((c, i) => new MatrixColumn(c.Council, c.Year, LabelWidth + i * CellWidth))
            .ToList();
        var max = Math.Max(1, counts.Values.SelectMany(c => c).Select(c => c.Count).DefaultIfEmpty(0).Max());
        Rows = ThemeCatalog.All.Select((t, i) => (t.Id, t.Label, HeaderHeight + i * CellHeight)).ToList();
        Cells = Rows.SelectMany(row => Columns.Select(col =>
        {
            var count = counts[row.Id].FirstOrDefault(c => c.Council == col.Council && c.Year == col.Year)?.Count ?? 0;
            return new MatrixCell(row.Id, col.Council, col.Year, count, col.X, row.Y, count == 0 ? 0 : 0.25 + 0.75 * count / max,
                Math.Max(0, Order(councils, col.Council)) % 6);
        })).ToList();
        Width = LabelWidth + Math.Max(1, Columns.Count) * CellWidth + 8;
        Height = HeaderHeight + Rows.Count * CellHeight + 8;
    }

    public IReadOnlyList<MatrixColumn> Columns { get; }

    public IReadOnlyList<(string Id, string Label, double Y)> Rows { get; }

    public IReadOnlyList<MatrixCell> Cells { get; }

    public double Width { get; }

    public double Height { get; }

    public bool IsEmpty => Columns.Count == 0;

    /// <summary>The years of the columns with the x of their middle, for the upper header row.</summary>
    public IEnumerable<(int Year, double X)> YearLabels =>
        Columns.GroupBy(c => c.Year).Select(g => (g.Key, (g.First().X + g.Last().X + CellWidth) / 2));

    /// <summary>The number in a cell, light on dark cells and dark on light ones (SVG &lt;text&gt;, encoded).</summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent CountLabel(MatrixCell cell) =>
        new Microsoft.AspNetCore.Html.HtmlString(
            $"<text class=\"count{(cell.Opacity > 0.55 ? " on-dark" : "")}\" x=\"{ThemeChart.F(cell.X + CellWidth / 2)}\" y=\"{ThemeChart.F(cell.Y + CellHeight / 2 + 4)}\" text-anchor=\"middle\">{cell.Count}</text>");

    /// <summary>A short council name for a narrow column ("HelseOmsorg21", "NorPreM", "Interregionalt").</summary>
    public static string ShortCouncil(string id) => NorPreM.Core.Model.Councils.DisplayName(id).Split('-', ' ')[0];

    private static int Order(IReadOnlyList<string> councils, string council)
    {
        for (var i = 0; i < councils.Count; i++)
        {
            if (councils[i] == council)
            {
                return i;
            }
        }

        return councils.Count;
    }
}
