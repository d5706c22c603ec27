namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// Measures the skew of a scanned page by projection profiles (Baird 1987; Postl 1986): the ink of a page of text,
/// summed along lines of a trial angle, is most sharply peaked (largest sum of squared line totals) when the angle
/// is that of the text lines. Tesseract's own layout analysis copes with a tilt of about a degree but loses whole
/// lines beyond that, so a page tilted further is straightened before it is read.
/// </summary>
public static class SkewEstimator
{
    /// <summary>Largest tilt looked for, in degrees either way: a page fed crooked into a scanner, not a turned page.</summary>
    public const double MaxDegrees = 6;

    /// <summary>
    /// Tilt from which a page is straightened before OCR. Below it Tesseract reads as well without the turn, and the
    /// turn's interpolation would only blur; the measurement itself is good to about a tenth of a degree.
    /// </summary>
    public const double StraightenFromDegrees = 0.5;

    /// <summary>
    /// The angle in degrees by which the text lines of <paramref name="image"/> descend to the right (y grows with x;
    /// <see cref="GrayImage.Straighten"/> takes it as is), or null when the page holds too little ink to tell.
    /// </summary>
    public static double? Estimate(GrayImage image)
    {
        // Ink cells of a grid 2 pixels wide (1/150 inch at 300 dpi): a cell is ink when its mean is clearly darker than paper.
        const int cell = 2;
        var columns = image.Width / cell;
        var rows = image.Height / cell;
        var xs = new List<int>();
        var ys = new List<int>();
        var pixels = image.Pixels;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var sum = 0;
                for (var dy = 0; dy < cell; dy++)
                {
                    var start = (r * cell + dy) * image.Width + c * cell;
                    for (var dx = 0; dx < cell; dx++)
                    {
                        sum += pixels[start + dx];
                    }
                }

                if (sum < 160 * cell * cell)
                {
                    xs.Add(c);
                    ys.Add(r);
                }
            }
        }

        // A page needs a few lines of text for a profile to mean anything.
        if (xs.Count < 200 || xs.Count > columns * rows / 2)
        {
            return null;
        }

        var best = Search(xs, ys, rows, columns, -MaxDegrees, MaxDegrees, 0.1);
        best = Search(xs, ys, rows, columns, best - 0.1, best + 0.1, 0.01);
        return Math.Round(best, 2);
    }

    private static double Search(List<int> xs, List<int> ys, int rows, int columns, double from, double to, double step)
    {
        var margin = (int)Math.Ceiling(columns * Math.Tan(MaxDegrees * Math.PI / 180)) + 2;
        var bins = new double[rows + 2 * margin + 1];
        double bestAngle = 0, bestScore = -1;
        for (var angle = from; angle <= to + step / 2; angle += step)
        {
            Array.Clear(bins);
            var slope = Math.Tan(angle * Math.PI / 180);
            for (var i = 0; i < xs.Count; i++)
            {
                // Each ink cell is shared between the two nearest bins, so the profile changes smoothly with the angle.
                var position = ys[i] - xs[i] * slope + margin;
                var bin = (int)Math.Floor(position);
                if (bin >= 0 && bin + 1 < bins.Length)
                {
                    var upper = position - bin;
                    bins[bin] += 1 - upper;
                    bins[bin + 1] += upper;
                }
            }

            double score = 0;
            foreach (var count in bins)
            {
                score += count * count;
            }

            // Ties (a page with one line of text) go to the smaller tilt.
            if (score > bestScore * (1 + 1e-12) || (score >= bestScore * (1 - 1e-12) && Math.Abs(angle) < Math.Abs(bestAngle)))
            {
                bestScore = score;
                bestAngle = angle;
            }
        }

        return bestAngle;
    }
}
