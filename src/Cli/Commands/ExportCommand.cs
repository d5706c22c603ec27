using System.Text.Json;
using NorPreM.Core.Knowledge;
using NorPreM.Core.Model;
using NorPreM.Core.Serialization;

namespace NorPreM.Cli.Commands;

/// <summary>
/// `export [--json] [--index dir]`: writes the knowledge base that ingestion stored beside the index (meetings, cases
/// with proposals and decisions, mandates, people, organisations, documents with their parts) to standard output —
/// as JSON with --json, otherwise as a short overview in Norwegian.
/// </summary>
public sealed class ExportCommand : ICliCommand
{
    public string Name => "export";
    public string Usage => "export [--json] [--index dir]";
    public string Summary => "Skriver hele kunnskapsbasen (møter, saker, vedtak, personer, organisasjoner, dokumenter med deler); --json gir JSON.";

    public int Run(CliArguments args, CliContext context)
    {
        var index = IndexLocation.Index(args);
        var path = Path.Combine(index, KnowledgeStore.FileName);
        if (!File.Exists(path))
        {
            context.Error.WriteLine($"Fant ingen kunnskapsbase i «{index}». Kjør «norprem ingest» først.");
            return 1;
        }

        var knowledge = KnowledgeStore.Load(index);
        if (knowledge is null)
        {
            context.Error.WriteLine($"Kunnskapsbasen i «{path}» er skadet eller av en annen versjon. Kjør «norprem ingest --force».");
            return 1;
        }

        if (args.Flag("json"))
        {
            context.Out.WriteLine(JsonSerializer.Serialize(knowledge, JsonDefaults.Indented));
            return 0;
        }

        WriteOverview(knowledge, context.Out);
        return 0;
    }

    private static void WriteOverview(KnowledgeBase kb, TextWriter output)
    {
        output.WriteLine(string.Join(", ",
            Bokmal.Count(kb.Documents.Count, "dokument", "dokumenter"), Bokmal.Count(kb.Meetings.Count, "møte", "møter"),
            Bokmal.Count(kb.Cases.Count, "sak", "saker"), Bokmal.Count(kb.Mandates.Count, "mandat", "mandater"),
            Bokmal.Count(kb.People.Count, "person", "personer"), Bokmal.Count(kb.Organisations.Count, "organisasjon", "organisasjoner")) + ".");
        foreach (var meeting in kb.Meetings)
        {
            var date = meeting.Date is { } d ? d.ToString("d. MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nb-NO")) : "dato ukjent";
            output.WriteLine();
            output.WriteLine($"{Councils.DisplayName(meeting.Council)} møte {meeting.Number} ({date})");
            foreach (var c in kb.Cases.Where(c => c.Meeting == meeting.Number && c.Council == meeting.Council))
            {
                var types = c.CaseTypes.Count > 0 ? $" [{string.Join("/", c.CaseTypes)}]" : "";
                output.WriteLine($"  Sak {c.Number} {c.Title}{types}");
                if (c.Decision is { } decision)
                {
                    output.WriteLine($"    Vedtak: {decision}");
                }
                else if (c.ProposedDecision is { } proposal)
                {
                    output.WriteLine($"    Forslag til vedtak: {proposal}");
                }
            }
        }

        foreach (var mandate in kb.Mandates)
        {
            output.WriteLine();
            output.WriteLine($"Mandat: {mandate.Title}");
            if (mandate.Approval is { } approval)
            {
                output.WriteLine($"  {approval}");
            }

            foreach (var line in mandate.ReportingLines)
            {
                output.WriteLine($"  {line.From} {line.Relation} {line.To}");
            }
        }
    }
}
