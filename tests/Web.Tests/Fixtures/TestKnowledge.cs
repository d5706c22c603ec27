using NorPreM.Core.Model;

namespace NorPreM.Web.Tests.Fixtures;

/// <summary>
/// A small knowledge base made of real text from the corpus (ho21-mote-2022-03-saksdokumenter.pdf pages 2, 4, 6, 17
/// and 27; the NorPreM mandate page 1), so the web tests assert on the Norwegian users will see.
/// </summary>
public static class TestKnowledge
{
    public const string BundleId = "0bcd3f5b5a05442a";
    public const string MandateId = "10e3c34a61db09c5";

    public const string Page2 = """
        Saksframlegg Møte 3/2022
        Sak 25/3/2022
        Spørsmål om habilitet
        Type sak Vedtakssak
        Bakgrunn
        Habilitetsvurderinger og -avklaringer er et punkt på agendaen i alle rådsmøtene. I hvert enkelt
        tilfelle/sak skal både de skjønnsmessige og de automatiske habilitetsbestemmelser vurderes.
        Forslag til vedtak
        Det er ikke knyttet inhabilitet til noen av sakene på rådsmøtet.
        """;

    public const string Page4 = """
        Referat Møte 2/2022
        HelseOmsorg 21-rådet
        Dato Onsdag 30. mars 2022, kl. 10.00 – 16.00 (dialogmøte 10.00 – 12.30)
        Sted Forskningsrådets lokaler
        Til stede: Per Morten Sandset, UiO (leder)
        Gro Jamtvedt, OsloMet (til stede t.o.m. dialogmøtet)
        Forfall: Erlend Smeland, Oslo Universitetsykehus
        Observatører: Gloria Traina, HOD
        """;

    public const string Page6 = """
        Sak 19/2/22 Revidert strategi for persontilpasset medisin
        Gloria Traina fra Helse- og omsorgsdepartementet (HOD) orienterte om arbeidet
        med revisjon av Nasjonal strategi for persontilpasset medisin 2017 – 2021.
        Rådet kommenterte økningen i strategiens bredde, begrensninger i infrastruktur og
        analysekapasitet, og eventuelle behov for prioriteringer.
        Vedtak: Rådet slutter seg til den foreslåtte prosessen for utarbeidelse av innspill til revidert
        strategi for persontilpasset medisin med de kommentarer som kom frem på møtet.
        """;

    public const string Page17 = """
        Saksframlegg Møte 3/2022
        Sak 28/3/2022
        Innspill til helsepersonellkommisjonen
        Type sak Diskusjonssak
        Bakgrunn
        Regjeringen oppnevnte i desember 2021 en helsepersonellkommisjon som skal etablere et
        kunnskapsgrunnlag og foreslå treffsikre tiltak i årene framover for å utdanne, rekruttere og beholde
        kvalifisert personell i helse- og omsorgstjenesten i hele landet.
        Rådet har gjennom handlingsplanen for 2022 – 2023 uttalt at de ønsker å fremme debatt om dagens
        utdanninger og profesjoner er tilpasset fremtidens behov og også gi innspill til helsepersonell-kommisjonen.
        """;

    public const string Page27 = """
        Type sak Diskusjonssak
        Til HO21-rådet
        Fra Ole Johan Borge
        Tidligere behandlet 19/2/2022
        Bakgrunn
        Nasjonal strategi for persontilpasset medisin i helsetjenesten 2017–2021 skal revideres. Helse- og
        omsorgsdepartementet (HOD) ønsker bred involvering fra relevante aktører og har blant annet
        henvendt seg til HO21-rådet for å få innspill til strategien.
        Forslag til vedtak
        Rådet slutter innspillet til revidert strategi for persontilpasset medisin med de kommentarer
        som kommer frem på møtet.
        """;

    /// <summary>Page 1 of the mandate after repair; "fagdirektørene" was "fagdirektgrene" in the OCR layer.</summary>
    public const string MandatePage1 = """
        Revidert Mandat
        Nasjonalt kompetansenettverk for persontilpasset medisin (NorPreM)
        Mandatet er godkjent i det interregionale fagdirektørmøtet 18 mars 2024.
        Nettverket rapporterer til de regionale fagdirektørene.
        """;

    public static KnowledgeBase Create()
    {
        var repairAt = MandatePage1.IndexOf("fagdirektørene", StringComparison.Ordinal);
        var bundle = new DocumentRecord
        {
            Id = BundleId,
            FileName = "ho21-mote-2022-03-saksdokumenter.pdf",
            Title = "HelseOmsorg21-rådet – saksdokumenter møte 3/2022",
            Council = Councils.HelseOmsorg21,
            DocumentType = DocumentTypes.Bundle,
            Date = new DateOnly(2022, 6, 3),
            PageCount = 35,
            Pages =
            [
                new PageRecord { Number = 2, Text = Page2 },
                new PageRecord { Number = 4, Text = Page4 },
                new PageRecord { Number = 6, Text = Page6 },
                new PageRecord { Number = 17, Text = Page17 },
                new PageRecord { Number = 27, Text = Page27 },
            ],
            Parts =
            [
                new DocumentPart { Id = "p2", Title = "Sak 25/3/2022 Spørsmål om habilitet", DocumentType = DocumentTypes.CasePaper, FirstPage = 2, LastPage = 2, CaseNumber = "25/3/2022" },
                new DocumentPart { Id = "p4", Title = "Referat møte 2/2022", DocumentType = DocumentTypes.Minutes, FirstPage = 4, LastPage = 7, CaseNumber = "26/3/2022", AttachmentLabel = "Vedlegg 1" },
                new DocumentPart { Id = "p17", Title = "Sak 28/3/2022 Innspill til helsepersonellkommisjonen", DocumentType = DocumentTypes.CasePaper, FirstPage = 17, LastPage = 18, CaseNumber = "28/3/2022" },
                new DocumentPart { Id = "p27", Title = "Sak 30/3/2022 Strategi for persontilpasset medisin", DocumentType = DocumentTypes.CasePaper, FirstPage = 27, LastPage = 27, CaseNumber = "30/3/2022" },
                new DocumentPart { Id = "p28", Title = "HO21-rådets innspill til strategi for persontilpasset medisin", DocumentType = DocumentTypes.Letter, FirstPage = 28, LastPage = 31, CaseNumber = "30/3/2022", AttachmentLabel = "Vedlegg 1" },
            ],
        };
        var mandate = new DocumentRecord
        {
            Id = MandateId,
            FileName = "norprem-revidert-mandat-2024.pdf",
            Title = "Revidert Mandat – Nasjonalt kompetansenettverk for persontilpasset medisin (NorPreM)",
            Council = Councils.NorPreM,
            DocumentType = DocumentTypes.Mandate,
            PageCount = 4,
            Pages =
            [
                new PageRecord
                {
                    Number = 1,
                    Text = MandatePage1,
                    OriginalText = MandatePage1.Replace("fagdirektørene", "fagdirektgrene"),
                    Damaged = true,
                    DamageScore = 0.4,
                    TextSource = "text-layer",
                    Repairs = [new TextRepair(repairAt, "fagdirektørene".Length, "fagdirektgrene", "fagdirektørene", 0.93)],
                },
            ],
        };

        var case19 = new CaseRecord
        {
            Number = "19/2/2022",
            Title = "Revidert strategi for persontilpasset medisin",
            Council = Councils.HelseOmsorg21,
            Meeting = "2/2022",
            MeetingDate = new DateOnly(2022, 3, 30),
            Decision = "Rådet slutter seg til den foreslåtte prosessen for utarbeidelse av innspill til revidert strategi for persontilpasset medisin med de kommentarer som kom frem på møtet.",
            Discussion = "Gloria Traina fra Helse- og omsorgsdepartementet (HOD) orienterte om arbeidet med revisjon av Nasjonal strategi for persontilpasset medisin 2017 – 2021.",
            LaterHandled = ["30/3/2022"],
            MinutesDocumentId = BundleId,
            MinutesPages = [6],
            Themes = [new ThemeScore("persontilpasset-medisin", 0.91, ["persontilpasset", "medisin", "strategi"])],
        };
        var case25 = new CaseRecord
        {
            Number = "25/3/2022",
            Title = "Spørsmål om habilitet",
            Council = Councils.HelseOmsorg21,
            Meeting = "3/2022",
            MeetingDate = new DateOnly(2022, 6, 3),
            CaseTypes = ["Vedtakssak"],
            To = "HO21-rådet",
            From = "Ole Johan Borge",
            ProposedDecision = "Det er ikke knyttet inhabilitet til noen av sakene på rådsmøtet.",
            DocumentId = BundleId,
            Pages = [2],
            Sections = [new SectionRecord("Bakgrunn", "Habilitetsvurderinger og -avklaringer er et punkt på agendaen i alle rådsmøtene.", 2)],
            Themes = [new ThemeScore("motebehandling", 0.88, ["habilitet", "inhabilitet"])],
        };
        var case28 = new CaseRecord
        {
            Number = "28/3/2022",
            Title = "Innspill til helsepersonellkommisjonen",
            Council = Councils.HelseOmsorg21,
            Meeting = "3/2022",
            MeetingDate = new DateOnly(2022, 6, 3),
            CaseTypes = ["Diskusjonssak"],
            To = "HO21-rådet",
            From = "Ole Johan Borge",
            CaseOfficers = ["Henrietta Blankson"],
            DocumentId = BundleId,
            Pages = [17, 18],
            Sections = [new SectionRecord("Bakgrunn", "Regjeringen oppnevnte i desember 2021 en helsepersonellkommisjon som skal etablere et kunnskapsgrunnlag.", 17)],
            ProposedDecision = "Rådet slutter seg til prosessen som blir foreslått på møtet for utarbeidelse av innspillet.",
            Themes = [new ThemeScore("helsepersonell-kompetanse", 0.86, ["helsepersonellkommisjonen", "utdanninger"])],
        };
        var case30 = new CaseRecord
        {
            Number = "30/3/2022",
            Title = "Strategi for persontilpasset medisin",
            Council = Councils.HelseOmsorg21,
            Meeting = "3/2022",
            MeetingDate = new DateOnly(2022, 6, 3),
            CaseTypes = ["Diskusjonssak"],
            To = "HO21-rådet",
            From = "Ole Johan Borge",
            CaseOfficers = ["Ina Dahlsveen", "Henrietta Blankson"],
            Attachments = [new AttachmentRef("Utkast til HO21-rådets innspill til strategi for persontilpasset medisin", "p28", 28)],
            PreviouslyHandled = ["19/2/2022"],
            Sections = [new SectionRecord("Bakgrunn", "Nasjonal strategi for persontilpasset medisin i helsetjenesten 2017–2021 skal revideres.", 27)],
            ProposedDecision = "Rådet slutter innspillet til revidert strategi for persontilpasset medisin med de kommentarer som kommer frem på møtet.",
            DocumentId = BundleId,
            Pages = [27],
            Themes =
            [
                new ThemeScore("persontilpasset-medisin", 0.95, ["persontilpasset", "medisin"]),
                new ThemeScore("helsedata", 0.62, ["infrastruktur", "analysekapasitet"]),
            ],
        };

        var meeting2 = new MeetingRecord
        {
            Council = Councils.HelseOmsorg21,
            Number = "2/2022",
            Date = new DateOnly(2022, 3, 30),
            DateText = "Onsdag 30. mars 2022, kl. 10.00 – 16.00",
            StartTime = "10.00",
            EndTime = "16.00",
            Place = "Forskningsrådets lokaler",
            Present =
            [
                new Attendee("Per Morten Sandset", "UiO", "leder"),
                new Attendee("Gro Jamtvedt", "OsloMet", "til stede t.o.m. dialogmøtet"),
            ],
            Absent = [new Attendee("Erlend Smeland", "Oslo Universitetsykehus", null)],
            Observers = [new Attendee("Gloria Traina", "HOD", null)],
            CaseNumbers = ["19/2/2022"],
            MinutesDocumentId = BundleId,
            MinutesPages = [4, 5, 6, 7],
        };

        return new KnowledgeBase
        {
            Documents = [bundle, mandate],
            Cases = [case19, case25, case28, case30],
            Meetings = [meeting2],
            Mandates =
            [
                new MandateRecord
                {
                    DocumentId = MandateId,
                    Title = "Revidert Mandat – Nasjonalt kompetansenettverk for persontilpasset medisin (NorPreM)",
                    Council = Councils.NorPreM,
                    Approval = "Mandatet er godkjent i det interregionale fagdirektørmøtet 18 mars 2024.",
                    ApprovedOn = new DateOnly(2024, 3, 18),
                    Sections = [new MandateSection("Formål", "Nettverket rapporterer til de regionale fagdirektørene.", [new MandatePoint("1.", "Bidra til implementering av persontilpasset medisin")], 1)],
                    ReportingLines = [new ReportingLine("NorPreM", "rapporterer til", "de regionale fagdirektørene", "Nettverket rapporterer til de regionale fagdirektørene.")],
                },
            ],
            Organisations = [new OrganisationRecord("Helse- og omsorgsdepartementet", "HOD")],
        };
    }
}
