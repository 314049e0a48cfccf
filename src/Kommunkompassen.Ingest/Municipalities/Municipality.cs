namespace Kommunkompassen.Ingest.Municipalities;

/// <summary>A Swedish municipality: short name (e.g. "Falun") and SCB's 4-digit code.</summary>
public sealed record Municipality(string Name, string Code, string County);
