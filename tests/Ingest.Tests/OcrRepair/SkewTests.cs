using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using NorPreM.Ingest.OcrRepair;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Ingest.Tests.OcrRepair;

/// <summary>Straightening tilted scans before OCR: the grey image, the skew measurement and the turn.</summary>
public sealed class SkewTests
{
    [Theory]
    [InlineData(2.0)]
    [InlineData(-2.0)]
    [InlineData(1.2)]
    [InlineData(-3.5)]
    [InlineData(0.0)]
    public void MeasuresTheTiltOfLinesOfTextToATenthOfADegree(double degrees)
    {
        var page = TextLikePage(1240, 1754, degrees);

        var measured = SkewEstimator.Estimate(page);

        Assert.NotNull(measured);
        Assert.InRange(measured.Value, degrees - 0.1, degrees + 0.1);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(-1.5)]
    public void AStraightenedPageMeasuresLevel(double degrees)
    {
        var page = TextLikePage(1240, 1754, degrees);

        var straightened = page.Straighten(SkewEstimator.Estimate(page)!.Value);

        Assert.InRange(SkewEstimator.Estimate(straightened)!.Value, -0.1, 0.1);
    }

    [Fact]
    public void ABlankPageHasNoMeasurableTilt()
    {
        var blank = new GrayImage(800, 1000, Enumerable.Repeat((byte)250, 800 * 1000).ToArray());

        Assert.Null(SkewEstimator.Estimate(blank));
    }

    [Fact]
    public void ReadsAGreyPngWithEveryRowFilter()
    {
        var pixels = new byte[37 * 11];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)(i * 7 % 251);
        }

        var image = GrayImage.FromPng(Png(37, 11, pixels));

        Assert.NotNull(image);
        Assert.Equal(37, image.Width);
        Assert.Equal(11, image.Height);
        Assert.Equal(pixels, image.Pixels);
    }

    [Fact]
    public void RefusesBytesThatAreNotAPngInsteadOfThrowing()
    {
        Assert.Null(GrayImage.FromPng("not a png at all"u8));
        var truncated = Png(20, 20, new byte[400]).AsSpan(0, 60).ToArray();
        Assert.Null(GrayImage.FromPng(truncated));
    }

    [Fact]
    public void WritesAPgmHeaderTesseractReads()
    {
        var pgm = new GrayImage(3, 2, [0, 1, 2, 3, 4, 5]).ToPgm();

        Assert.Equal("P5\n3 2\n255\n", Encoding.ASCII.GetString(pgm, 0, 11));
        Assert.Equal(new byte[] { 0, 1, 2, 3, 4, 5 }, pgm[11..]);
    }

    [TesseractFact]
    public void AMandatePageTiltedTwoDegreesReadsAsWellOnceStraightenedAsItDidLevel()
    {
        // scripts/test.sh installs poppler-utils beside Tesseract.
        var renderer = ExternalTool.Find("pdftoppm") ?? throw new InvalidOperationException("pdftoppm (poppler-utils) is not installed.");
        using var images = new PdfPageImages(Repo.CorpusPdf("norprem-revidert-mandat-2024.pdf"), renderer);
        var level = images.Get(2)!;
        var rendered = ExternalTool.Run(renderer, ["-r", "300", "-gray", "-png", "-singlefile", "-f", "2", "-l", "2", "-"],
            TimeSpan.FromMinutes(1), input: Repo.CorpusPdf("norprem-revidert-mandat-2024.pdf"));
        var scan = GrayImage.FromPng(rendered.Output)!;
        var tilted = scan.Straighten(-2.0);
        var engine = TesseractEngine.Detect("nor", out _)!;

        var measured = SkewEstimator.Estimate(tilted);
        var straightened = new PageImage(tilted.Straighten(measured!.Value).ToPgm(), "pgm", level.PageWidth, level.PageHeight);
        var words = Words(engine.Recognize(straightened));
        var levelWords = Words(engine.Recognize(level));

        Assert.InRange(measured.Value - SkewEstimator.Estimate(scan)!.Value, 1.9, 2.1);
        Assert.Contains("fagdirektørmøtet", words, StringComparer.OrdinalIgnoreCase);
        Assert.True(words.Count >= levelWords.Count * 0.95, $"{words.Count} words straightened, {levelWords.Count} level");
    }

    private static List<string> Words(IReadOnlyList<NorPreM.Ingest.Extraction.TextBlock> blocks) =>
        blocks.SelectMany(b => b.Lines).SelectMany(l => l.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Select(w => w.Trim('.', ',', ':', ';', '(', ')')).ToList();

    /// <summary>A page of "words": dark bars 12 px high in lines 36 px apart, tilted by the given angle.</summary>
    private static GrayImage TextLikePage(int width, int height, double degrees)
    {
        var pixels = Enumerable.Repeat((byte)245, width * height).ToArray();
        var slope = Math.Tan(degrees * Math.PI / 180);
        var random = new Random(7);
        for (var top = 150; top < height - 200; top += 36)
        {
            var x = 120;
            while (x < width - 160)
            {
                var wordLength = random.Next(30, 140);
                for (var dx = 0; dx < wordLength && x + dx < width - 120; dx++)
                {
                    var xx = x + dx;
                    var y0 = (int)Math.Round(top + xx * slope);
                    for (var dy = 0; dy < 12; dy++)
                    {
                        var y = y0 + dy;
                        if (y >= 0 && y < height && (dx % 9) != 0)
                        {
                            pixels[y * width + xx] = 20;
                        }
                    }
                }

                x += wordLength + random.Next(14, 30);
            }
        }

        return new GrayImage(width, height, pixels);
    }

    /// <summary>A minimal grey PNG encoder (CRCs left zero: the reader does not check them) cycling the row filters.</summary>
    private static byte[] Png(int width, int height, byte[] pixels)
    {
        using var raw = new MemoryStream();
        var previous = new byte[width];
        for (var y = 0; y < height; y++)
        {
            var row = pixels.AsSpan(y * width, width).ToArray();
            var filter = y % 5;
            raw.WriteByte((byte)filter);
            for (var x = 0; x < width; x++)
            {
                int a = x > 0 ? row[x - 1] : 0, b = previous[x], c = x > 0 ? previous[x - 1] : 0;
                var predictor = filter switch
                {
                    1 => a,
                    2 => b,
                    3 => (a + b) / 2,
                    4 => Paeth(a, b, c),
                    _ => 0,
                };
                raw.WriteByte((byte)(row[x] - predictor));
            }

            previous = row;
        }

        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            z.Write(raw.ToArray());
        }

        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static int Paeth(int a, int b, int c)
    {
        int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        png.Write(Encoding.ASCII.GetBytes(type));
        png.Write(data);
        png.Write(new byte[4]);
    }
}
