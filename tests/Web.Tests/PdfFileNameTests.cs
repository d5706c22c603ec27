using System.Net;
using Microsoft.AspNetCore.Hosting;
using NorPreM.Web.Apis;
using NorPreM.Web.Tests.Fixtures;
using NorPreM.Core.Model;

namespace NorPreM.Web.Tests;

/// <summary>The app on a corpus folder whose only PDF has æ, ø, å, typographic and plain quotes in its name.</summary>
public sealed class OddlyNamedCorpusFactory : NorPreMAppFactory
{
    public const string FileName = "møte referat «Ærlig» 'sitat' \"dobbel\" å.pdf";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "norprem-odd-corpus-" + Guid.NewGuid().ToString("N"));

    public OddlyNamedCorpusFactory()
        : base(Renamed(TestKnowledge.Create()))
    {
        Directory.CreateDirectory(Folder);
        File.Copy(Path.Combine(RepoPaths.Corpus, "norprem-revidert-mandat-2024.pdf"), Path.Combine(Folder, FileName));
    }

    /// <summary>The knowledge base as an ingest of this folder records it: the mandate under its odd file name.</summary>
    private static KnowledgeBase Renamed(KnowledgeBase kb) => kb with
    {
        Documents = kb.Documents.Select(d => d.Id == TestKnowledge.MandateId ? d with { FileName = FileName } : d).ToList(),
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("NorPreM:CorpusPath", Folder);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}

public sealed class PdfFileNameTests(OddlyNamedCorpusFactory factory) : IClassFixture<OddlyNamedCorpusFactory>
{
    [Fact]
    public async Task PdfWithNorwegianLettersAndQuotesInItsNameIsServedInlineUnderItsExactName()
    {
        var client = factory.CreateClient();

        var response = await client.GetAsync($"/documents/{TestKnowledge.MandateId}/pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("%PDF"u8.ToArray(), bytes[..4]);
        var header = string.Join(", ", response.Content.Headers.GetValues("Content-Disposition"));
        Assert.All(header, c => Assert.InRange(c, ' ', '~'));
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("inline", disposition.DispositionType);
        Assert.Equal(OddlyNamedCorpusFactory.FileName, disposition.FileNameStar);
    }

    [Theory]
    [InlineData("møte referat «Ærlig» 'sitat' \"dobbel\" å.pdf")]
    [InlineData("sak\u0001\t\r\nny linje\u007f.pdf")]
    [InlineData("bakover\\skråstrek \"uavsluttet.pdf")]
    public void InlineDispositionIsPrintableAsciiAndKeepsTheExactNameAsFilenameStar(string name)
    {
        var value = DocumentsApi.InlineDisposition(name);

        Assert.All(value, c => Assert.InRange(c, ' ', '~'));
        Assert.StartsWith("inline; filename=", value);
        var parsed = System.Net.Http.Headers.ContentDispositionHeaderValue.Parse(value);
        Assert.Equal("inline", parsed.DispositionType);
        var expected = new string(name.Select(c => char.IsControl(c) ? '_' : c).ToArray());
        Assert.Equal(expected, parsed.FileNameStar);
        Assert.Contains("UTF-8''", value);
    }
}
