namespace NorPreM.Ingest.Tests.Topics;

/// <summary>
/// Short council-style texts on three subjects (health data, clinical trials, communication), built from the
/// corpus's own words. Every text names "rådet" (a genre word in all of them) and one word of its own that no other
/// text has, so the document-frequency limits have something to remove on both ends.
/// </summary>
public static class TopicTestData
{
    private static readonly string[][] Subjects =
    [
        ["helsedata", "registre", "datadeling", "personvern", "helseanalyseplattformen", "tilgang", "dataene", "infrastruktur"],
        ["kliniske", "studier", "pasienter", "utprøving", "legemidler", "deltakelse", "studietilgang", "sykehusene"],
        ["kommunikasjon", "nettsiden", "konferanse", "formidling", "arrangement", "media", "budskap", "målgrupper"],
    ];

    private static readonly string[] OwnWords =
    [
        "januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember",
    ];

    /// <summary>Twelve texts, four per subject, in the order subject 0, 1, 2, 0, 1, 2, …</summary>
    public static IReadOnlyList<string> Texts { get; } = Build();

    /// <summary>The subject (0..2) of text <paramref name="index"/>.</summary>
    public static int SubjectOf(int index) => index % Subjects.Length;

    public static IReadOnlyList<string> WordsOf(int subject) => Subjects[subject];

    private static List<string> Build()
    {
        var texts = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var words = Subjects[SubjectOf(i)];
            // Each text uses its subject's words in its own order, so texts differ in which words they repeat.
            var p = Enumerable.Range(0, words.Length).Select(k => words[(i / 3 + k) % words.Length]).ToList();
            texts.Add($"Rådet drøftet {p[0]}, {p[1]} og {p[2]}. Rådet mener {p[3]}, {p[4]} og {p[5]} må styrkes, og at {p[6]} og {p[7]} " +
                $"henger sammen med {p[0]}, {p[1]} og {p[2]}. Møtet i {OwnWords[i]} fulgte opp {p[3]} og {p[4]}, {p[5]}, {p[6]}.");
        }

        return texts;
    }
}
