using NorPreM.Ingest.Structure.CasePapers;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Structure.Splitting;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>
/// The archive reference of a case paper ("Arkivsak 24/01234", "Vår ref.: 2024/05678-2", a "Saksnr." that is no council
/// case number) is stored on the case; and earlier handlings written in several forms on a label wrapped over two rows.
/// Fixtures: saksframlegg-bunt-2025-03 and saksframlegg-helse-sor-ost-2024-11 (Structure/Fixtures).
/// </summary>
public sealed class ArchiveReferenceTests
{
    private static readonly Lazy<NorPreM.Ingest.Structure.StructuredDocument> SorOst = new(() => StructureFixture.ParseFixture("saksframlegg-helse-sor-ost-2024-11.pdf"));

    private static CaseRecord ParseText(string text)
    {
        var rows = LayoutReader.FromLayoutText(text).SelectMany(p => p.Rows).ToList();
        var part = new SplitPart(new DocumentPart { Id = "doc:1", Title = "", DocumentType = DocumentTypes.CasePaper, FirstPage = 1, LastPage = 1 }, null, null, null);
        return new CasePaperParser().Parse(part, rows, "doc", Councils.NorPreMSorOst)!.Case;
    }

    [Fact]
    public void TheArchiveCaseOfTheHeaderTableIsStoredOnTheCase()
    {
        var bundle = StructureFixture.ParseFixture("saksframlegg-bunt-2025-03.pdf");
        Assert.Equal(["24/01234", "25/00087", "24/01301"], bundle.Cases.Select(c => c.ArchiveReference));
        Assert.Equal("24/05678", Assert.Single(SorOst.Value.Cases).ArchiveReference);
    }

    [Fact]
    public void AReferenceInTheLetterheadIsStoredWhenTheTableHasNone()
    {
        var c = ParseText("""
            Helse Sør-Øst RHF              Vår ref.: 2024/05678-2          Dato: 4. november 2024

            Saksframlegg
            Sak 41/24 Felles regional løsning for lagring av genomdata
            Til                  NorPreM-rådet i Helse Sør-Øst
            Saksbehandler        Hilde Bakken

            Bakgrunn
            Sykehusene i regionen lagrer i dag genomdata i flere lokale løsninger.
            """);
        Assert.Equal("41/2024", c.Number);
        Assert.Equal("2024/05678-2", c.ArchiveReference);
        Assert.Equal("Felles regional løsning for lagring av genomdata", c.Title);
    }

    [Fact]
    public void ASaksnrThatIsNoCouncilCaseNumberIsTheArchiveReference()
    {
        var c = ParseText("""
            Saksframlegg
            Sak 12/24 Regional biobank
            Saksnr.              2024/1234
            Til                  NorPreM-rådet i Helse Sør-Øst

            Bakgrunn
            Teksten.
            """);
        Assert.Equal("12/2024", c.Number);
        Assert.Equal("2024/1234", c.ArchiveReference);
    }

    [Fact]
    public void ACouncilCaseNumberInTheSaksnrCellIsNoArchiveReference()
    {
        var c = ParseText("""
            Saksframlegg
            Saksnummer:          34/23
            Til:                 Interregionalt fagdirektørmøte

            Sak 34/23 Felles rutiner for genpaneldiagnostikk
            Bakgrunn
            Teksten.
            """);
        Assert.Equal("34/2023", c.Number);
        Assert.Null(c.ArchiveReference);
    }

    [Fact]
    public void EarlierHandlingsUnderALabelWrappedOverTwoRowsAreRead()
    {
        var c = Assert.Single(SorOst.Value.Cases);
        Assert.Equal(["12/2023", "31/2023"], c.PreviouslyHandled);
        Assert.DoesNotContain(c.Sections, s => s.Text.Contains("behandlet:", StringComparison.Ordinal));
        Assert.Equal(["Bakgrunn", "Vurdering"], c.Sections.Select(s => s.Heading));
    }

    [Fact]
    public void AReferatsakAmongEarlierHandlingsIsNoCase() =>
        Assert.DoesNotContain("4/2023", Assert.Single(SorOst.Value.Cases).PreviouslyHandled);
}
