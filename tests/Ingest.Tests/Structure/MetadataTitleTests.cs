using NorPreM.Ingest.Structure;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>What a PDF's metadata title is worth as the document's title.</summary>
public sealed class MetadataTitleTests
{
    [Theory]
    [InlineData("HO21-rådets møte 3/2022 – saksdokumenter", "HO21-rådets møte 3/2022 – saksdokumenter", false)]
    [InlineData("Microsoft Word - Referat fra møte 3 2024.docx", "Referat fra møte 3 2024", true)]
    [InlineData("skannet-bilde.html", "skannet-bilde", true)]
    [InlineData("Protokoll styremøte.pdf", "Protokoll styremøte", true)]
    public void CleansWhatTheProducingProgramAddsAndMarksFileNames(string raw, string title, bool isFileName) =>
        Assert.Equal((title, isFileName), BundleParser.MetadataTitle(raw));

    [Theory]
    [InlineData("")]
    [InlineData("Untitled")]
    [InlineData("Dokument1")]
    [InlineData("Microsoft Word - Dokument2.docx")]
    [InlineData("1.pdf")]
    public void TreatsGenericTitlesAsNone(string raw) => Assert.Null(BundleParser.MetadataTitle(raw));
}
