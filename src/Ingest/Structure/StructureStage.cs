using NorPreM.Ingest.Structure.CasePapers;
using NorPreM.Ingest.Structure.Linking;
using NorPreM.Ingest.Structure.Mandates;
using NorPreM.Ingest.Structure.Minutes;
using NorPreM.Ingest.Structure.Splitting;

namespace NorPreM.Ingest.Structure;

/// <summary>
/// Entry point for hosts: the default structure stage (bundle splitter and the case-paper, minutes and mandate
/// parsers behind <see cref="IBundleParser"/>) and the linker that merges structured documents into one knowledge base.
/// </summary>
public static class StructureStage
{
    /// <summary>The production parser and linker.</summary>
    public static (IBundleParser Parser, IKnowledgeLinker Linker) CreateDefault() =>
        (CreateParser(), new KnowledgeLinker());

    /// <summary>The production parser.</summary>
    public static IBundleParser CreateParser() =>
        new BundleParser(new BundleSplitter(), new CasePaperParser(), new MinutesParser(), new MandateParser());
}
