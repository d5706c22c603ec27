using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NorPreM.Ingest.OcrRepair;

/// <summary>
/// An 8-bit grey page image held as raw pixels (row by row, 0 black … 255 white), so a scan can be measured and
/// straightened before OCR without an imaging library: it is read from the grey PNG poppler's pdftoppm writes and
/// handed to Tesseract as a binary PGM (a format its image library reads from standard input).
/// </summary>
public sealed class GrayImage
{
    /// <summary>Wraps pixels; <paramref name="pixels"/> holds <paramref name="width"/> × <paramref name="height"/> bytes.</summary>
    public GrayImage(int width, int height, byte[] pixels)
    {
        if (width <= 0 || height <= 0 || pixels.Length != (long)width * height)
        {
            throw new ArgumentException("Pixel buffer does not match the image size.", nameof(pixels));
        }

        Width = width;
        Height = height;
        Pixels = pixels;
    }

    /// <summary>Width in pixels.</summary>
    public int Width { get; }

    /// <summary>Height in pixels.</summary>
    public int Height { get; }

    /// <summary>Grey levels, row after row.</summary>
    public byte[] Pixels { get; }

    /// <summary>Largest image read (pixels): a 600 dpi A3 page is about 70 million; anything beyond is refused.</summary>
    public const long MaxPixels = 120_000_000;

    /// <summary>
    /// Decodes a PNG that is 8-bit grey or 8-bit RGB(A), not interlaced (what pdftoppm -gray -png writes); null for
    /// any other PNG or for bytes that are not a well-formed PNG, so the caller keeps the image as it was.
    /// </summary>
    public static GrayImage? FromPng(ReadOnlySpan<byte> png)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 8 || !png[..8].SequenceEqual(signature))
        {
            return null;
        }

        int width = 0, height = 0, channels = 0;
        using var compressed = new MemoryStream();
        var at = 8;
        while (at + 12 <= png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png[at..]);
            if (length < 0 || at + 12L + length > png.Length)
            {
                return null;
            }

            var type = Encoding.ASCII.GetString(png.Slice(at + 4, 4));
            var data = png.Slice(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    if (length < 13)
                    {
                        return null;
                    }

                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    var depth = data[8];
                    var colour = data[9];
                    var interlace = data[12];
                    channels = colour switch { 0 => 1, 2 => 3, 4 => 2, 6 => 4, _ => 0 };
                    if (depth != 8 || interlace != 0 || channels == 0 || width <= 0 || height <= 0 || (long)width * height > MaxPixels)
                    {
                        return null;
                    }

                    break;
                case "IDAT":
                    compressed.Write(data);
                    break;
                case "IEND":
                    return channels == 0 ? null : Decode(compressed, width, height, channels);
            }

            at += 12 + length;
        }

        return null;
    }

    private static GrayImage? Decode(MemoryStream compressed, int width, int height, int channels)
    {
        compressed.Position = 0;
        var stride = width * channels;
        var previous = new byte[stride];
        var row = new byte[stride];
        var pixels = new byte[width * height];
        try
        {
            using var inflater = new ZLibStream(compressed, CompressionMode.Decompress);
            for (var y = 0; y < height; y++)
            {
                var filter = inflater.ReadByte();
                if (filter < 0)
                {
                    return null;
                }

                inflater.ReadExactly(row);
                Unfilter(filter, row, previous, channels);
                var line = pixels.AsSpan(y * width, width);
                if (channels <= 2)
                {
                    for (var x = 0; x < width; x++)
                    {
                        line[x] = row[x * channels];
                    }
                }
                else
                {
                    for (var x = 0; x < width; x++)
                    {
                        var p = x * channels;
                        line[x] = (byte)((row[p] * 299 + row[p + 1] * 587 + row[p + 2] * 114) / 1000);
                    }
                }

                (previous, row) = (row, previous);
            }
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            return null;
        }

        return new GrayImage(width, height, pixels);
    }

    /// <summary>Undoes one of the five PNG row filters (PNG specification, section 9) in place.</summary>
    private static void Unfilter(int filter, byte[] row, byte[] previous, int bpp)
    {
        switch (filter)
        {
            case 0:
                break;
            case 1:
                for (var i = bpp; i < row.Length; i++)
                {
                    row[i] += row[i - bpp];
                }

                break;
            case 2:
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] += previous[i];
                }

                break;
            case 3:
                for (var i = 0; i < row.Length; i++)
                {
                    var left = i >= bpp ? row[i - bpp] : 0;
                    row[i] += (byte)((left + previous[i]) / 2);
                }

                break;
            case 4:
                for (var i = 0; i < row.Length; i++)
                {
                    int a = i >= bpp ? row[i - bpp] : 0, b = previous[i], c = i >= bpp ? previous[i - bpp] : 0;
                    int p = a + b - c, pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
                    row[i] += (byte)(pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
                }

                break;
            default:
                throw new InvalidDataException($"Unknown PNG row filter {filter}.");
        }
    }

    /// <summary>The image as a binary PGM (P5), which Tesseract reads from standard input.</summary>
    public byte[] ToPgm()
    {
        var header = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"P5\n{Width} {Height}\n255\n"));
        var bytes = new byte[header.Length + Pixels.Length];
        header.CopyTo(bytes, 0);
        Pixels.CopyTo(bytes, header.Length);
        return bytes;
    }

    /// <summary>
    /// The image turned about its centre so that lines which rise by tan(<paramref name="skewDegrees"/>) per pixel to
    /// the right (y pointing down, as <see cref="SkewEstimator"/> measures them) come out level; same size, bilinear,
    /// white where the turn brings in area from outside the page.
    /// </summary>
    public GrayImage Straighten(double skewDegrees)
    {
        var radians = skewDegrees * Math.PI / 180;
        var (sin, cos) = Math.SinCos(radians);
        double cx = (Width - 1) / 2.0, cy = (Height - 1) / 2.0;
        var output = new byte[Pixels.Length];
        Parallel.For(0, Height, y =>
        {
            var dy = y - cy;
            var line = output.AsSpan(y * Width, Width);
            for (var x = 0; x < Width; x++)
            {
                var dx = x - cx;
                var sx = cx + dx * cos - dy * sin;
                var sy = cy + dx * sin + dy * cos;
                line[x] = Sample(sx, sy);
            }
        });
        return new GrayImage(Width, Height, output);
    }

    private byte Sample(double x, double y)
    {
        var x0 = (int)Math.Floor(x);
        var y0 = (int)Math.Floor(y);
        if (x0 < 0 || y0 < 0 || x0 + 1 >= Width || y0 + 1 >= Height)
        {
            return 255;
        }

        double fx = x - x0, fy = y - y0;
        var i = y0 * Width + x0;
        var top = Pixels[i] + (Pixels[i + 1] - Pixels[i]) * fx;
        var bottom = Pixels[i + Width] + (Pixels[i + Width + 1] - Pixels[i + Width]) * fx;
        return (byte)Math.Clamp(Math.Round(top + (bottom - top) * fy), 0, 255);
    }
}
