using System.Text.Json;
using System.Text.Json.Serialization;
using NorPreM.Ingest.Themes;
using NorPreM.Core.Model;
using NorPreM.Core.Serialization;

namespace NorPreM.Cli.Commands;

/// <summary>
/// Classifies JSONL from standard input ({"id","text"} per line) and writes JSONL
/// {"id","themes":[{"id","score","evidence"}]} with the assigned themes. Bad lines are reported on standard error
/// with their line number and skipped; the rest is still classified.
/// </summary>
public sealed class ClassifyCommand : ICliCommand
{
    private const int BatchSize = 64;

    public string Name => "classify";
    public string Usage => "classify [--model fil] < inn.jsonl > ut.jsonl";
    public string Summary => "Leser JSONL {\"id\",\"text\"} fra standard inn og skriver temaene med skår og forklarende ord som JSONL.";

    private sealed record Input([property: JsonPropertyName("id")] JsonElement? Id, [property: JsonPropertyName("text")] string? Text);

    private sealed record OutputTheme(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("score")] double Score,
        [property: JsonPropertyName("evidence")] IReadOnlyList<string> Evidence);

    private sealed record Output(
        [property: JsonPropertyName("id")] JsonElement Id,
        [property: JsonPropertyName("themes")] IReadOnlyList<OutputTheme> Themes);

    public int Run(CliArguments args, CliContext context)
    {
        var modelPath = args.Option("model");
        var classifier = modelPath is null
            ? ThemeClassifierFactory.LoadDefault(context.Error.WriteLine)
            : ThemeClassifierFactory.LoadFile(modelPath, context.Error.WriteLine);

        var batch = new List<(JsonElement Id, string Text)>();
        var lineNumber = 0;
        var bad = 0;
        while (context.In.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            Input? input;
            try
            {
                input = JsonSerializer.Deserialize<Input>(line);
            }
            catch (JsonException e)
            {
                context.Error.WriteLine($"Linje {lineNumber}: ugyldig JSON ({e.Message}); hoppet over.");
                bad++;
                continue;
            }

            if (input?.Id is not { } id || input.Text is null)
            {
                context.Error.WriteLine($"Linje {lineNumber}: mangler \"id\" eller \"text\"; hoppet over.");
                bad++;
                continue;
            }

            batch.Add((id.Clone(), input.Text));
            if (batch.Count >= BatchSize)
            {
                Flush(batch, classifier, context.Out);
            }
        }

        Flush(batch, classifier, context.Out);
        return bad == 0 ? 0 : 1;
    }

    private static void Flush(List<(JsonElement Id, string Text)> batch, IThemeClassifier classifier, TextWriter output)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var texts = batch.Select(b => b.Text).ToList();
        var results = classifier.ClassifyMany(texts);
        for (var i = 0; i < batch.Count; i++)
        {
            var themes = results[i].Select(s => new OutputTheme(s.Id, s.Score, s.Evidence)).ToList();
            output.WriteLine(JsonSerializer.Serialize(new Output(batch[i].Id, themes), JsonDefaults.Compact));
        }

        output.Flush();
        batch.Clear();
    }
}
