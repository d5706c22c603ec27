namespace NorPreM.Web.Pages;

/// <summary>An address that names no known council (<see cref="Id"/> as typed), with the councils that are known.</summary>
public sealed record UnknownCouncil(string Id, IReadOnlyList<string> Known);
