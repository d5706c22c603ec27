using NorPreM.Ingest.Structure.Entities;
using NorPreM.Ingest.Structure.Recognition;
using NorPreM.Ingest.Structure.Text;
using NorPreM.Core.Model;

namespace NorPreM.Ingest.Tests.Structure;

public sealed class RecognitionTests
{
    [Theory]
    [InlineData("HelseOmsorg21-rådet – saksdokumenter møte 3/2022", Councils.HelseOmsorg21)]
    [InlineData("Revidert Mandat – Nasjonalt kompetansenettverk for persontilpasset medisin", Councils.NorPreM)]
    [InlineData("Mandat for regionalt NorPreM-råd i Helse Vest", Councils.NorPreMVest)]
    [InlineData("Referat fra møte i NorPreM-rådet Helse Sør-Øst", Councils.NorPreMSorOst)]
    [InlineData("Helse Nords regionale NorPreM-råd: årsplan", Councils.NorPreMNord)]
    [InlineData("Regionalt NorPreM-råd for Helse Midt-Norge, referat", Councils.NorPreMMidt)]
    [InlineData("Referat fra de regionale NorPreM-rådene", Councils.NorPreMRegional)]
    [InlineData("Referat fra interregionalt fagdirektørmøte 18. mars 2024", Councils.Fagdirektormotet)]
    [InlineData("Referat fra interregionalt fagdirektgrmgte", Councils.Fagdirektormotet)]
    [InlineData("Årsmelding fra styret", null)]
    public void RecognisesCouncilsInTitles(string title, string? council) => Assert.Equal(council, CouncilRecogniser.FromTitle(title));

    [Theory]
    [InlineData("Utkast referat møte 2-2022", DocumentTypes.Minutes)]
    [InlineData("HO21-rådets handlingsplan 2022 - 2023", DocumentTypes.ActionPlan)]
    [InlineData("HO21-rådets kommunikasjonsplan", DocumentTypes.CommunicationPlan)]
    [InlineData("Dialogmøter - oppsummering og forslag til videre mål og aktiviteter", DocumentTypes.Note)]
    [InlineData("HO21-rådets innspill til strategi for persontilpasset medisin", DocumentTypes.Letter)]
    [InlineData("Revidert mandat for NorPreM", DocumentTypes.Mandate)]
    [InlineData("HelseOmsorg21-rådet – saksdokumenter møte 3/2022", DocumentTypes.Bundle)]
    public void RecognisesDocumentTypesInTitles(string title, string type) => Assert.Equal(type, DocumentTypeRecogniser.FromText(title));

    [Fact]
    public void TheFirstLineOutranksTheTitle() =>
        Assert.Equal(DocumentTypes.CasePaper, DocumentTypeRecogniser.Recognise("Godkjenning av referat fra 2-2022", "Saksframlegg Møte 3/2022"));

    [Theory]
    [InlineData("Kommunenes strategiske forskningsorgan (KSF) ble løftet", "Kommunenes strategiske forskningsorgan", "KSF")]
    [InlineData("Gloria Traina fra Helse- og omsorgsdepartementet (HOD) orienterte", "Helse- og omsorgsdepartementet", "HOD")]
    [InlineData("Direktoratet for forvaltning og økonomistyring (DFØ)", "Direktoratet for forvaltning og økonomistyring", "DFØ")]
    [InlineData("Nasjonalt kompetansenettverk for persontilpasset medisin (NorPreM) skal være en arena", "Nasjonalt kompetansenettverk for persontilpasset medisin", "NorPreM")]
    public void LearnsOrganisationsFromAcronymDefinitions(string text, string name, string acronym) =>
        Assert.Equal(new OrganisationRecord(name, acronym), Assert.Single(AcronymExtractor.Extract(text)));

    [Theory]
    [InlineData("aktivitet om persontilpasset medisin (PM) i egen helseregion")]
    [InlineData("persontilpasset medisin (presisjonsmedisin) NorPreM")]
    [InlineData("ansvarlig forskning og innovasjon (RRI)")]
    public void LeavesConceptsAndPlainParenthesesOut(string text) => Assert.Empty(AcronymExtractor.Extract(text));

    [Fact]
    public void ParsesAttendeesWithRemarksRolesAndAcronyms()
    {
        Assert.Equal(new Attendee("Gro Jamtvedt", "OsloMet", "til stede t.o.m. dialogmøtet"), PersonNames.ParseAttendee("Gro Jamtvedt, OsloMet (til stede t.o.m. dialogmøtet)", null));
        Assert.Equal(new Attendee("Hege Strand Mikkelsen", "Forskningsrådet", null) { Role = "seniorrådgiver" }, PersonNames.ParseAttendee("Hege Strand Mikkelsen, seniorrådgiver", "Forskningsrådet"));
        Assert.Equal("Norsk Forening for Allmennmedisin (NFA)", PersonNames.ParseAttendee("Marte Kvittum Tangen, Norsk Forening for Allmennmedisin (NFA)", null)!.Affiliation);
        Assert.Null(PersonNames.ParseAttendee("Deltok på hele eller deler av møtet:", null));
    }

    [Fact]
    public void FindsWorkingGroupMembersInRunningText() =>
        Assert.Equal(
            ["Lilly Ann Elvestad", "Stein Olav Skrøvseth", "Baard-Christian Schem", "Veronika Barrabes", "Per Morten Sandset"],
            PeopleExtractor.WorkingGroupMembers("Det ble nedsatt en arbeidsgruppe bestående av Lilly Ann Elvestad, Stein Olav Skrøvseth, Baard-Christian Schem, Veronika Barrabes og Per Morten Sandset som skal bistå sekretariatet."));

    [Fact]
    public void JoinsLinesKeepingHyphensThatBelongToTheWord()
    {
        Assert.Equal("for å samle hele helse-økosystemet innenfor kreft", Paragraphs.Join(["for å samle hele helse-", "økosystemet innenfor kreft"]));
        Assert.Equal("kan få budsjett- eller tjenesterelaterte implikasjoner", Paragraphs.Join(["kan få budsjett-", "eller tjenesterelaterte implikasjoner"]));
    }

    [Fact]
    public void ReadsNorwegianDatesAndTimes()
    {
        Assert.Equal(new DateOnly(2022, 3, 30), NorwegianDates.FindDate("Onsdag 30. mars 2022, kl. 10.00 – 16.00")!.Value.Date);
        Assert.Equal(new DateOnly(2024, 3, 18), NorwegianDates.FindDate("godkjent i det interregionale fagdirektørmøtet 18 mars 2024")!.Value.Date);
        Assert.Null(NorwegianDates.FindDate("Endelig innspill diskuteres på rådsmøtet 3. juni."));
        Assert.Equal(("10:00", "16:00"), NorwegianDates.FindTimeRange("Onsdag 30. mars 2022, kl. 10.00 – 16.00")!.Value);
    }

    [Theory]
    [InlineData("Møtedato: 15.06.2023", 2023, 6, 15)]
    [InlineData("Dato 1.2.2024 kl. 10.00", 2024, 2, 1)]
    [InlineData("Møte 2023-05-12, Teams", 2023, 5, 12)]
    [InlineData("Sendt 02.01.2023, møtet holdes 14. februar 2023", 2023, 1, 2)]
    [InlineData("Dato: 03.03.25, kl. 12.00–15.00", 2025, 3, 3)]
    [InlineData("Hamar, 04.03.25", 2025, 3, 4)]
    public void ReadsNumericDatesAsFormsWriteThem(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), NorwegianDates.FindDate(text)!.Value.Date);

    [Theory]
    [InlineData("kl. 10.00 – 12.00")]
    [InlineData("31.02.2023")]
    [InlineData("versjon 1.2.2024.3")]
    [InlineData("Sak 28/3/2022")]
    [InlineData("jf. punkt 4.1.2 i mandatet")]
    [InlineData("32.13.25")]
    public void TakesNoTimeVersionOrImpossibleDayForADate(string text) => Assert.Null(NorwegianDates.FindDate(text));
}
