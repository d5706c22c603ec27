using System.Text.Json;
using NorPreM.Core.Knowledge;

namespace NorPreM.Ingest.Pipeline;

/// <summary>The JSON settings of the CLI (same as the API's and the store's).</summary>
public static class Json
{
    public static JsonSerializerOptions Compact => KnowledgeStore.JsonOptions;
    public static JsonSerializerOptions Indented => KnowledgeStore.IndentedJsonOptions;
}
