using NorPreM.Ingest.Structure;
using NorPreM.Search.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>A letter (Structure/Fixtures/brev-2025-03, written for the tests): dated in its letterhead, not by a meeting.</summary>
public sealed class LetterTests
{
    private static readonly Lazy<StructuredDocument> Letter = new(() => StructureFixture.ParseFixture("brev-2025-03.pdf"));

    [Fact]
    public void ALetterIsDatedByTheDateInItsLetterhead()
    {
        Assert.Equal(DocumentTypes.Letter, Letter.Value.Document.DocumentType);
        Assert.Equal(new DateOnly(2025, 3, 3), Letter.Value.Document.Date);
    }
}
