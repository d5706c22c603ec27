using NorPreM.Ingest.Extraction;
using NorPreM.Ingest.Structure.Layout;
using NorPreM.Ingest.Tests.TestSupport;

namespace NorPreM.Ingest.Tests.Structure;

public sealed class ScratchDumpTests
{
    [Fact]
    public void Dump()
    {
        foreach (var f in new[] { Repo.Ho21Bundle, Repo.NorPreMMandate })
        {
            var doc = new PdfPigTextExtractor().Extract(Repo.CorpusPdf(f), f);
            using var w = new StreamWriter("/tmp/rows-" + f + ".txt");
            foreach (var o in doc.Outline) w.WriteLine($"OUTLINE {o.Level} p{o.Page} {o.Title}");
            foreach (var p in LayoutReader.Read(doc))
            {
                w.WriteLine($"=== page {p.Number} w={p.Width}");
                foreach (var r in p.Furniture) w.WriteLine($"  FURN {r.Text}");
                foreach (var r in p.Rows)
                    w.WriteLine($"{(r.BlockStart ? "*" : " ")}{(r.Bold ? "B" : " ")} {r.FontSize,4:0.0} {r.Top,5:0} " + string.Join(" | ", r.Cells.Select(c => $"[{c.Left:0}]{c.Text}")));
            }
        }
    }
}

public sealed class ScratchParseTests
{
    [Fact]
    public void DumpParse()
    {
        var (parser, linker) = NorPreM.Ingest.Structure.StructureStage.CreateDefault();
        var docs = new[] { Repo.Ho21Bundle, Repo.NorPreMMandate }
            .Select(f => parser.Parse(new PdfPigTextExtractor().Extract(Repo.CorpusPdf(f), f))).ToList();
        var kb = linker.Link(docs);
        kb = kb with { Documents = kb.Documents.Select(d => d with { Pages = [] }).ToList() };
        File.WriteAllText("/tmp/kb.json", System.Text.Json.JsonSerializer.Serialize(kb, NorPreM.Ingest.Pipeline.Json.Indented));
    }
}
