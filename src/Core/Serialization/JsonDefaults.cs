using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NorPreM.Core.Serialization;

/// <summary>
/// The one set of JSON settings: camelCase names, enums as camelCase strings, æ, ø and å written as themselves. Files
/// and the CLI (<see cref="Compact"/>, <see cref="Indented"/>) leave nulls out and escape nothing more than JSON
/// needs; the web API takes the same settings through <see cref="Apply"/> and keeps its HTML-safe encoder.
/// </summary>
public static class JsonDefaults
{
    /// <summary>For files and JSON lines: one object per line.</summary>
    public static JsonSerializerOptions Compact { get; } = Create(indented: false);

    /// <summary>For files people read and `--json` output.</summary>
    public static JsonSerializerOptions Indented { get; } = Create(indented: true);

    /// <summary>Applies the shared settings to options another framework owns (ASP.NET Core's HTTP JSON).</summary>
    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.NumberHandling = JsonNumberHandling.AllowReadingFromString;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
    }

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions
        {
            WriteIndented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
