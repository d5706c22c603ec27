using NorPreM.Ingest.Extraction;
using NorPreM.Web.Hosting;

if (args is [ExtractWorker.Verb, ..])
{
    // The isolated extraction's child process (IsolatedTextExtractor): one PDF in, its pages as JSON out.
    return ExtractWorker.Run(args.Length > 1 ? args[1] : "ukjent.pdf", Console.OpenStandardInput(), Console.OpenStandardOutput(), Console.Error);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddNorPreMWeb();

var app = builder.Build();
app.UseNorPreMWeb();
app.Run();
return 0;

/// <summary>Entry point, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
