using NorPreM.Core.Model;
using NorPreM.Ingest.Structure.Readers;
using NorPreM.Ingest.Structure.Recognition;
using NorPreM.Ingest.Structure.Text;

namespace NorPreM.Ingest.Tests.Structure;

/// <summary>The readers the parsers compose, each on the forms of its concern.</summary>
public sealed class ReaderTests
{
    [Theory]
    [InlineData("Vedtak:", DecisionRowKind.Decision, DecisionKinds.Labelled)]
    [InlineData("Styrets vedtak: Innkalling og dagsorden godkjennes.", DecisionRowKind.Decision, DecisionKinds.Labelled)]
    [InlineData("Kommunestyrets vedtak:", DecisionRowKind.Decision, DecisionKinds.Labelled)]
    [InlineData("Rådets vedtak", DecisionRowKind.Decision, DecisionKinds.Labelled)]
    [InlineData("Konklusjon: Referatet godkjennes.", DecisionRowKind.Decision, DecisionKinds.Conclusion)]
    [InlineData("Beslutning:", DecisionRowKind.Decision, DecisionKinds.Conclusion)]
    [InlineData("Forslag til vedtak:", DecisionRowKind.Proposal, null)]
    [InlineData("Innstilling:", DecisionRowKind.Proposal, null)]
    [InlineData("Kommunedirektørens innstilling:", DecisionRowKind.Proposal, null)]
    [InlineData("Administrerende direktørs forslag til vedtak:", DecisionRowKind.Proposal, null)]
    [InlineData("Behandling:", DecisionRowKind.Handling, null)]
    [InlineData("Behandling i Kommunestyret - 15.06.2023", DecisionRowKind.Handling, null)]
    [InlineData("Votering: Innstillingen ble enstemmig vedtatt.", DecisionRowKind.Handling, null)]
    [InlineData("Protokolltilførsel fra Rødt: Avstanden blir for lang.", DecisionRowKind.ProtocolEntry, null)]
    public void ReadsTheLabelsOfDecisionBlocks(string row, DecisionRowKind kind, string? decisionKind)
    {
        var label = DecisionReader.ReadLabel(row);
        Assert.NotNull(label);
        Assert.Equal(kind, label.Kind);
        Assert.Equal(decisionKind, label.DecisionKind);
    }

    [Theory]
    [InlineData("Rådets vedtak i sak 12 ble fulgt opp av sekretariatet.")]
    [InlineData("Innstillingen fra valgkomiteen ble lagt fram.")]
    public void LeavesSentencesThatOnlyMentionADecision(string row) =>
        Assert.Null(DecisionReader.ReadLabel(row));

    [Theory]
    [InlineData("Enstemmig vedtatt.", DecisionKinds.Vote)]
    [InlineData("Vedtatt med 7 mot 2 stemmer.", DecisionKinds.Vote)]
    [InlineData("Forslaget vedtas.", DecisionKinds.Vote)]
    [InlineData("Innstillingen ble vedtatt.", DecisionKinds.Vote)]
    [InlineData("Godkjent.", DecisionKinds.Approval)]
    [InlineData("Regnskapet godkjennes.", DecisionKinds.Approval)]
    [InlineData("Tas til orientering.", DecisionKinds.Noted)]
    [InlineData("Årsberetningen tas til orientering.", DecisionKinds.Noted)]
    public void ReadsAShortOutcomeParagraphAsTheDecision(string paragraph, string kind) =>
        Assert.Equal(kind, DecisionReader.OutcomeKind(paragraph));

    [Theory]
    [InlineData("Tilleggsforslaget ble vedtatt med 4 mot 3 stemmer.")]
    [InlineData("Styret drøftet investeringsnivået og behovet for buffer mot usikkerhet i prisveksten.")]
    [InlineData("Planen ble godkjent av styret i 2019 og skal nå revideres, men arbeidet har tatt lengre tid enn ventet fordi flere helseforetak ba om utsettelse.")]
    public void LeavesAVoteReportedInTheDiscussionAsDiscussion(string paragraph) =>
        Assert.Null(DecisionReader.OutcomeKind(paragraph));

    [Theory]
    [InlineData("PS 41/23 Godkjenning av protokoll", true, "PS 41/23")]
    [InlineData("RS 3/24 Brev fra Helse- og omsorgsdepartementet", false, "RS 3/24")]
    [InlineData("1. Sak 01-2025 Godkjenning av innkalling", true, "Sak 01-2025")]
    public void TellsCasesFromItemsOfOtherSeries(string row, bool isCase, string label)
    {
        var heading = ItemHeadingReader.Read(row);
        Assert.NotNull(heading);
        Assert.Equal(isCase, heading.IsCase);
        Assert.Equal(label, heading.Number!.Label);
    }

    [Fact]
    public void ReadsANumberedSentenceOfADecisionAsNoHeading() =>
        Assert.Null(ItemHeadingReader.Read("1. Styret godkjenner regional plan for persontilpasset medisin.", headingStyle: true));

    [Theory]
    [InlineData("03.05.2016", 2016, 5, 3)]
    [InlineData("9/6-2021, kl. 12.00–14.00", 2021, 6, 9)]
    [InlineData("14. Mars 2019", 2019, 3, 14)]
    [InlineData("onsdag 8. februar 2023 kl. 09.00", 2023, 2, 8)]
    [InlineData("2023-05-12", 2023, 5, 12)]
    public void ReadsDatesInEveryCommonForm(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), NorwegianDates.FindDate(text)?.Date);

    [Fact]
    public void ReadsAMeetingOverTwoDaysFromItsFirstDay()
    {
        var held = MeetingDateReader.From("12.–13. juni 2023", 1);
        Assert.Equal(new DateOnly(2023, 6, 12), held?.Date);
        Assert.Equal(new DateOnly(2023, 6, 13), held?.EndDate);
    }

    [Fact]
    public void TakesTheDateOfTheMeetingACasePaperIsWrittenFor() =>
        Assert.Equal(new DateOnly(2023, 11, 7), MeetingDateReader.ForMeeting("Orienteringssak til møte i arbeidsgruppen tirsdag 7. november 2023"));

    [Theory]
    [InlineData("Protokoll fra styremøte i Sykehuspartner HF", "Styret i Sykehuspartner HF")]
    [InlineData("Protokoll fra møte i styret i Helse Sør-Øst RHF", "Styret i Helse Sør-Øst RHF")]
    [InlineData("Protokoll fra årsmøtet i Pasientforeningen for sjeldne diagnoser", "Årsmøtet i Pasientforeningen for sjeldne diagnoser")]
    [InlineData("Referat fra møte i arbeidsgruppen for regional kreftplan", "Arbeidsgruppen for regional kreftplan")]
    public void NamesABodyFromThePapersOwnHeading(string heading, string name) =>
        Assert.Equal(name, BodyRecogniser.Named(null, [heading]));

    [Fact]
    public void NamesACommitteeWithTheMunicipalityOfTheLetterhead() =>
        Assert.Equal("Helse- og omsorgsutvalget i Vestvik", BodyRecogniser.Named(null, ["Vestvik kommune", "Møtebok for Helse- og omsorgsutvalget"]));

    [Fact]
    public void TakesTheBodyFromAnUtvalgField() =>
        Assert.Equal("kommunestyret-bodo", BodyRecogniser.Recognise("Møteprotokoll", ["Møteprotokoll", "Utvalg: Kommunestyret i Bodø"], "")?.Id);

    [Theory]
    [InlineData("Orienteringssak til møte i arbeidsgruppen tirsdag 7. november 2023")]
    [InlineData("Referat fra møte i styret")]
    public void GivesNoBodyForAGenericNounAlone(string heading) =>
        Assert.Null(BodyRecogniser.Named(null, [heading]));

    [Fact]
    public void KeepsAKnownCouncilAsAnAlias() =>
        Assert.Equal(Councils.NorPreMNord, BodyRecogniser.Recognise(null, ["Referat fra møte i NorPreM-rådet i Helse Nord"], "")?.Id);
}
