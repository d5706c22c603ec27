using System.Globalization;

namespace NorPreM.Bench.Scale;

/// <summary>One line of a generated page: its text, size, weight and left indent in points.</summary>
public sealed record ArchiveLine(string Text, double Size = 10, bool Bold = false, double Indent = 0);

/// <summary>A generated page; <see cref="ImageOnly"/> pages are written as a scan (a picture of the page, no text layer).</summary>
public sealed record ArchivePage(IReadOnlyList<ArchiveLine> Lines, bool ImageOnly = false);

/// <summary>An outline entry: title and 1-based page.</summary>
public sealed record ArchiveBookmark(string Title, int Page);

/// <summary>One generated PDF file, with what the generator knows of it (<see cref="Facts"/>) for units made without the PDF.</summary>
public sealed record ArchiveDocument(string FileName, string Title, IReadOnlyList<ArchivePage> Pages, IReadOnlyList<ArchiveBookmark> Bookmarks)
{
    public ArchiveFacts? Facts { get; init; }
}

/// <summary>
/// What a reader of a generated document's pages would find in it: the body's name, the document type, the date and
/// meeting number, its cases (case paper sections, or minutes decisions) and its titled sections.
/// </summary>
public sealed record ArchiveFacts(string Body, string DocumentType, DateTime Date, int? Meeting, IReadOnlyList<ArchiveCase> Cases, IReadOnlyList<ArchiveSection> Sections);

/// <summary>A case as one document holds it: number as printed ("5/22"), title, kind, decision text and 1-based pages.</summary>
public sealed record ArchiveCase(string Number, string Title, string Kind, string Decision, int FirstPage, int LastPage, IReadOnlyList<ArchiveSection> Sections);

/// <summary>A titled stretch of text and the 1-based page it starts on.</summary>
public sealed record ArchiveSection(string Heading, string Text, int Page);

/// <summary>
/// A seeded generator of a council secretariat's archive (issue 19): for each of several bodies, year after year, a
/// meeting's case-paper bundle (cover and agenda, then one case paper per item with header table, background,
/// assessment and proposed decision, one outline entry per case) and its minutes (date, place, attendance, absences,
/// then each item with discussion and decision), now and then a mandate and an annual report with numbered chapters.
/// Body text is recombined from <see cref="SentenceSource"/>: sentences spliced at a comma, numbers, names, dates and
/// bodies varied, so no two bundles repeat each other. A share of minutes pages are image-only scans. The same seed
/// gives the same archive.
/// </summary>
public sealed class ArchiveGenerator(SentenceSource source, int seed = 19, double scanShare = 0.01)
{
    private static readonly (string Name, string Acronym)[] Bodies =
    [
        ("Rådet for helsedata", "RHD"), ("Fagdirektørmøtet i spesialisthelsetjenesten", "FDM"),
        ("Nasjonalt råd for kvalitet og prioritering", "NRKP"), ("Samarbeidsutvalget for e-helse", "SUE"),
        ("Kommunalt helse- og omsorgsutvalg", "KHOU"), ("Forskningsrådets programstyre for helse", "PSH"),
        ("Regionalt samarbeidsorgan Midt-Norge", "RSMN"), ("Nasjonal styringsgruppe for legemidler", "NSL"),
    ];

    private static readonly string[] FirstNames =
    [
        "Anne", "Kari", "Ingrid", "Marit", "Liv", "Hilde", "Silje", "Tone", "Ragnhild", "Solveig", "Eli", "Astrid", "Randi",
        "Per", "Ole", "Lars", "Jan", "Knut", "Bjørn", "Arne", "Geir", "Terje", "Øyvind", "Håkon", "Espen", "Trond", "Rune",
        "Nina", "Camilla", "Åse", "Sigrid", "Kjersti", "Torbjørn", "Eirik", "Magnus", "Sindre", "Jørgen", "Mona", "Heidi",
    ];

    private static readonly string[] LastNames =
    [
        "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen", "Jensen", "Karlsen",
        "Berg", "Haugen", "Hagen", "Eriksen", "Bakken", "Solberg", "Strand", "Dahl", "Lie", "Moen", "Sæther", "Aas",
        "Halvorsen", "Lunde", "Myhre", "Fjeld", "Nygård", "Brekke", "Sandvik", "Holm", "Røed", "Løken", "Østby",
    ];

    private static readonly string[] Organisations =
    [
        "UiO", "UiB", "NTNU", "UiT", "OsloMet", "Helse Vest", "Helse Nord", "Helse Midt-Norge", "Helse Sør-Øst", "KS",
        "Folkehelseinstituttet", "Helsedirektoratet", "Norsk helsenett", "Direktoratet for medisinske produkter",
        "Legeforeningen", "Sykepleierforbundet", "Kreftforeningen", "Bergen kommune", "Tromsø kommune", "NHO", "LO",
        "Funksjonshemmedes Fellesorganisasjon", "Forskningsrådet", "Innovasjon Norge", "Helse- og omsorgsdepartementet",
    ];

    private static readonly string[] Places = ["Forskningsrådets lokaler", "Helsedirektoratet, Oslo", "Teams", "Scandic Hotel, Trondheim", "Bergen rådhus", "Digitalt møte"];

    private static readonly string[] CaseKinds = ["Vedtakssak", "Orienteringssak", "Drøftingssak"];

    private static readonly string[] Months =
        ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"];

    private static readonly string[] DecisionForms =
    [
        "{0} tar saken til orientering.", "{0} slutter seg til forslaget med de merknader som kom fram i møtet.",
        "{0} ber sekretariatet arbeide videre med saken og legge den fram på nytt.", "Forslaget godkjennes.",
        "{0} gir sin tilslutning til planen for {1}.", "Saken utsettes til neste møte.",
        "{0} ber om at {1} følges opp i samarbeid med {2}.",
    ];

    private readonly Random random = new(seed);

    /// <summary>Documents until at least <paramref name="pages"/> pages are planned, in a stable order.</summary>
    public IEnumerable<ArchiveDocument> Generate(int pages)
    {
        var planned = 0;
        var year = 2010;
        var caseNumbers = new Dictionary<(int, int), int>();
        while (planned < pages)
        {
            for (var b = 0; b < Bodies.Length && planned < pages; b++)
            {
                var meetings = 3 + random.Next(4);
                if (random.NextDouble() < 0.15)
                {
                    var mandate = Mandate(b, year);
                    planned += mandate.Pages.Count;
                    yield return mandate;
                }

                for (var m = 1; m <= meetings && planned < pages; m++)
                {
                    var date = new DateTime(year, 1 + (m - 1) * 12 / meetings, 1).AddDays(random.Next(25));
                    var items = Items(b, year, date, caseNumbers);
                    var bundle = CasePapers(b, m, date, items);
                    planned += bundle.Pages.Count;
                    yield return bundle;
                    var minutes = Minutes(b, m, date, items);
                    planned += minutes.Pages.Count;
                    yield return minutes;
                }

                if (random.NextDouble() < 0.25 && planned < pages)
                {
                    var report = Report(b, year);
                    planned += report.Pages.Count;
                    yield return report;
                }
            }

            year++;
        }
    }

    private sealed record Item(string CaseNumber, string Title, string Kind, string Officer, string Decision);

    private List<Item> Items(int body, int year, DateTime date, Dictionary<(int, int), int> numbers)
    {
        var list = new List<Item>();
        var count = 4 + random.Next(6);
        for (var i = 0; i < count; i++)
        {
            var n = numbers[(body, year)] = numbers.GetValueOrDefault((body, year)) + 1;
            var title = i switch
            {
                0 => "Godkjenning av innkalling og saksliste",
                1 when random.NextDouble() < 0.7 => "Godkjenning av referat fra forrige møte",
                _ => Capitalise(Pick(source.Phrases)),
            };
            var decision = string.Format(CultureInfo.InvariantCulture, Pick(DecisionForms), Short(body), Lower(Pick(source.Phrases)), Pick(Organisations));
            list.Add(new Item($"{n}/{year % 100:00}", title, i < 2 ? "Vedtakssak" : Pick(CaseKinds), Person(), decision));
        }

        return list;
    }

    private ArchiveDocument CasePapers(int body, int meeting, DateTime date, List<Item> items)
    {
        var (name, acronym) = Bodies[body];
        var pages = new List<ArchivePage>();
        var bookmarks = new List<ArchiveBookmark>();
        var cases = new List<ArchiveCase>();
        var cover = new List<ArchiveLine>
        {
            new(name, 16, true), new($"Møte {meeting}/{date.Year}", 13, true), new(""),
            new($"Dato: {Date(date)}, kl. {9 + random.Next(3)}.00 – {14 + random.Next(3)}.00"), new($"Sted: {Pick(Places)}"), new(""),
            new("Saksliste", 12, true),
        };
        cover.AddRange(items.Select(i => new ArchiveLine($"Sak {i.CaseNumber}  {i.Title}", 10, false, 10)));
        pages.Add(new ArchivePage(cover));
        bookmarks.Add(new ArchiveBookmark("Innkalling og saksliste", 1));
        foreach (var item in items)
        {
            var lines = new List<ArchiveLine>
            {
                new($"Saksframlegg                                                    Møte {meeting}/{date.Year}", 9),
                new($"Sak {item.CaseNumber}", 12, true), new(item.Title, 12, true),
                new($"Type sak          {item.Kind}"), new($"Til                   {acronym}-rådet"),
                new($"Fra                  {Person()}"), new($"Saksbehandler   {item.Officer}"), new(""),
                new("Bakgrunn", 11, true),
            };
            var first = pages.Count + 1;
            var background = Paragraphs(1 + random.Next(3), body, date).ToList();
            var sections = new List<ArchiveSection> { new("Bakgrunn", Joined(background), first) };
            lines.AddRange(background);
            if (random.NextDouble() < 0.6)
            {
                lines.Add(new ArchiveLine("Vurdering", 11, true));
                var startLine = lines.Count;
                var assessment = Paragraphs(1 + random.Next(4), body, date).ToList();
                sections.Add(new ArchiveSection("Vurdering", Joined(assessment), first + PageOfLines(lines)[startLine - 1]));
                lines.AddRange(assessment);
            }

            lines.Add(new ArchiveLine("Forslag til vedtak", 11, true));
            lines.Add(new ArchiveLine(item.Decision, 10, false, 10));
            bookmarks.Add(new ArchiveBookmark($"Sak {item.CaseNumber} {item.Title}", first));
            pages.AddRange(Paginate(lines, false));
            cases.Add(new ArchiveCase(item.CaseNumber, item.Title, item.Kind, item.Decision, first, pages.Count, sections));
        }

        return new ArchiveDocument($"{acronym.ToLowerInvariant()}-mote-{meeting}-{date.Year}-saksdokumenter.pdf",
            $"{name}, møte {meeting}/{date.Year}, saksdokumenter", pages, bookmarks)
        {
            Facts = new ArchiveFacts(name, "saksdokumenter", date, meeting, cases, []),
        };
    }

    private ArchiveDocument Minutes(int body, int meeting, DateTime date, List<Item> items)
    {
        var (name, acronym) = Bodies[body];
        var members = Enumerable.Range(0, 8 + random.Next(8)).Select(_ => $"{Person()}, {Pick(Organisations)}").Distinct().ToList();
        var absent = random.Next(Math.Min(4, members.Count / 3));
        var lines = new List<ArchiveLine>
        {
            new($"Referat Møte {meeting}/{date.Year}", 14, true), new(name, 12, true), new(""),
            new($"Dato              {Date(date)}, kl. 10.00 – 15.00"), new($"Sted              {Pick(Places)}"), new(""),
            new($"Til stede:        {members[0]} (leder)"),
        };
        lines.AddRange(members.Skip(1).Take(members.Count - 1 - absent).Select(m => new ArchiveLine(m, 10, false, 90)));
        if (absent > 0)
        {
            lines.Add(new ArchiveLine(""));
            lines.Add(new ArchiveLine($"Forfall:          {members[^absent]}"));
            lines.AddRange(members.Skip(members.Count - absent + 1).Select(m => new ArchiveLine(m, 10, false, 90)));
        }

        lines.Add(new ArchiveLine(""));
        lines.Add(new ArchiveLine($"Fra sekretariatet: {Person()}, seniorrådgiver, og {Person()}, rådgiver"));
        var spans = new List<(Item Item, int FirstLine, int LastLine, string Discussion)>();
        foreach (var item in items)
        {
            lines.Add(new ArchiveLine(""));
            var firstLine = lines.Count;
            lines.Add(new ArchiveLine($"Sak {item.CaseNumber} {item.Title}", 10, true));
            var discussion = "";
            if (item.Kind != "Vedtakssak" || random.NextDouble() < 0.5)
            {
                var paragraphs = Paragraphs(1 + random.Next(2), body, date).ToList();
                discussion = Joined(paragraphs);
                lines.AddRange(paragraphs);
            }

            lines.Add(new ArchiveLine($"Vedtak: {item.Decision}"));
            spans.Add((item, firstLine, lines.Count - 1, discussion));
        }

        lines.Add(new ArchiveLine(""));
        lines.Add(new ArchiveLine($"Referent: {Person()}"));
        var pages = Paginate(lines, true);
        var pageOf = PageOfLines(lines);
        var cases = spans.Select(s => new ArchiveCase(s.Item.CaseNumber, s.Item.Title, s.Item.Kind, s.Item.Decision, 1 + pageOf[s.FirstLine], 1 + pageOf[s.LastLine],
            s.Discussion.Length > 0 ? [new ArchiveSection("Drøfting", s.Discussion, 1 + pageOf[s.FirstLine])] : [])).ToList();
        return new ArchiveDocument($"{acronym.ToLowerInvariant()}-mote-{meeting}-{date.Year}-referat.pdf",
            $"Referat, {name}, møte {meeting}/{date.Year}", pages, [])
        {
            Facts = new ArchiveFacts(name, "referat", date, meeting, cases, []),
        };
    }

    private ArchiveDocument Mandate(int body, int year)
    {
        var (name, acronym) = Bodies[body];
        var approved = new DateTime(year, 1 + random.Next(12), 1 + random.Next(27));
        var lines = new List<ArchiveLine> { new($"Mandat for {name}", 16, true), new($"Fastsatt av Helse- og omsorgsdepartementet {Date(approved)}"), new("") };
        var sections = new List<(string Heading, int Line, List<ArchiveLine> Lines)>();
        foreach (var heading in new[] { "Bakgrunn", "Formål", "Oppgaver", "Sammensetning", "Rapportering og varighet" })
        {
            lines.Add(new ArchiveLine(heading, 12, true));
            var added = heading == "Oppgaver"
                ? Enumerable.Range(0, 3 + random.Next(4)).Select(_ => new ArchiveLine("• " + Sentence(body, new DateTime(year, 6, 1)), 10, false, 10)).ToList()
                : Paragraphs(1 + random.Next(2), body, new DateTime(year, 6, 1)).ToList();
            sections.Add((heading, lines.Count - 1, added));
            lines.AddRange(added);
        }

        var pages = Paginate(lines, false);
        var pageOf = PageOfLines(lines);
        return new ArchiveDocument($"{acronym.ToLowerInvariant()}-mandat-{year}.pdf", $"Mandat for {name} {year}", pages, [])
        {
            Facts = new ArchiveFacts(name, "mandat", approved, null, [], sections.Select(s => new ArchiveSection(s.Heading, Joined(s.Lines), 1 + pageOf[s.Line])).ToList()),
        };
    }

    private ArchiveDocument Report(int body, int year)
    {
        var (name, acronym) = Bodies[body];
        var lines = new List<ArchiveLine> { new($"Årsrapport {year}", 18, true), new(name, 13, true), new("") };
        var bookmarks = new List<ArchiveBookmark>();
        var chapters = 4 + random.Next(5);
        var pages = new List<ArchivePage>();
        var sections = new List<ArchiveSection>();
        var pending = new List<(string Title, int Line, List<ArchiveLine> Lines)>();
        for (var c = 1; c <= chapters; c++)
        {
            var title = $"{c} {Capitalise(Pick(source.Phrases))}";
            lines.Add(new ArchiveLine(title, 12, true));
            var paragraphs = Paragraphs(2 + random.Next(5), body, new DateTime(year, 12, 1)).ToList();
            pending.Add((title, lines.Count - 1, paragraphs));
            lines.AddRange(paragraphs);
            if (c % 3 == 0 || c == chapters)
            {
                var first = pages.Count + 1;
                var pageOf = PageOfLines(lines);
                sections.AddRange(pending.Select(p => new ArchiveSection(p.Title, Joined(p.Lines), first + pageOf[p.Line])));
                pending.Clear();
                pages.AddRange(Paginate(lines, false));
                bookmarks.Add(new ArchiveBookmark(title, first));
                lines = [];
            }
        }

        return new ArchiveDocument($"{acronym.ToLowerInvariant()}-arsrapport-{year}.pdf", $"Årsrapport {year}, {name}", pages, bookmarks)
        {
            Facts = new ArchiveFacts(name, "rapport", new DateTime(year, 12, 31), null, [], sections),
        };
    }

    /// <summary>Cuts lines into A4 pages (60 lines of 10 pt, wrapped at about 95 characters).</summary>
    private List<ArchivePage> Paginate(List<ArchiveLine> lines, bool mayScan)
    {
        var pages = new List<ArchivePage>();
        var current = new List<ArchiveLine>();
        var height = 0.0;
        foreach (var line in lines.SelectMany(Wrap))
        {
            var h = line.Size * 1.35;
            if (height + h > 700 && current.Count > 0)
            {
                pages.Add(new ArchivePage(current, mayScan && random.NextDouble() < scanShare));
                current = [];
                height = 0;
            }

            current.Add(line);
            height += h;
        }

        if (current.Count > 0)
        {
            pages.Add(new ArchivePage(current, mayScan && random.NextDouble() < scanShare));
        }

        return pages;
    }

    /// <summary>The 0-based page each of <paramref name="lines"/> lands on when <see cref="Paginate"/> cuts them (the same heights, no chance).</summary>
    private static int[] PageOfLines(List<ArchiveLine> lines)
    {
        var pageOf = new int[lines.Count];
        var (page, height, onPage) = (0, 0.0, 0);
        for (var i = 0; i < lines.Count; i++)
        {
            var first = true;
            foreach (var part in Wrap(lines[i]))
            {
                var h = part.Size * 1.35;
                if (height + h > 700 && onPage > 0)
                {
                    (page, height, onPage) = (page + 1, 0, 0);
                }

                height += h;
                onPage++;
                if (first)
                {
                    pageOf[i] = page;
                    first = false;
                }
            }
        }

        return pageOf;
    }

    private static string Joined(IEnumerable<ArchiveLine> lines) => string.Join(' ', lines.Select(l => l.Text).Where(t => t.Length > 0));

    private static IEnumerable<ArchiveLine> Wrap(ArchiveLine line)
    {
        var width = (int)((470 - line.Indent) / (line.Size * (line.Bold ? 0.56 : 0.5)));
        var text = line.Text;
        if (text.Length <= width)
        {
            yield return line;
            yield break;
        }

        while (text.Length > width)
        {
            var cut = text.LastIndexOf(' ', width);
            cut = cut <= 0 ? width : cut;
            yield return line with { Text = text[..cut] };
            text = text[cut..].TrimStart();
        }

        if (text.Length > 0)
        {
            yield return line with { Text = text };
        }
    }

    private IEnumerable<ArchiveLine> Paragraphs(int count, int body, DateTime date)
    {
        for (var p = 0; p < count; p++)
        {
            var sentences = Enumerable.Range(0, 2 + random.Next(5)).Select(_ => Sentence(body, date));
            yield return new ArchiveLine(string.Join(' ', sentences));
            yield return new ArchiveLine("");
        }
    }

    /// <summary>A varied sentence: a source sentence, sometimes spliced with another at a comma, with numbers, dates and names varied.</summary>
    private string Sentence(int body, DateTime date)
    {
        var roll = random.NextDouble();
        if (roll < 0.12)
        {
            return $"{Person()} fra {Pick(Organisations)} orienterte om {Lower(Pick(source.Phrases))}.";
        }

        if (roll < 0.18)
        {
            return $"{Short(body)} behandlet saken i møtet {Date(date.AddDays(-random.Next(200)))}, og {Pick(Organisations)} ble bedt om innspill innen {date.AddDays(random.Next(10, 90)).Day}. {Months[date.AddDays(random.Next(10, 90)).Month - 1]}.";
        }

        var s = Pick(source.Sentences);
        if (roll < 0.45)
        {
            var other = Pick(source.Sentences);
            var a = s.IndexOf(", ", StringComparison.Ordinal);
            var b = other.IndexOf(", ", StringComparison.Ordinal);
            if (a > 10 && b > 0)
            {
                s = s[..a] + other[b..];
            }
        }

        return VaryNumbers(s);
    }

    private string VaryNumbers(string s)
    {
        if (random.NextDouble() > 0.5 || !s.Any(char.IsDigit))
        {
            return s;
        }

        var chars = s.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsDigit(chars[i]) && random.NextDouble() < 0.4)
            {
                chars[i] = (char)('0' + random.Next(10));
            }
        }

        return new string(chars);
    }

    private string Person() => $"{Pick(FirstNames)} {Pick(LastNames)}";

    private static string Short(int body) => Bodies[body].Name.StartsWith("Rådet", StringComparison.Ordinal) ? "Rådet" : Bodies[body].Acronym;

    private static string Date(DateTime d) =>
        $"{Weekdays[(int)d.DayOfWeek]} {d.Day}. {Months[d.Month - 1]} {d.Year}";

    private static readonly string[] Weekdays = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"];

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Capitalise(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    private static string Lower(string s) => s.Length > 1 && char.IsUpper(s[0]) && !char.IsUpper(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;
}
