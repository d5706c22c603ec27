namespace NorPreM.Ingest.Extraction;

/// <summary>
/// Finds the vertical lines a page draws, such as the cell borders of a bordered table, from the bounding boxes of its
/// drawn shapes: a thin upright box (a stroked line or a filled hairline rectangle, as word processors and browsers draw
/// borders) is a line at its centre; the outline of a rectangle (a stroked cell) gives its left and right edges. Lines
/// shorter than a line of text cannot separate cells and are left out. Table detection by ruling lines as in Nurminen,
/// "Algorithmic extraction of data in tables in PDF documents" (2013).
/// </summary>
public static class RuleDetector
{
    /// <summary>Widest box still read as a line, in points.</summary>
    public const double MaxThickness = 2.5;

    /// <summary>Shortest line kept, in points (about one line of body text).</summary>
    public const double MinLength = 6;

    /// <summary>The vertical lines among drawn boxes (left, bottom, right, top; outline when only stroked), joined where they touch.</summary>
    public static IReadOnlyList<VerticalRule> Vertical(IEnumerable<(double Left, double Bottom, double Right, double Top, bool Outline)> boxes)
    {
        var rules = new List<VerticalRule>();
        foreach (var (left, bottom, right, top, outline) in boxes)
        {
            var height = top - bottom;
            if (height < MinLength)
            {
                continue;
            }

            var width = right - left;
            if (width <= MaxThickness)
            {
                rules.Add(new VerticalRule((left + right) / 2, bottom, top));
            }
            else if (outline)
            {
                rules.Add(new VerticalRule(left, bottom, top));
                rules.Add(new VerticalRule(right, bottom, top));
            }
        }

        // Cell borders drawn cell by cell touch end to end: one line per column edge.
        var joined = new List<VerticalRule>();
        foreach (var rule in rules.OrderBy(r => Math.Round(r.X)).ThenBy(r => r.Bottom))
        {
            if (joined.Count > 0 && Math.Abs(joined[^1].X - rule.X) <= 1 && rule.Bottom <= joined[^1].Top + 1)
            {
                joined[^1] = joined[^1] with { Top = Math.Max(joined[^1].Top, rule.Top) };
            }
            else
            {
                joined.Add(rule);
            }
        }

        return joined;
    }
}
