using NorPreM.Core.Model;

namespace NorPreM.Web.Querying;

/// <summary>
/// When a meeting was held, as every page and API answer shows it: the date when the sources give one; otherwise the
/// interval the index estimates for it (the same estimate search hits carry), never shown as a date; or neither.
/// </summary>
public sealed record MeetingDate(DateOnly? Date, DateEstimate? Estimate)
{
    public static readonly MeetingDate Unknown = new(null, null);
}
