using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Structure;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

public sealed class BundleSplitterTests
{
    [Fact]
    public void SplitsTheBundleByItsOutlineIntoFifteenParts()
    {
        var parts = StructureFixture.Bundle.Document.Parts;
        Assert.Equal(15, parts.Count);
        Assert.All(parts, p => Assert.Equal("outline", p.Source));
        Assert.Equal(Enumerable.Range(1, 35), parts.SelectMany(p => Enumerable.Range(p.FirstPage, p.LastPage - p.FirstPage + 1)));
        var minutes = parts.Single(p => p.DocumentType == DocumentTypes.Minutes);
        Assert.Equal((4, 7, "26/3/2022", "Vedlegg 1"), (minutes.FirstPage, minutes.LastPage, minutes.CaseNumber, minutes.AttachmentLabel));
        Assert.Equal(DocumentTypes.ActionPlan, parts.Single(p => p.FirstPage == 10).DocumentType);
        Assert.Equal(DocumentTypes.CommunicationPlan, parts.Single(p => p.FirstPage == 13).DocumentType);
        Assert.Equal(DocumentTypes.Note, parts.Single(p => p.FirstPage == 21).DocumentType);
        Assert.Equal(DocumentTypes.Letter, parts.Single(p => p.FirstPage == 28).DocumentType);
        Assert.Equal(DocumentTypes.Bundle, StructureFixture.Bundle.Document.DocumentType);
    }

    [Fact]
    public void RepairsTheMisspeltBookmarkTitleAgainstTheText()
    {
        var letter = StructureFixture.Bundle.Document.Parts.Single(p => p.FirstPage == 28);
        Assert.Equal("HO21-rådets innspill til strategi for persontilpasset medisin", letter.Title);
        Assert.Contains(StructureFixture.Bundle.Document.Warnings, w => w.Contains("persontiltilpasset", StringComparison.Ordinal));
    }

    [Fact]
    public void SplitsABundleWithoutOutlineAtHeadingsAndInventsNoCases()
    {
        var structured = StructureStage.CreateParser().Parse(StructureFixture.Extracted with { Outline = [] });
        var parts = structured.Document.Parts;
        Assert.Equal(35, structured.Document.Pages.Count);
        Assert.All(parts, p => Assert.Equal("heading", p.Source));
        Assert.Equal(Enumerable.Range(1, 35), parts.SelectMany(p => Enumerable.Range(p.FirstPage, p.LastPage - p.FirstPage + 1)));
        // Case papers whose heading is in the text layer are found; Sak 30–33 (heading only in the image) are not invented.
        var numbers = structured.Cases.Where(c => c.DocumentId is not null).Select(c => c.Number).ToList();
        Assert.Equal(Enumerable.Range(24, 6).Select(n => $"{n}/3/2022"), numbers);
        Assert.Contains(parts, p => p.FirstPage == 10 && p.CaseNumber == "27/3/2022" && p.AttachmentLabel == "Vedlegg 1");
        Assert.Contains(parts, p => p.FirstPage == 4 && p.DocumentType == DocumentTypes.Minutes);
        Assert.Equal(11, structured.Meetings.Single().CaseNumbers.Count);
    }

    [Fact]
    public void ADocumentWithUnfamiliarHeadingsStillYieldsItsPages()
    {
        static TextLine Line(string text, double top) => new(text, [], 70, top - 11, 500, top, 11, false);
        var page = new ExtractedPage
        {
            Number = 1, Width = 595, Height = 842,
            Blocks = [new TextBlock([Line("Årsmelding fra styret", 780), Line("Styret har i år behandlet økonomien.", 760)])],
        };
        var document = new ExtractedDocument("x.pdf", "abc", new PdfMetadata(null, null, null, null, null, null, null, null, null), [], [page, page with { Number = 2 }]);
        var structured = StructureStage.CreateParser().Parse(document);
        Assert.Equal(2, structured.Document.Pages.Count);
        var part = Assert.Single(structured.Document.Parts);
        Assert.Equal((1, 2, DocumentTypes.Other), (part.FirstPage, part.LastPage, part.DocumentType));
        Assert.Empty(structured.Cases);
        Assert.Empty(structured.Meetings);
        Assert.Null(structured.Document.Council);
    }

    [Fact]
    public void AnEmptyDocumentYieldsNoParts()
    {
        var document = new ExtractedDocument("tom.pdf", "0", new PdfMetadata(null, null, null, null, null, null, null, null, null), [], []);
        var structured = StructureStage.CreateParser().Parse(document);
        Assert.Empty(structured.Document.Parts);
        Assert.Equal(0, structured.Document.PageCount);
    }
}

public sealed class OutlineRobustnessTests
{
    [Fact]
    public void IgnoresBookmarksWithoutOrOutsideThePages()
    {
        var outline = new List<OutlineItem>
        {
            new("Sak 24-3-2022 Godkjenning av innkalling og saksliste", 1, 0),
            new("Tapt bokmerke", null, 0),
            new("Sak 99-3-2022 Peker utenfor", 400, 0),
            new("Sak 25-3-2022 Spørsmål om habilitet", 2, 0),
        };
        var structured = StructureStage.CreateParser().Parse(StructureFixture.Extracted with { Outline = outline });
        var parts = structured.Document.Parts;
        Assert.Equal(2, parts.Count);
        Assert.Equal((1, 1), (parts[0].FirstPage, parts[0].LastPage));
        Assert.Equal((2, 35), (parts[1].FirstPage, parts[1].LastPage));
        Assert.DoesNotContain(structured.Cases, c => c.Number == "99/3/2022");
    }

    [Fact]
    public void SplitsPagesBeforeTheFirstBookmarkAtHeadings()
    {
        var outline = new List<OutlineItem> { new("Sak 27-3-2022 Orienteringer", 8, 0) };
        var structured = StructureStage.CreateParser().Parse(StructureFixture.Extracted with { Outline = outline });
        var parts = structured.Document.Parts;
        Assert.Equal(Enumerable.Range(1, 35), parts.SelectMany(p => Enumerable.Range(p.FirstPage, p.LastPage - p.FirstPage + 1)));
        Assert.Contains(parts, p => p.Source == "heading" && p.CaseNumber == "24/3/2022");
        Assert.Contains(parts, p => p.Source == "outline" && p.CaseNumber == "27/3/2022" && p.LastPage == 35);
    }
}

public sealed class NestedOutlineTests
{
    [Fact]
    public void SkipsASingleRootBookmarkOverTheDocuments()
    {
        var outline = new List<OutlineItem>
        {
            new("Saksdokumenter møte 3/2022", 1, 0),
            new("Sak 24-3-2022 Godkjenning av innkalling og saksliste", 1, 1),
            new("Sak 25-3-2022 Spørsmål om habilitet", 2, 1),
            new("Sak 26-3-2022 Godkjenning av referat fra 2-2022", 3, 1),
        };
        var parts = StructureStage.CreateParser().Parse(StructureFixture.Extracted with { Outline = outline }).Document.Parts;
        Assert.Equal(["24/3/2022", "25/3/2022", "26/3/2022"], parts.Select(p => p.CaseNumber));
        Assert.Equal((3, 35), (parts[2].FirstPage, parts[2].LastPage));
    }
}
