using NorPreM.Ingest.Tests.TestSupport;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// Pins the full structured output for the corpus: parts, the ten case papers 24–33/3/2022, the minutes of møte 2/2022
/// with its cases and attendee lists, the mandate with points and reporting lines, and the linked knowledge base.
/// Page texts are left out (the extraction golden files pin them). Regenerate with UPDATE_GOLDEN=1.
/// </summary>
public sealed class StructureGoldenTests
{
    [Fact]
    public void CouncilBundleMatchesGolden() =>
        Golden.Verify(View(StructureFixture.Bundle.Document, StructureFixture.Bundle), "tests/Ingest.Tests/Golden/ho21-mote-2022-03-saksdokumenter.structure.expected.json");

    [Fact]
    public void MandateMatchesGolden() =>
        Golden.Verify(View(StructureFixture.Mandate.Document, StructureFixture.Mandate), "tests/Ingest.Tests/Golden/norprem-revidert-mandat-2024.structure.expected.json");

    [Fact]
    public void LinkedKnowledgeBaseMatchesGolden()
    {
        var kb = StructureFixture.Knowledge;
        var view = kb with { Documents = kb.Documents.Select(d => d with { Pages = [] }).ToList() };
        Golden.Verify(view, "tests/Ingest.Tests/Golden/knowledge.expected.json");
    }

    private static object View(DocumentRecord document, NorPreM.Ingest.Structure.StructuredDocument structured) => new
    {
        Document = document with { Pages = [] },
        structured.Cases,
        structured.Meetings,
        structured.Mandates,
        structured.People,
        structured.Organisations,
    };
}
