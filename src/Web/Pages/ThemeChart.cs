using NorPreM.Core.Model;
using NorPreM.Web.Knowledge;

namespace NorPreM.Web.Pages;

/// <summary>One bar of the chart, in SVG user units.</summary>
public sealed record ChartBar(string Council, int Year, int Count, double X, double Y, double Width, double Height, int ColourIndex);

/// <summary>A tick on the value axis.</summary>
public sealed record ChartTick(int Value, double Y);

/// <summary>
/// Geometry of a grouped bar chart of case counts: one group per year, one bar per council, drawn as server-side SVG
/// so it needs no script. Councils keep their colour across charts (index into the stylesheet's palette).
/// </summary>
public sealed class ThemeChart
{
    public const double Width = 640;
    public const double Height = 280;
    public const double Left = 44;
    public const double Right = 12;
    public const double Top = 16;
    public const double Bottom = 40;

    public ThemeChart(IReadOnlyList<ThemeCount> counts, IReadOnlyList<string> allCouncils)
    {
        Counts = counts;
        if (counts.Count == 0)
        {
            return;
        }

        Councils = allCouncils.Where(c => counts.Any(x => x.Council == c))
            .Concat(counts.Select(x => x.Council).Where(c => !allCouncils.Contains(c)))
            .Distinct()
            .ToList();
        var first = counts.Min(c => c.Year);
        var last = counts.Max(c => c.Year);
        Years = Enumerable.Range(first, last - first + 1).ToList();
        var max = Math.Max(1, counts.Max(c => c.Count));
        var step = max <= 5 ? 1 : (int)Math.Ceiling(max / 5.0);
        MaxValue = (int)Math.Ceiling(max / (double)step) * step;
        var plotHeight = Height - Top - Bottom;
        var groupWidth = (Width - Left - Right) / Years.Count;
        var barWidth = Math.Min(48, groupWidth * 0.8 / Councils.Count);
        var bars = new List<ChartBar>();
        for (var yi = 0; yi < Years.Count; yi++)
        {
            var groupStart = Left + yi * groupWidth + (groupWidth - barWidth * Councils.Count) / 2;
            for (var ci = 0; ci < Councils.Count; ci++)
            {
                var count = counts.FirstOrDefault(c => c.Year == Years[yi] && c.Council == Councils[ci])?.Count ?? 0;
                if (count == 0)
                {
                    continue;
                }

                var h = plotHeight * count / MaxValue;
                bars.Add(new ChartBar(Councils[ci], Years[yi], count, groupStart + ci * barWidth, Top + plotHeight - h, barWidth - 2, h,
                    Math.Max(0, allCouncils.ToList().IndexOf(Councils[ci])) % 6));
            }
        }

        Bars = bars;
        Ticks = Enumerable.Range(0, MaxValue / step + 1)
            .Select(i => new ChartTick(i * step, Top + plotHeight - plotHeight * i * step / MaxValue))
            .ToList();
        YearLabels = Years.Select((y, i) => (y, Left + i * groupWidth + groupWidth / 2)).ToList();
    }

    public IReadOnlyList<ThemeCount> Counts { get; }

    public IReadOnlyList<string> Councils { get; } = [];

    public IReadOnlyList<int> Years { get; } = [];

    public int MaxValue { get; }

    public IReadOnlyList<ChartBar> Bars { get; } = [];

    public IReadOnlyList<ChartTick> Ticks { get; } = [];

    public IReadOnlyList<(int Year, double X)> YearLabels { get; } = [];

    public bool IsEmpty => Bars.Count == 0;

    public int ColourOf(string council, IReadOnlyList<string> allCouncils) => Math.Max(0, allCouncils.ToList().IndexOf(council)) % 6;

    public static string F(double v) => v.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An SVG &lt;text&gt; axis label (Razor reserves the &lt;text&gt; tag), with its content HTML-encoded.</summary>
    public static Microsoft.AspNetCore.Html.IHtmlContent Label(double x, double y, string anchor, string content) =>
        new Microsoft.AspNetCore.Html.HtmlString(
            $"<text class=\"axis\" x=\"{F(x)}\" y=\"{F(y)}\" text-anchor=\"{(anchor == "end" ? "end" : "middle")}\">{Display.Html.Encode(content)}</text>");

    public static string CouncilName(string id) => NorPreM.Core.Model.Councils.DisplayName(id);
}
