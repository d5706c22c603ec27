using NorPreM.Ingest.Structure;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Documents that are neither minutes nor case papers (Structure/Fixtures, written for the tests): a letter dated in its
/// letterhead, a plan dated by its approval note, and a PDF with nothing to read.
/// </summary>
public sealed class OtherDocumentTests
{
    private static readonly Lazy<StructuredDocument> Letter = new(() => StructureFixture.ParseFixture("brev-2025-03.pdf"));

    [Fact]
    public void ALetterIsDatedByTheDateInItsLetterhead()
    {
        Assert.Equal(DocumentTypes.Letter, Letter.Value.Document.DocumentType);
        Assert.Equal(new DateOnly(2025, 3, 3), Letter.Value.Document.Date);
    }

    [Fact]
    public void APlanIsDatedByItsApprovalNoteAndNotByADateInItsText()
    {
        var plan = StructureFixture.ParseFixture("handlingsplan-2025.pdf");
        Assert.Equal(DocumentTypes.ActionPlan, plan.Document.DocumentType);
        Assert.Equal(new DateOnly(2024, 12, 12), plan.Document.Date);
    }

    [Fact]
    public void APdfWithNoTextAndNoImagesSaysSoInItsWarnings()
    {
        var empty = StructureFixture.ParseFixture("tom-side.pdf");
        Assert.Contains(empty.Document.Warnings, w => w.StartsWith("Fant ingen tekst i dokumentet", StringComparison.Ordinal));
        Assert.Empty(Letter.Value.Document.Warnings);
    }
}
