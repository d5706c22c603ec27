using System.Security.Cryptography;

namespace NorPreM.Core.Model;

/// <summary>
/// The one definition of a document's id: the first 16 hex digits of the SHA-256 of the file's bytes. A document is
/// known by its content, so a renamed file keeps its id and two copies of one file share it.
/// </summary>
public static class DocumentIds
{
    public static string Of(ReadOnlySpan<byte> content) => Format(SHA256.HashData(content));

    /// <summary>The id of a file read as a stream (the web serves PDFs without loading them whole).</summary>
    public static string Of(Stream content) => Format(SHA256.HashData(content));

    private static string Format(byte[] hash) => Convert.ToHexStringLower(hash)[..16];
}
