using NorPreM.Ingest.Tests.TestSupport;
using NorPreM.Ingest.Themes;
using UglyToad.PdfPig;

namespace NorPreM.Ingest.Tests.Themes;

/// <summary>Paths and real texts shared by the theme tests (repository copies of the corpus and labelled data).</summary>
internal static class ThemeTestData
{
    public static string RepositoryRoot => Repo.Root;

    public static string ThemesDirectory => Path.Combine(RepositoryRoot, "eval", "themes");

    public static string BundlePdf => Path.Combine(Repo.Corpus, Repo.Ho21Bundle);

    /// <summary>NorQuAD's passages file in ../shared beside the repository (read from there, never copied).</summary>
    public static string NorQuadPassages => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "data", "norquad", "passages.jsonl"));

    private static readonly Lazy<PassageReferences> NorQuad = new(() =>
    {
        using var reader = new StreamReader(NorQuadPassages);
        return PassageReferences.ReadNorQuad(reader, NorQuadPassages);
    });

    /// <summary>A labelled file of eval/themes with its NorQuAD references resolved from ../shared.</summary>
    public static IReadOnlyList<LabelledPassage> Read(string file)
    {
        using var reader = new StreamReader(Path.Combine(ThemesDirectory, file));
        return ThemeDataset.Read(reader, file, NorQuad.Value);
    }

    /// <summary>Words of the given 1-based pages of a corpus PDF, joined by spaces.</summary>
    public static string PagesText(string pdf, int first, int last)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", Enumerable.Range(first, last - first + 1)
            .Select(n => string.Join(" ", document.GetPage(n).GetWords().Select(w => w.Text))));
    }
}
