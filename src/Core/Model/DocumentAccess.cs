namespace NorPreM.Core.Model;

/// <summary>
/// Why a paper is withheld from the public: the archive's decision, from a sidecar file ("x.pdf.json" with
/// <c>"access": "restricted"</c>) or a folder rule in configuration. Anonymous users never see a restricted paper or
/// any trace of it; staff do. An exemption stamp on the first page is only a <see cref="DocumentRecord.SuggestedRestriction"/>.
/// </summary>
/// <param name="Source">Where the decision came from: "sidecar" or "folder-rule".</param>
/// <param name="Reason">The reason as staff wrote it, if any.</param>
/// <param name="LegalBasis">The legal basis as staff wrote it ("offl. § 13 jf. fvl. § 13"), if any.</param>
public sealed record DocumentAccess(string Source, string? Reason = null, string? LegalBasis = null);
