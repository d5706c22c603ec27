using NorPreM.Ingest.Extraction;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Structure;

/// <summary>Structured content of one PDF: its record, and the cases, meetings and mandates found in it.</summary>
public sealed record StructuredDocument(
    DocumentRecord Document,
    IReadOnlyList<CaseRecord> Cases,
    IReadOnlyList<MeetingRecord> Meetings,
    IReadOnlyList<MandateRecord> Mandates,
    IReadOnlyList<PersonRecord> People,
    IReadOnlyList<OrganisationRecord> Organisations);

/// <summary>Structure stage: splits a (repaired) document into parts and parses cases, minutes and mandates.</summary>
public interface IBundleParser
{
    StructuredDocument Parse(ExtractedDocument document);
}

/// <summary>Links the structured documents of a corpus into one knowledge base (case threads, proposal → decision).</summary>
public interface IKnowledgeLinker
{
    KnowledgeBase Link(IReadOnlyList<StructuredDocument> documents);
}
