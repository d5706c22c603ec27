using System.Text.Json;

namespace NorPreM.Core.Serialization;

/// <summary>
/// Writes a JSON file to a temporary file beside it and moves it into place, so a crash never leaves half a file and
/// a reader sees either the old file or the new one.
/// </summary>
public static class AtomicJsonFile
{
    public static void Write<T>(string directory, string fileName, T value, JsonSerializerOptions options)
    {
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, fileName);
        var temp = target + $".{Environment.ProcessId}.tmp";
        using (var stream = File.Create(temp))
        {
            JsonSerializer.Serialize(stream, value, options);
        }

        File.Move(temp, target, overwrite: true);
    }
}
