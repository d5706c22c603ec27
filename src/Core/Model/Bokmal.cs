namespace NorPreM.Core.Model;

/// <summary>Counted nouns in bokmål for user-facing text: "1 side", "2 sider", "0 sider".</summary>
public static class Bokmal
{
    /// <summary>The count with the singular for exactly one and the plural otherwise (zero included).</summary>
    public static string Count(int count, string singular, string plural) =>
        count == 1 ? $"{count} {singular}" : $"{count} {plural}";

    /// <summary>"1 side", "2 sider".</summary>
    public static string Pages(int count) => Count(count, "side", "sider");
}
