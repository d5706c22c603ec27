using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace NorPreM.Ingest.Extraction;

/// <summary>
/// Turns a page's letters so that its text reads upright and level, before words and lines are built. A scanner's
/// OCR writes each line of a tilted scan along the line's own baseline (Tesseract's PDF renderer sets every line in a
/// text matrix rotated by that line's slope), and a page fed sideways or upside down has its whole text layer turned
/// by 90° or 180°. Word and line builders that expect horizontal text read such a page one letter per line. Here the
/// letters are first cut into runs that share a baseline (consecutive in the content stream, same direction within
/// <see cref="RunAngleTolerance"/>, each starting on the previous one's baseline); the page's direction is the
/// letter-width-weighted mode of the runs' directions; every run within <see cref="SkewTolerance"/> of it is
/// straightened about its first letter to exactly that direction, and the whole page is then turned by minus that
/// direction about its centre (width and height swap at a quarter turn). Runs in other directions (a stamp, a margin
/// note) are turned with the page but not straightened, so they stay lines of their own. A page whose letters are all
/// horizontal already is returned as it is, so born-digital pages read exactly as before.
/// This is the deskew-then-segment order of document image analysis (Baird 1987, skew by projection profiles;
/// Hull 1998 surveys methods), done on the text layer's own geometry instead of pixels.
/// </summary>
public static class BaselineFrame
{
    /// <summary>Largest difference in direction, in degrees, between letters of one run.</summary>
    public const double RunAngleTolerance = 1.0;

    /// <summary>Largest deviation, in degrees, of a run from the page's direction that is read as skew and straightened.</summary>
    public const double SkewTolerance = 5.0;

    /// <summary>Smallest page direction, in degrees, worth turning for (below it only the runs are straightened).</summary>
    private const double MinTurn = 0.01;

    /// <summary>The letters turned upright, the page size in that frame, and the angle (degrees) the page was turned by.</summary>
    public sealed record Result(IReadOnlyList<Letter> Letters, double Width, double Height, double Angle);

    /// <summary>Turns the letters of a page of the given size upright; see the class remarks.</summary>
    public static Result Upright(IReadOnlyList<Letter> letters, double width, double height)
    {
        if (letters.All(l => l.TextOrientation is TextOrientation.Horizontal))
        {
            return new Result(letters, width, height, 0);
        }

        var runs = Runs(letters);
        var pageAngle = DominantAngle(runs);
        var quarter = Math.Abs(Math.Abs(Normalize(pageAngle)) - 90) < 45;
        var newWidth = quarter ? height : width;
        var newHeight = quarter ? width : height;
        var turn = Math.Abs(pageAngle) < MinTurn ? 0 : pageAngle;
        var (cos, sin) = (Math.Cos(-turn * Math.PI / 180), Math.Sin(-turn * Math.PI / 180));
        PdfPoint Place(PdfPoint p)
        {
            var (x, y) = (p.X - width / 2, p.Y - height / 2);
            return new PdfPoint(x * cos - y * sin + newWidth / 2, x * sin + y * cos + newHeight / 2);
        }

        var result = new List<Letter>(letters.Count);
        foreach (var run in runs)
        {
            var straighten = Math.Abs(Normalize(run.Angle - pageAngle)) <= SkewTolerance;
            if (!straighten)
            {
                result.AddRange(run.Letters.Select(l => Turn(l, Place)));
                continue;
            }

            // Along the run, each letter keeps its distance from the run's first letter; across, it sits on the baseline.
            var origin = run.Letters[0].StartBaseLine;
            var (dx, dy) = (Math.Cos(run.Angle * Math.PI / 180), Math.Sin(run.Angle * Math.PI / 180));
            var start = Place(origin);
            foreach (var letter in run.Letters)
            {
                var along = (letter.StartBaseLine.X - origin.X) * dx + (letter.StartBaseLine.Y - origin.Y) * dy;
                result.Add(Level(letter, start.X + along, start.Y));
            }
        }

        return new Result(result, newWidth, newHeight, turn);
    }

    /// <summary>Angle in (-180, 180].</summary>
    private static double Normalize(double degrees)
    {
        var a = degrees % 360;
        return a > 180 ? a - 360 : a <= -180 ? a + 360 : a;
    }

    private static double AngleOf(Letter letter)
    {
        var (dx, dy) = (letter.EndBaseLine.X - letter.StartBaseLine.X, letter.EndBaseLine.Y - letter.StartBaseLine.Y);
        return dx * dx + dy * dy < 1e-6 ? double.NaN : Math.Atan2(dy, dx) * 180 / Math.PI;
    }

    private static double LengthOf(Letter letter) =>
        Math.Sqrt(Math.Pow(letter.EndBaseLine.X - letter.StartBaseLine.X, 2) + Math.Pow(letter.EndBaseLine.Y - letter.StartBaseLine.Y, 2));

    private sealed record Run(List<Letter> Letters, double Angle, double Length);

    /// <summary>Consecutive letters on one baseline: same direction, each starting on the previous letter's baseline.</summary>
    private static List<Run> Runs(IReadOnlyList<Letter> letters)
    {
        var runs = new List<Run>();
        List<Letter>? current = null;
        var angle = double.NaN;
        var sumX = 0.0;
        var sumY = 0.0;
        var length = 0.0;
        void Close()
        {
            if (current is { Count: > 0 })
            {
                var a = double.IsNaN(angle) ? 0 : Math.Atan2(sumY, sumX) * 180 / Math.PI;
                runs.Add(new Run(current, a, length));
            }
        }

        foreach (var letter in letters)
        {
            var a = AngleOf(letter);
            if (current is not null && current.Count > 0 && Continues(current[^1], letter, double.IsNaN(angle) ? a : angle))
            {
                current.Add(letter);
            }
            else
            {
                Close();
                current = [letter];
                angle = double.NaN;
                sumX = sumY = length = 0;
            }

            if (!double.IsNaN(a))
            {
                var w = LengthOf(letter);
                sumX += w * Math.Cos(a * Math.PI / 180);
                sumY += w * Math.Sin(a * Math.PI / 180);
                length += w;
                angle = Math.Atan2(sumY, sumX) * 180 / Math.PI;
            }
        }

        Close();
        return runs;
    }

    private static bool Continues(Letter previous, Letter next, double runAngle)
    {
        var a = AngleOf(next);
        if (!double.IsNaN(a) && !double.IsNaN(runAngle) && Math.Abs(Normalize(a - runAngle)) > RunAngleTolerance)
        {
            return false;
        }

        if (double.IsNaN(runAngle))
        {
            return true;
        }

        // The next letter starts near the previous one's end, on its baseline (within a third of the type size across,
        // and from a little behind to a few ems ahead along it).
        var size = Math.Max(1, Math.Max(previous.PointSize, previous.FontSize));
        var (dx, dy) = (Math.Cos(runAngle * Math.PI / 180), Math.Sin(runAngle * Math.PI / 180));
        var (vx, vy) = (next.StartBaseLine.X - previous.EndBaseLine.X, next.StartBaseLine.Y - previous.EndBaseLine.Y);
        var along = vx * dx + vy * dy;
        var across = -vx * dy + vy * dx;
        return Math.Abs(across) <= size / 3 && along >= -size && along <= 4 * size;
    }

    /// <summary>The letter-width-weighted mode of the runs' directions (2° bins, refined by the weighted mean of its neighbourhood).</summary>
    private static double DominantAngle(IReadOnlyList<Run> runs)
    {
        var weights = new double[180];
        foreach (var run in runs.Where(r => r.Length > 0))
        {
            var bin = (int)Math.Floor((Normalize(run.Angle) + 180) / 2) % 180;
            weights[bin] += run.Length;
        }

        var best = 0;
        for (var i = 1; i < weights.Length; i++)
        {
            if (weights[i] > weights[best])
            {
                best = i;
            }
        }

        var centre = best * 2 - 180 + 1;
        double sx = 0, sy = 0;
        foreach (var run in runs.Where(r => r.Length > 0 && Math.Abs(Normalize(r.Angle - centre)) <= SkewTolerance))
        {
            sx += run.Length * Math.Cos(run.Angle * Math.PI / 180);
            sy += run.Length * Math.Sin(run.Angle * Math.PI / 180);
        }

        return sx == 0 && sy == 0 ? 0 : Math.Atan2(sy, sx) * 180 / Math.PI;
    }

    /// <summary>A letter laid on a horizontal baseline starting at (x, y), with its width and height kept.</summary>
    private static Letter Level(Letter letter, double x, double y)
    {
        var length = LengthOf(letter);
        var glyph = letter.BoundingBox;
        var glyphWidth = Math.Max(glyph.Width, length);
        var ascent = Math.Max(0.1, Math.Max(glyph.Height, letter.PointSize * 0.7));
        var rectangle = new PdfRectangle(x, y, x + glyphWidth, y + ascent);
        return new Letter(letter.Value, rectangle, rectangle, new PdfPoint(x, y), new PdfPoint(x + length, y), letter.Width,
            letter.FontSize, letter.FontDetails, letter.RenderingMode, letter.StrokeColor, letter.FillColor, letter.PointSize,
            letter.TextSequence);
    }

    /// <summary>A letter moved by a rigid turn of the page (its own direction turned with it).</summary>
    private static Letter Turn(Letter letter, Func<PdfPoint, PdfPoint> place)
    {
        var g = letter.BoundingBox;
        var glyph = new PdfRectangle(place(g.TopLeft), place(g.TopRight), place(g.BottomLeft), place(g.BottomRight));
        var l = letter.GlyphRectangleLoose;
        var loose = new PdfRectangle(place(l.TopLeft), place(l.TopRight), place(l.BottomLeft), place(l.BottomRight));
        return new Letter(letter.Value, glyph, loose, place(letter.StartBaseLine), place(letter.EndBaseLine), letter.Width,
            letter.FontSize, letter.FontDetails, letter.RenderingMode, letter.StrokeColor, letter.FillColor, letter.PointSize,
            letter.TextSequence);
    }
}
